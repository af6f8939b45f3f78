import type { Readable } from "node:stream";
import { z } from "zod";
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

export const appleHealthSummarySchema = z.object({
  format: z.literal("apple-health"),
  records: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      days: z.number().int(),
      added: z.number().int(),
      alreadyImported: z.number().int(),
    }),
  ),
  bodyMass: z.object({ days: z.number().int(), added: z.number().int(), alreadyPresent: z.number().int() }),
  workouts: z.object({ inFile: z.number().int(), added: z.number().int(), alreadyImported: z.number().int() }),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  skipped: z.array(z.object({ reason: z.string(), records: z.number().int() })),
  note: z.string(),
});
