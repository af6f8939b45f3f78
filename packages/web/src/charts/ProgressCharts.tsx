import type { ProgressResponse } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import uPlot from "uplot";
import { progressQuery } from "../coach/client-page/queries.ts";
import { Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { fromKg, roundLoad, type Unit, useUnits } from "../units/index.ts";
import { UPlotChart } from "./UPlotChart.tsx";

type Progress = Pick<ProgressResponse, "e1rm" | "weeklyVolume">;

const PALETTE = ["#0f766e", "#1d4ed8", "#b45309", "#7c3aed", "#be123c", "#15803d"];
const toSec = (d: string) => Date.parse(d.length === 10 ? `${d}T12:00:00Z` : d) / 1000;
const DAY = 86_400;

/**
 * The x range: the data padded by a few days, and never shorter than four weeks, so one or two
 * early points sit in a readable window instead of uPlot's multi-year auto range.
 */
function xRange(xs: number[]): [number, number] {
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const span = Math.max(max - min, 28 * DAY);
  const mid = (min + max) / 2;
  return [Math.min(min - 3 * DAY, mid - span / 2), Math.max(max + 3 * DAY, mid + span / 2)];
}
const base = (xs: number[]) => ({
  legend: { live: false },
  scales: { x: { time: true, auto: false, range: xRange(xs) } },
});

function e1rmChart(p: Progress, unit: Unit) {
  const tables = p.e1rm.map(
    (ex) =>
      [
        ex.points.map((pt) => toSec(pt.date)),
        ex.points.map((pt) => roundLoad(fromKg(pt.e1rmKg, unit), unit)),
      ] as uPlot.AlignedData,
  );
  const data = uPlot.join(tables);
  const options: Omit<uPlot.Options, "width" | "height"> = {
    ...base(Array.from(data[0] as ArrayLike<number>)),
    series: [
      {},
      ...p.e1rm.map((ex, i) => ({
        label: ex.name,
        stroke: PALETTE[i % PALETTE.length],
        width: 2,
        spanGaps: true,
        points: { size: 6 },
      })),
    ],
    axes: [{}, { label: `e1RM (${unit})` }],
  };
  return { data, options };
}

function volumeChart(p: Progress, unit: Unit) {
  const xs = p.weeklyVolume.map((w) => toSec(w.week));
  const data: uPlot.AlignedData = [
    xs,
    p.weeklyVolume.map((w) => w.sets),
    p.weeklyVolume.map((w) => Math.round(fromKg(w.tonnageKg, unit))),
  ];
  const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
  const options: Omit<uPlot.Options, "width" | "height"> = {
    ...base(xs),
    scales: { ...base(xs).scales, sets: { range: (_u, _min, max) => [0, Math.max(10, max * 1.2)] } },
    series: [
      {},
      { label: "Hard sets", stroke: "#0f766e", fill: "rgba(15,118,110,0.35)", paths: bars, scale: "sets" },
      { label: `Tonnage (${unit})`, stroke: "#1d4ed8", width: 2, scale: "t" },
    ],
    axes: [{}, { scale: "sets", label: "Sets" }, { scale: "t", side: 1, label: unit, grid: { show: false } }],
  };
  return { data, options };
}

/** e1RM trends per lift and weekly volume, with the numbers in an expandable table for readers. */
export function ProgressCharts({ clientId }: { clientId: string }) {
  const { unit } = useUnits();
  const res = useQuery(progressQuery(clientId));
  const charts = useMemo(() => {
    if (!res.data) return undefined;
    const p = res.data;
    return {
      p,
      e1: p.e1rm.some((e) => e.points.length) ? e1rmChart(p, unit) : undefined,
      vol: p.weeklyVolume.length ? volumeChart(p, unit) : undefined,
    };
  }, [res.data, unit]);

  if (res.isPending) return <Spinner label="Loading progress…" />;
  if (res.error)
    return (
      <Card title="Progress">
        <ErrorState error={res.error} what="progress" onRetry={() => void res.refetch()} />
      </Card>
    );
  if (!charts || (!charts.e1 && !charts.vol))
    return (
      <Card title="Progress">
        <EmptyState title="No logged training yet">
          Estimated maxes and weekly volume appear after the first logged session.
        </EmptyState>
      </Card>
    );
  return (
    <>
      {charts.e1 ? (
        <Card title="Estimated 1RM">
          <UPlotChart
            label={`Estimated one-rep max over time, in ${unit}`}
            options={charts.e1.options}
            data={charts.e1.data}
          />
          <details>
            <summary>Show data</summary>
            <ul className="list small">
              {charts.p.e1rm.map((ex) => (
                <li key={ex.exerciseId}>
                  <strong>{ex.name}</strong>:{" "}
                  {ex.points.map((pt) => `${pt.date} ${roundLoad(fromKg(pt.e1rmKg, unit), unit)} ${unit}`).join(" · ")}
                </li>
              ))}
            </ul>
          </details>
        </Card>
      ) : null}
      {charts.vol ? (
        <Card title="Weekly volume">
          <UPlotChart label="Hard sets and tonnage per week" options={charts.vol.options} data={charts.vol.data} />
          <details>
            <summary>Show data</summary>
            <ul className="list small">
              {charts.p.weeklyVolume.map((w) => (
                <li key={w.week}>
                  Week of {w.week}: {w.sets} sets, {Math.round(fromKg(w.tonnageKg, unit))} {unit}
                </li>
              ))}
            </ul>
          </details>
        </Card>
      ) : null}
    </>
  );
}
