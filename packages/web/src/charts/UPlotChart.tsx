import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

type Props = {
  /** Accessible name: the chart is an image to screen readers; a data table sits beside it. */
  label: string;
  options: Omit<uPlot.Options, "width" | "height">;
  data: uPlot.AlignedData;
  height?: number;
};

/** A uPlot canvas that follows its container's width. */
export function UPlotChart({ label, options, data, height = 220 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot({ ...options, width: Math.max(280, el.clientWidth), height }, data, el);
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return <div ref={box} className="chart-box" role="img" aria-label={label} />;
}
