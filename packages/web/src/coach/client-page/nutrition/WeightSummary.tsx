import type { MeasurementList } from "@spotter/contracts";
import { lazy, Suspense } from "react";
import { Spinner } from "../../../ui/index.ts";
import { fromKg, type Unit } from "../../../units/index.ts";

const WeightTrendChart = lazy(() => import("./WeightTrendChart.tsx"));

const fmt = (kg: number, unit: Unit, digits = 1) => `${fromKg(kg, unit).toFixed(digits)} ${unit}`;
const signed = (s: string) => (s.startsWith("-") ? `−${s.slice(1)}` : `+${s}`);

/** The trend weight and weekly rate in words, the chart, and the weigh-ins as a table for readers. */
export function WeightSummary({ list, unit }: { list: MeasurementList; unit: Unit }) {
  const t = list.trend;
  const weighIns = list.items.filter((m) => m.weightKg !== null);
  if (weighIns.length === 0) return <p className="muted">No weigh-ins yet.</p>;
  return (
    <div className="nutrition-weight">
      <p data-testid="weight-trend">
        {t.trendKg !== null ? (
          <>
            Trend <strong>{fmt(t.trendKg, unit)}</strong>
          </>
        ) : (
          "Trend not yet known"
        )}
        {t.kgPerWeek !== null ? (
          <>
            {" · "}
            <strong>{signed(fromKg(t.kgPerWeek, unit).toFixed(2))}</strong> {unit}/week
            {t.pctPerWeek !== null ? ` (${signed(t.pctPerWeek.toFixed(2))} %/week)` : ""}
          </>
        ) : (
          " · weekly rate needs more weigh-ins"
        )}
      </p>
      {t.points.length > 0 ? (
        <Suspense fallback={<Spinner label="Loading chart…" />}>
          <WeightTrendChart trend={t} unit={unit} />
        </Suspense>
      ) : null}
      <details>
        <summary>Weigh-ins ({weighIns.length})</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {weighIns.map((m) => (
              <tr key={m.id}>
                <td>{m.date.slice(0, 10)}</td>
                <td>{fmt(m.weightKg ?? 0, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {t.reasons.length ? (
        <ul className="cues small">
          {t.reasons.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
