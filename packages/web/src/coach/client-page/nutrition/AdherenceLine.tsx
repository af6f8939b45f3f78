import type { IntakeList } from "@spotter/contracts";

/** Intake adherence in one line: days logged, mean intake against the energy target. */
export function AdherenceLine({ intake }: { intake: IntakeList }) {
  const a = intake.adherence;
  if (a.loggedDays === 0) return <p className="muted">No intake logged in the last {a.days} days.</p>;
  return (
    <p data-testid="adherence">
      Logged <strong>{a.loggedDays}</strong> of {a.days} days
      {a.meanKcal !== null ? (
        <>
          {" · "}mean <strong>{Math.round(a.meanKcal)}</strong> kcal
        </>
      ) : null}
      {a.targetKcal !== null ? ` vs target ${Math.round(a.targetKcal)} kcal` : ""}
      {a.meanDeviationPct !== null ? ` (${a.meanDeviationPct > 0 ? "+" : ""}${a.meanDeviationPct.toFixed(0)} %)` : ""}
    </p>
  );
}
