import { type ComponentProps, lazy, Suspense } from "react";

// uPlot (~22 KB gzip) loads with the first chart a page draws, not with the coach app: most pages
// have no chart, and the coach's first load stays inside its 200 KB budget (bench/web).
const UPlotChart = lazy(() => import("./UPlotChart.tsx").then((m) => ({ default: m.UPlotChart })));

type Props = ComponentProps<typeof UPlotChart>;

/** A chart for pages that otherwise need no charting code: the same box, filled once uPlot has loaded. */
export function Chart(props: Props) {
  return (
    <Suspense
      fallback={
        <div className="chart-box" role="img" aria-label={props.label} style={{ height: props.height ?? 220 }} />
      }
    >
      <UPlotChart {...props} />
    </Suspense>
  );
}
