import { OVERRIDE_MIN_CHARS } from "@spotter/engine";
import type { ApiError } from "../../api/api-error.ts";
import { kindLabel } from "../../triage/format.ts";

/** One reason the server refused to publish, in words a coach reads at a glance. */
export type PublishBlocker = { ruleId: string; text: string };

/** The override reason the server accepts: trimmed, at least this long (the engine's rule). */
export const MIN_OVERRIDE_CHARS = OVERRIDE_MIN_CHARS;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A red flag's field names its rule in parentheses (`redflag.chest_pain.structured`); the kind in
 * the middle is what the coach knows from the triage queue ("Chest pain").
 */
function redFlagText(message: string): string {
  const rule = /\(([^)]+)\)/.exec(message)?.[1];
  const kind = rule?.startsWith("redflag.") ? rule.split(".")[1] : rule;
  const what = kind ? `: ${kindLabel(kind)}` : "";
  return `A red flag is open${what}. Resolve it in the triage queue before publishing.`;
}

/**
 * The publish gate's refusal (409 with one field per blocker, its path the rule id
 * `publish.*`), or undefined for any other error (e.g. "already published"), which the page
 * shows as it is.
 */
export function publishBlockers(error: ApiError | null | undefined): PublishBlocker[] | undefined {
  if (error?.status !== 409) return undefined;
  const gate = error.fields.filter((f) => f.path.startsWith("publish."));
  if (gate.length === 0) return undefined;
  return gate.map((f) => ({
    ruleId: f.path,
    text: f.path === "publish.red_flag_open" ? redFlagText(f.message) : capitalize(f.message),
  }));
}

/** Inline validation of the override reason: the message to show, or undefined when it will pass. */
export function overrideReasonError(reason: string): string | undefined {
  const n = reason.trim().length;
  if (n >= MIN_OVERRIDE_CHARS) return undefined;
  return n === 0
    ? `Give a reason of at least ${MIN_OVERRIDE_CHARS} characters.`
    : `Give a reason of at least ${MIN_OVERRIDE_CHARS} characters (${n} so far).`;
}
