import type { MeasurementList } from "@spotter/contracts";
import { useMemo } from "react";
import type uPlot from "uplot";
import { Chart } from "../../../charts/Chart.tsx";
import { fromKg, type Unit } from "../../../units/index.ts";

type Trend = MeasurementList["trend"];

const DAY = 86_400;
const toSec = (d: string) => Date.parse(`${d.slice(0, 10)}T12:00:00Z`) / 1000;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * Weigh-ins as dots (day-to-day water and gut content swing them) and the smoothed trend as a line:
 * the trend, not any single weigh-in, is what the targets follow. Default export for React.lazy so
 * uPlot loads only where a chart is shown.
 */
export default function WeightTrendChart({ trend, unit }: { trend: Trend; unit: Unit }) {
  const { data, options } = useMemo(() => {
    const pts = [...trend.points].sort((a, b) => a.date.localeCompare(b.date));
    const xs = pts.map((p) => toSec(p.date));
    const data: uPlot.AlignedData = [
      xs,
      pts.map((p) => oneDecimal(fromKg(p.kg, unit))),
      pts.map((p) => oneDecimal(fromKg(p.trendKg, unit))),
    ];
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    // At least two weeks wide, so one or two early weigh-ins sit in a readable window.
    const pad = Math.max(0, 14 * DAY - (max - min)) / 2 + DAY;
    const options: Omit<uPlot.Options, "width" | "height"> = {
      legend: { live: false },
      scales: { x: { time: true, auto: false, range: [min - pad, max + pad] } },
      series: [
        {},
        {
          label: `Weigh-ins (${unit})`,
          stroke: "#64748b",
          paths: () => null,
          points: { show: true, size: 7, fill: "#94a3b8" },
        },
        { label: `Trend (${unit})`, stroke: "#0f766e", width: 2.5, points: { show: false } },
      ],
      axes: [{}, { label: unit }],
    };
    return { data, options };
  }, [trend, unit]);
  return <Chart label={`Body weight in ${unit}: weigh-ins and the smoothed trend`} options={options} data={data} />;
}
