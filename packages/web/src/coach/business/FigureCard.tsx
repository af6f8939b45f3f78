import type { BusinessFigureView } from "@spotter/contracts";
import { useMemo } from "react";
import type uPlot from "uplot";
import { Chart } from "../../charts/Chart.tsx";
import { figureValue, monthLabel, TIER_COLOURS, toneOf } from "./format.ts";

type Options = Omit<uPlot.Options, "width" | "height">;

const RANGES: Record<BusinessFigureView["unit"], uPlot.Range.MinMax | null> = {
  percent: [0, 100],
  nps: [-100, 100],
  money: null,
};

/** One line per tier across the period's months (x = month index, labelled by month). */
function chartOf(f: BusinessFigureView, months: readonly string[]): { data: uPlot.AlignedData; options: Options } {
  const tiers = f.byTier.map((t) => t.tier);
  const scale = f.unit === "money" ? 100 : 1;
  // The whole business first (bold, dark): Σ numerators ÷ Σ denominators of the tiers, or the sum of money.
  const total = months.map((m) => {
    const cells = f.points.filter((p) => p.month === m && p.value !== null);
    if (cells.length === 0) return null;
    const num = cells.reduce((a, p) => a + p.numerator, 0);
    const den = cells.reduce((a, p) => a + p.denominator, 0);
    if (f.unit === "money") return num / scale;
    return den > 0 ? (100 * num) / den : null;
  });
  const data: uPlot.AlignedData = [
    months.map((_, i) => i),
    total,
    ...tiers.map((tier) =>
      months.map((m) => {
        const v = f.points.find((p) => p.month === m && p.tier === tier)?.value;
        return v === null || v === undefined ? null : v / scale;
      }),
    ),
  ];
  const fixed = RANGES[f.unit];
  const options: Options = {
    legend: { live: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.3, Math.max(1, months.length - 1) + 0.3] },
      y: { range: fixed ?? ((_u, _min, max) => [0, Math.max(1, max * 1.15)]) },
    },
    series: [
      { label: "Month" },
      { label: "All tiers", stroke: "#16191d", width: 3.5, points: { size: 8, fill: "#16191d" } },
      ...tiers.map((tier, i) => ({
        label: tier,
        stroke: TIER_COLOURS[i % TIER_COLOURS.length],
        width: 1.5,
        dash: [5, 4],
        points: { size: 5, fill: TIER_COLOURS[i % TIER_COLOURS.length] },
      })),
    ],
    axes: [
      {
        incrs: [1],
        values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? monthLabel(months[s] ?? "", true) : "")),
        grid: { show: false },
      },
      {
        size: 56,
        values: (_u, splits) => splits.map((s) => figureValue(f, f.unit === "money" ? s * 100 : s)),
      },
    ],
  };
  return { data, options };
}

function counted(f: BusinessFigureView, t: BusinessFigureView["byTier"][number]): string {
  if (f.unit === "money") return `${t.denominator} client-months`;
  if (f.unit === "nps") return `${t.denominator} answers`;
  return `${t.numerator} of ${t.denominator}`;
}

/** A business figure: the headline number, a chart by month and tier, and how it is computed. */
export function FigureCard({ figure, months }: { figure: BusinessFigureView; months: readonly string[] }) {
  const chart = useMemo(() => chartOf(figure, months), [figure, months]);
  const hasData = figure.points.some((p) => p.value !== null);
  const tone = toneOf(figure);
  return (
    <article className={`biz-card tone-${tone}`} data-figure={figure.id} aria-labelledby={`fig-${figure.id}`}>
      <header className="biz-card-head">
        <h2 id={`fig-${figure.id}`}>{figure.title}</h2>
        <p className="biz-big">{figureValue(figure, figure.headline.value)}</p>
        <p className="biz-sub">{figure.headlineLabel}</p>
      </header>
      {hasData ? (
        <Chart label={`${figure.title} by month and tier`} options={chart.options} data={chart.data} height={190} />
      ) : (
        <p className="biz-empty">Nothing to measure in this period yet.</p>
      )}
      <p className="biz-how">
        <strong>How it's computed:</strong> {figure.how}
      </p>
      {figure.note ? <p className="biz-note">{figure.note}</p> : null}
      {figure.byTier.length > 0 ? (
        <details className="biz-details">
          <summary>By tier</summary>
          <table className="biz-table">
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Value</th>
                <th scope="col">Counted</th>
              </tr>
            </thead>
            <tbody>
              {figure.byTier.map((t) => (
                <tr key={t.tier}>
                  <th scope="row">{t.tier}</th>
                  <td>{figureValue(figure, t.value)}</td>
                  <td>{counted(figure, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </article>
  );
}
