import { ImportFileError } from "./model.ts";

/**
 * An uploaded file's bytes. Held in a private field so the request guard that walks every body
 * value (http/input-guard.ts) sees no enumerable content: the importer checks the file itself.
 */
export class Upload {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

/** The upload's bytes, or an ImportFileError when the request carried none. */
export function uploadBytes(body: unknown): Buffer {
  if (!(body instanceof Upload) || body.bytes.length === 0)
    throw new ImportFileError(
      "no file: send the export as the request body (Content-Type: text/csv, or application/octet-stream for FIT)",
    );
  return body.bytes;
}

/**
 * The file as text: UTF-8 (a byte-order mark is dropped by the CSV reader), with no NUL, which no
 * CSV export contains and PostgreSQL text cannot store; another binary file fails here naming why.
 */
export function uploadText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("the file is not UTF-8 text (a binary file?)");
  }
  if (text.includes("\u0000")) throw new ImportFileError("the file contains NUL bytes (a binary file?)");
  return text;
}
