/**
 * Reads two sessions (the logged one and the next draft) and names how the log shows up in the
 * draft, so the e2e test can assert "the next session reflects it" on evidence, not on a guess.
 */
type Reason = { ruleId: string; message?: string; inputs?: Record<string, unknown> };
type Item = { id: string; exerciseId: string; reasons: Reason[] };
type Plan = Record<"warmup" | "main" | "finisher" | "cooldown", Item[]> & { reasons: Reason[]; dayLabel?: string };
export type StoredSession = { plan: Plan; log?: { sets: { itemId: string; completed: boolean }[] } };

const SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;

export type LogEvidence = {
  /** Exercises logged before whose next prescription progresses from that exposure. */
  progressed: string[];
  /** Items whose reasons cite pain the client logged on them. */
  painAware: string[];
  /** The split moved on from the day that was done. */
  nextDay: boolean;
};

export function logEvidence(first: StoredSession, next: StoredSession): LogEvidence {
  const loggedIds = new Set((first.log?.sets ?? []).filter((s) => s.completed).map((s) => s.itemId));
  const logged = new Set(
    SECTIONS.flatMap((k) => first.plan[k].filter((i) => loggedIds.has(i.id)).map((i) => i.exerciseId)),
  );
  const items = SECTIONS.flatMap((k) => next.plan[k]);
  return {
    progressed: items
      .filter(
        (i) =>
          logged.has(i.exerciseId) &&
          i.reasons.some(
            (r) => r.ruleId.startsWith("progression.") && !r.ruleId.startsWith("progression.first_exposure"),
          ),
      )
      .map((i) => i.exerciseId),
    painAware: items
      .filter((i) => i.reasons.some((r) => r.ruleId === "pain.logged_on_exercise"))
      .map((i) => i.exerciseId),
    nextDay: first.plan.dayLabel !== undefined && next.plan.dayLabel !== first.plan.dayLabel,
  };
}
