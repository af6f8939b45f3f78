import { reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import type { ProgressionDecision } from "./progression-decision.ts";
import { MAJOR_CHANGE_RULES, type Proposal } from "./proposal.ts";

/**
 * Progression decisions as `progression` proposals, one per lift. The id and date come from the log
 * the decision was made from (`basedOn`), so every later pass proposes the same id and the server's
 * upsert writes nothing new. Increases are proposed only when `allowIncrease` (nothing in monitoring
 * asks to hold, reduce or swap); holds, reductions and deloads always are. An increase above 10% is major.
 */
export function progressionProposals(
  decisions: readonly ProgressionDecision[],
  date: string,
  allowIncrease: boolean,
): Proposal[] {
  const out: Proposal[] = [];
  for (const g of decisions) {
    const decision = g.decision ?? "progress";
    if (decision === "progress" && !allowIncrease) continue;
    const on = g.basedOn ?? date;
    const pct = g.fromKg > 0 ? (100 * (g.toKg - g.fromKg)) / g.fromKg : 100;
    const p: Proposal = {
      id: `progression:${on}:${g.exerciseId}`,
      kind: "progression",
      date: on,
      scope: "exercise",
      exerciseId: g.exerciseId,
      diff: g.decision
        ? {
            before: { prescription: g.before ?? null, loadKg: g.fromKg, reps: g.fromReps ?? null },
            after: { decision, prescription: g.after ?? null, loadKg: g.toKg, reps: g.toReps ?? null },
          }
        : { before: { loadKg: g.fromKg }, after: { loadKg: g.toKg } },
      reasons: g.decision
        ? [
            reason(
              `proposal.progression.${decision}`,
              `From the log of ${on}: ${g.before ?? `${g.fromKg} kg`} → ${g.after ?? `${g.toKg} kg`}.`,
              {
                exerciseId: g.exerciseId,
                decision,
                fromKg: g.fromKg,
                toKg: g.toKg,
                changePct: round(pct, 2),
                basedOn: on,
              },
              { majorIncreasePct: MAJOR_CHANGE_RULES.loadIncreasePct },
            ),
            ...(g.reasons ?? []),
          ]
        : [
            reason(
              "proposal.progression.scheduled",
              `Scheduled increase of ${round(pct, 1)}% on ${g.exerciseId}; no monitoring signal asks to hold.`,
              { exerciseId: g.exerciseId, fromKg: g.fromKg, toKg: g.toKg, increasePct: round(pct, 2) },
              { majorIncreasePct: MAJOR_CHANGE_RULES.loadIncreasePct },
            ),
          ],
      level: "green",
      major: decision === "progress" && pct > MAJOR_CHANGE_RULES.loadIncreasePct,
      signalIds: [],
    };
    out.push(p);
  }
  return out;
}
