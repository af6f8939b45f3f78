/**
 * A line chart drawn with pdfkit vector paths (no image, so it stays sharp when printed): one line
 * per series over a shared date axis, a y axis with "nice" gridlines, and a legend. Dates are ISO
 * days; x is linear in days between the first and last date of all series.
 */
import { dayNumber } from "@spotter/engine";
import type PDFDocument from "pdfkit";
import { FONT, printable } from "./pdf-document.ts";

export type ChartSeries = { label: string; color: string; points: { date: string; value: number }[]; dashed?: boolean };

type Box = { x: number; y: number; width: number; height: number };

/** Gridline step of 1, 2 or 5 × 10^n giving about `target` intervals (Heckbert, Graphics Gems 1990). */
export function niceStep(span: number, target = 4): number {
  const raw = span / target;
  if (!(raw > 0)) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

const shortDate = (iso: string) => {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]}`;
};

export function drawLineChart(
  doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>,
  box: Box,
  series: ChartSeries[],
  opts: { from: string; to: string; unit: string },
): void {
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  if (all.length === 0) return;
  const axisW = 36;
  const legendH = 14;
  // The unit sits above the axis labels, the dates and legend below the plot.
  const plot = { x: box.x + axisW, y: box.y + 12, width: box.width - axisW - 4, height: box.height - legendH - 26 };
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi - lo < 1) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const d0 = dayNumber(opts.from);
  const d1 = Math.max(dayNumber(opts.to), d0 + 1);
  const px = (date: string) => plot.x + ((dayNumber(date) - d0) / (d1 - d0)) * plot.width;
  const py = (v: number) => plot.y + plot.height - ((v - lo) / (hi - lo)) * plot.height;

  // Labels are placed with doc.text, which moves the text cursor: the caller's flow is restored after.
  const cursor = { x: doc.x, y: doc.y };
  doc.save();
  doc.font(FONT.regular).fontSize(7).fillColor("#555555");
  for (let v = lo; v <= hi + step / 2; v += step) {
    const y = py(v);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(0.4)
      .strokeColor("#dddddd")
      .stroke();
    doc.text(`${Math.round(v * 10) / 10}`, box.x, y - 3, { width: axisW - 4, align: "right", lineBreak: false });
  }
  doc.rect(plot.x, plot.y, plot.width, plot.height).lineWidth(0.6).strokeColor("#999999").stroke();
  doc.text(shortDate(opts.from), plot.x, plot.y + plot.height + 3, { lineBreak: false });
  doc.text(shortDate(opts.to), plot.x + plot.width - 40, plot.y + plot.height + 3, {
    width: 40,
    align: "right",
    lineBreak: false,
  });
  doc.text(opts.unit, box.x, box.y, { width: axisW - 4, align: "right", lineBreak: false });

  for (const s of series) {
    const pts = [...s.points].sort((a, b) => (a.date < b.date ? -1 : 1));
    if (pts.length === 0) continue;
    doc.lineWidth(1.4).strokeColor(s.color);
    if (s.dashed) doc.dash(3, { space: 2 });
    for (const [i, p] of pts.entries()) {
      if (i === 0) doc.moveTo(px(p.date), py(p.value));
      else doc.lineTo(px(p.date), py(p.value));
    }
    if (pts.length > 1) doc.stroke();
    doc.undash();
    if (!s.dashed) for (const p of pts) doc.circle(px(p.date), py(p.value), 1.6).fillColor(s.color).fill();
  }

  let lx = plot.x;
  const ly = box.y + box.height - legendH + 4;
  for (const s of series) {
    doc
      .rect(lx, ly + 1, 8, 3)
      .fillColor(s.color)
      .fill();
    const label = printable(s.label);
    doc.fillColor("#333333").text(label, lx + 11, ly - 1, { lineBreak: false });
    lx += 11 + doc.widthOfString(label) + 12;
  }
  doc.restore();
  doc.x = cursor.x;
  doc.y = cursor.y;
}
