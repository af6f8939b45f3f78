import type { TargetsView } from "@spotter/contracts";
import { label } from "../../labels.ts";

type Explained = { value: number; reasons: { ruleId: string; message: string }[] };
type Targets = NonNullable<TargetsView["targets"]>;

const ROWS: { key: "energyKcal" | "proteinG" | "carbsG" | "fatG" | "fibreG"; name: string; unit: string }[] = [
  { key: "energyKcal", name: "Energy", unit: "kcal" },
  { key: "proteinG", name: "Protein", unit: "g" },
  { key: "carbsG", name: "Carbs", unit: "g" },
  { key: "fatG", name: "Fat", unit: "g" },
  { key: "fibreG", name: "Fibre", unit: "g" },
];

/** Today's carbs and energy follow the day's training load; the rest are the same every day. */
function todays(view: TargetsView, t: Targets, key: (typeof ROWS)[number]["key"]): Explained {
  if (view.today && key === "carbsG")
    return { value: view.today.carbsG, reasons: [...t.carbsG.reasons, ...view.today.reasons] };
  if (view.today && key === "energyKcal")
    return { value: view.today.energyKcal, reasons: [...t.energyKcal.reasons, ...view.today.reasons] };
  return t[key];
}

/**
 * Today's five targets. Each is a <details>: the reasons open on tap (phones) or keyboard, and the
 * same text is the hover title for a mouse.
 */
export function TargetsList({ view }: { view: TargetsView }) {
  const t = view.targets;
  if (!t) {
    return (
      <p className="muted" data-testid="targets-missing">
        Targets need {view.missing.map((m) => label(m)).join(", ") || "more profile data"}.
      </p>
    );
  }
  return (
    <div data-testid="targets">
      <p className="small muted">
        {view.date.slice(0, 10)}
        {view.today ? ` · ${label(view.today.load)} day` : ""} · goal: {label(view.goal)}
      </p>
      <ul className="nutrition-targets">
        {ROWS.map((row) => {
          const x = todays(view, t, row.key);
          const why = x.reasons.map((r) => r.message).join("\n");
          return (
            <li key={row.key}>
              <details title={why || undefined}>
                <summary>
                  <span>{row.name}</span> <strong data-testid={`target-${row.key}`}>{Math.round(x.value)}</strong>{" "}
                  {row.unit}
                </summary>
                {x.reasons.length ? (
                  <ul className="cues small">
                    {x.reasons.map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
                      <li key={i}>{r.message}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="small muted">No explanation recorded.</p>
                )}
              </details>
            </li>
          );
        })}
      </ul>
      {view.warnings.length ? (
        <ul className="notice notice-yellow">
          {view.warnings.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings can repeat a rule
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
