import type { Reason } from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "./equals.ts";

/** Why the engine chose something: rule id, a sentence, the inputs and thresholds it compared. */
export const reasonSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  thresholds: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});

const _reason: Equals<z.output<typeof reasonSchema>, Reason> = true;
void _reason;
