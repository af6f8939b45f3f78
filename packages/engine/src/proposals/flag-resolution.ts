/** A flag is open until a coach resolves it; the one list the API and the database schema use. */
export const FLAG_STATUSES = ["open", "resolved"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** What a coach did about a red flag. */
export const FLAG_OUTCOMES = ["referred", "plan_changed", "note"] as const;
export type FlagOutcome = (typeof FLAG_OUTCOMES)[number];

export type FlagResolutionInput = { outcome?: FlagOutcome; note?: string };

export type FlagResolution =
  | { ok: true }
  | { ok: false; code: "already_resolved"; message: string }
  | { ok: false; code: "incomplete"; fields: { field: "outcome" | "note"; message: string }[] };

/**
 * Whether a coach may resolve a flag with this input: only an open flag, and a red one only with
 * an outcome and a note (what was done is kept in the record; DESIGN safety invariant).
 */
export function checkFlagResolution(
  flag: { status: FlagStatus; level: "yellow" | "red" },
  input: FlagResolutionInput,
): FlagResolution {
  if (flag.status !== "open") return { ok: false, code: "already_resolved", message: "this flag is already resolved" };
  if (flag.level !== "red") return { ok: true };
  const fields: { field: "outcome" | "note"; message: string }[] = [];
  if (!input.outcome)
    fields.push({ field: "outcome", message: "a red flag needs an outcome: referred, plan_changed or note" });
  if (!input.note) fields.push({ field: "note", message: "say what was done (it is kept in the record)" });
  return fields.length ? { ok: false, code: "incomplete", fields } : { ok: true };
}

/**
 * Resolving the client's last open red resumes automation: blocked proposals then take the
 * `red_resolved` transition (to review, never auto-applied late).
 */
export const resumesAutomation = (resolvedLevel: "yellow" | "red", openRedsLeft: number): boolean =>
  resolvedLevel === "red" && openRedsLeft === 0;
