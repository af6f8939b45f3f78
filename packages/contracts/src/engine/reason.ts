import type { Reason } from "@spotter/engine";
import { z } from "zod";
import { text } from "../common.ts";
import type { Equals } from "./equals.ts";

const key = text(200);

/**
 * Why the engine chose something: rule id, a sentence, the inputs and thresholds it compared.
 * Reasons also arrive in requests (an edited roadmap carries its reasons), so every text is bounded
 * generously above what the engine writes.
 */
export const reasonSchema = z.object({
  ruleId: text(200),
  message: text(4000),
  inputs: z.record(key, z.union([text(4000), z.number(), z.boolean(), z.null()])),
  thresholds: z.record(key, z.union([z.number(), text(4000)])).optional(),
});

const _reason: Equals<z.output<typeof reasonSchema>, Reason> = true;
void _reason;
