import type { AdaptiveCheck as Check } from "@spotter/contracts";
import { fromKg, type Unit } from "../../../units/index.ts";

/**
 * What the daily pass measured and decided: expenditure from the weight trend and logged intake
 * with its ± (one standard deviation), the trend it rests on, and the day's target check. A check
 * blocked by an open flag is a red notice: the coach reviews the client before any change.
 */
/** What the day's check came to, in a word, before its first reason. */
function prefix(check: Check): string {
  if (check.status === "proposed") return "Change proposed: ";
  const rule = check.reasons[0]?.ruleId;
  if (rule === "nutrition.proposal.awaiting_review") return "Waiting for review: ";
  if (rule === "nutrition.proposal.cooldown") return "Holding: ";
  return "No change: ";
}

/** The pass saw a proposal waiting (or made one) that the coach has decided since. */
const decidedSince = (check: Check, waiting: number) =>
  waiting === 0 && (check.status === "proposed" || check.reasons[0]?.ruleId === "nutrition.proposal.awaiting_review");

export function AdaptiveCheck({ check, unit, waiting }: { check: Check | null; unit: Unit; waiting: number }) {
  if (!check) return <p className="muted small">The daily pass has not estimated expenditure yet.</p>;
  const e = check.expenditure;
  const rate = e.kgPerWeek === null ? null : Math.round(fromKg(e.kgPerWeek, unit) * 100) / 100;
  const measured = e.dataKcal !== null;
  return (
    <div className="nutrition-adaptive" data-testid="adaptive-check">
      <p>
        <strong data-testid="adaptive-kcal">{e.kcal}</strong> ± {e.sdKcal} kcal/day{" "}
        <span className="muted small">
          {measured ? "measured expenditure" : "formula estimate (not enough logs yet)"} · pass of {check.computedFor}
        </span>
      </p>
      <p className="small muted">
        {e.weighIns} weigh-ins and {e.intakeDays} intake logs over {e.windowDays} days
        {rate !== null ? ` · trend ${rate > 0 ? "+" : ""}${rate} ${unit}/week` : ""}
        {e.meanIntakeKcal !== null ? ` · mean intake ${e.meanIntakeKcal} kcal` : ""}
        {check.targetKcal !== null ? ` · target at that pass ${check.targetKcal} kcal` : ""}
      </p>
      {check.status === "blocked" ? (
        <div className="notice notice-red" role="alert" data-testid="adaptive-blocked">
          <strong>Target changes blocked.</strong> {check.reasons.map((r) => r.message).join(" ")}
        </div>
      ) : (
        <p className="small" data-testid="adaptive-status">
          {decidedSince(check, waiting)
            ? "The proposed change has been decided since this pass; the next change waits at least three weeks."
            : `${prefix(check)}${check.reasons[0]?.message ?? ""}`}
        </p>
      )}
      <details className="small">
        <summary>How this was estimated</summary>
        <ul className="cues">
          {[...e.reasons, ...check.reasons].map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
