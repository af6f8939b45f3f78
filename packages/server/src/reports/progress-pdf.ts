/**
 * The progress report as a PDF (pdfkit): a one-to-two page A4 summary a coach hands to a client.
 * Text in embedded DejaVu Sans (pdf-document.ts: Latin, Greek, Cyrillic); charts are vector paths (line-chart.ts).
 * Loads and weights are shown in the unit asked for.
 */
import { fromKg, type Unit } from "@spotter/engine";
import { drawLineChart } from "./line-chart.ts";
import { FONT, openPdf, printable } from "./pdf-document.ts";
import type { ProgressReportData } from "./progress-data.ts";

const MARGIN = 48;
const COLORS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const longDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export type ReportOptions = {
  unit: Unit;
  /** The coach's summary typed when downloading, shown first under "Coach's notes". */
  summary?: string;
  /** Today (the server's clock), printed in the footer. */
  generatedOn: string;
};

/** A mass in the report's unit, 1 decimal: "102.5 kg". */
export function mass(kg: number, unit: Unit): string {
  return `${(Math.round(fromKg(kg, unit) * 10) / 10).toFixed(1)} ${unit}`;
}

const signed = (n: number, digits = 1) => `${n > 0 ? "+" : n < 0 ? "-" : "±"}${Math.abs(n).toFixed(digits)}`;

export function renderProgressPdf(data: ProgressReportData, opts: ReportOptions): Promise<Buffer> {
  const { doc, bytes: done } = openPdf(`Progress report: ${data.client.name}`, MARGIN);
  const width = doc.page.width - 2 * MARGIN;
  const { unit } = opts;
  const text = (s: string, o: PDFKit.Mixins.TextOptions = {}) => doc.text(printable(s), o);
  const heading = (s: string) => {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    doc.moveDown(0.8).font(FONT.bold).fontSize(13).fillColor("#111111");
    doc.x = MARGIN;
    text(s);
    doc
      .moveTo(MARGIN, doc.y + 1)
      .lineTo(MARGIN + width, doc.y + 1)
      .lineWidth(0.5)
      .strokeColor("#cccccc")
      .stroke();
    doc.moveDown(0.4).font(FONT.regular).fontSize(10).fillColor("#222222");
  };
  const chartSpace = (h: number) => {
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    doc.y = y + h;
    return y;
  };

  // Title block
  doc.font(FONT.bold).fontSize(20).fillColor("#111111");
  text("Progress report");
  doc.font(FONT.regular).fontSize(12).fillColor("#333333");
  text(data.client.name);
  doc.fontSize(9).fillColor("#666666");
  text(
    `${longDate(data.period.from)} to ${longDate(data.period.to)} (${data.period.weeks} weeks) · loads and weights in ${unit}`,
  );

  // Training adherence
  heading("Training");
  const t = data.totals;
  const extra = t.extra > 0 ? `, plus ${t.extra} not planned (logged or imported)` : "";
  text(
    t.planned > 0
      ? `Planned sessions done: ${t.done} of ${t.planned} (${t.adherencePct}%)${extra}`
      : `No sessions were planned in the period${t.extra > 0 ? `; ${t.extra} logged or imported` : ""}.`,
  );
  doc.moveDown(0.3);
  const cols = [
    { title: "Week of", w: 120 },
    { title: "Planned", w: 70 },
    { title: "Done", w: 70 },
    { title: "Not planned", w: 80 },
    { title: "Readiness", w: 80 },
    { title: "Check-ins", w: 80 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(9);
    cells.forEach((c, i) => {
      doc.text(printable(c), x, y, { width: cols[i]?.w ?? 80, lineBreak: false });
      x += cols[i]?.w ?? 80;
    });
    doc.x = MARGIN;
    doc.y = y + 13;
  };
  row(
    cols.map((c) => c.title),
    true,
  );
  for (const w of data.weeks)
    row([
      longDate(w.weekStart),
      String(w.planned),
      String(w.done),
      String(w.extra),
      w.readiness === null ? "-" : `${w.readiness}/100`,
      String(w.checkIns),
    ]);

  // Strength
  heading("Strength: estimated 1RM of the main lifts");
  if (data.lifts.length === 0) text("No lifts with an e1RM were logged in this period.");
  else {
    for (const [i, l] of data.lifts.entries()) {
      const first = l.points[0]?.e1rmKg ?? 0;
      const last = l.points.at(-1)?.e1rmKg ?? 0;
      doc.fillColor(COLORS[i % COLORS.length] ?? "#000000");
      text(
        `${l.name}: ${mass(first, unit)} to ${mass(last, unit)} (${signed(fromKg(l.changeKg, unit))} ${unit}, ${l.points.length} sessions)`,
      );
    }
    doc.fillColor("#222222");
    const y = chartSpace(180);
    drawLineChart(
      doc,
      { x: MARGIN, y: y + 6, width, height: 160 },
      data.lifts.map((l, i) => ({
        label: l.name,
        color: COLORS[i % COLORS.length] ?? "#000000",
        points: l.points.map((p) => ({ date: p.date, value: Math.round(fromKg(p.e1rmKg, unit) * 10) / 10 })),
      })),
      { from: data.period.from, to: data.period.to, unit },
    );
    doc.x = MARGIN;
  }

  // Body weight
  heading("Body weight");
  const w = data.weight;
  if (!w) text("No weigh-ins in this period.");
  else {
    const rate =
      w.kgPerWeek === null
        ? "rate: not enough weigh-ins yet (7 days of trend needed)"
        : `rate ${signed(fromKg(w.kgPerWeek, unit), 2)} ${unit}/week (${signed(w.pctPerWeek ?? 0, 2)}% of body weight)`;
    text(`Trend weight ${w.trendKg === null ? "-" : mass(w.trendKg, unit)}, ${rate}; ${w.points.length} weigh-ins.`);
    if (w.points.length > 1) {
      const y = chartSpace(140);
      drawLineChart(
        doc,
        { x: MARGIN, y: y + 6, width, height: 120 },
        [
          {
            label: "Scale",
            color: "#8c959f",
            points: w.points.map((p) => ({ date: p.date, value: Math.round(fromKg(p.kg, unit) * 10) / 10 })),
          },
          {
            label: "Trend",
            color: "#1f6feb",
            dashed: true,
            points: w.points.map((p) => ({ date: p.date, value: Math.round(fromKg(p.trendKg, unit) * 10) / 10 })),
          },
        ],
        { from: data.period.from, to: data.period.to, unit },
      );
      doc.x = MARGIN;
    }
  }

  // Readiness and flags
  heading("Readiness and flags");
  const scored = data.weeks.filter((x) => x.readiness !== null);
  const mean = scored.length
    ? Math.round(scored.reduce((n, x) => n + (x.readiness ?? 0) * x.checkIns, 0) / t.checkIns)
    : null;
  text(
    mean === null
      ? "No readiness check-ins in this period."
      : `Mean readiness ${mean}/100 over ${t.checkIns} check-ins.`,
  );
  const raised = data.flags.raised;
  text(
    raised.red + raised.yellow === 0
      ? "No flags were raised in this period."
      : `Flags raised: ${raised.red} red, ${raised.yellow} amber (${data.flags.kinds.map((k) => `${k.kind.replace(/_/g, " ")} ×${k.count}`).join(", ")}).`,
  );
  text(`Open now: ${data.openFlags.red} red, ${data.openFlags.amber} amber.`);

  // Coach's notes
  heading("Coach's notes");
  const notes = [
    ...(opts.summary?.trim() ? [{ label: "Summary", body: opts.summary.trim() }] : []),
    ...data.coachNotes.map((n) => ({ label: `Week of ${longDate(n.weekStart)}`, body: n.body })),
  ];
  if (notes.length === 0) text("No notes for this period.");
  for (const n of notes) {
    doc.font(FONT.bold).fontSize(9);
    text(n.label);
    doc.font(FONT.regular).fontSize(10);
    text(n.body, { width });
    doc.moveDown(0.4);
  }

  // Footer on every page: buffered pages are written at the end.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7).fillColor("#888888");
    doc.text(
      printable(`Spotter · generated ${longDate(opts.generatedOn)} · page ${i + 1} of ${range.count}`),
      MARGIN,
      doc.page.height - MARGIN + 16,
      { width, align: "center", lineBreak: false },
    );
  }
  doc.end();
  return done;
}
