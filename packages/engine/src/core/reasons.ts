/**
 * Why the engine chose something. Every selection and every number carries at least one, so a coach
 * can read the sentence and a program can read the rule id, inputs and thresholds.
 */
export type Reason = {
  /** Stable dotted id, e.g. `pain.substitute`, `progression.double.increase`. */
  ruleId: string;
  /** A sentence for the coach. */
  message: string;
  /** The values the rule looked at. */
  inputs: Record<string, string | number | boolean | null>;
  /** The limits the inputs were compared against, when the rule has any. */
  thresholds?: Record<string, number | string>;
};

export function reason(
  ruleId: string,
  message: string,
  inputs: Reason["inputs"],
  thresholds?: Reason["thresholds"],
): Reason {
  return thresholds ? { ruleId, message, inputs, thresholds } : { ruleId, message, inputs };
}
