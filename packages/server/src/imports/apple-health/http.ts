import type { Readable } from "node:stream";
import { ImportFileError } from "../model.ts";
import { parseAppleHealth } from "./parse.ts";
import type { AppleHealthDays } from "./records.ts";

/** Content types an Apple Health `export.xml` upload arrives as; the body is streamed, never buffered. */
export const XML_TYPES = ["application/xml", "text/xml"];

/** The request body as a stream, in a private field so the input guard does not walk it. */
export class XmlUpload {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  get stream(): Readable {
    return this.#stream;
  }
}

/** Parses the streamed body; no body or a non-XML one is an ImportFileError. */
export async function parseUpload(body: unknown): Promise<AppleHealthDays> {
  if (!(body instanceof XmlUpload))
    throw new ImportFileError("no file: send export.xml as the request body (Content-Type: application/xml)");
  return parseAppleHealth(body.stream);
}

/** The answer's shape lives in contracts (the web app reads it); re-exported for the routes. */
export { appleHealthSummarySchema } from "@spotter/contracts";
