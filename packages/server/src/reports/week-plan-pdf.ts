/**
 * A week's plan as a printable PDF (pdfkit) for the gym, where there may be no signal: each day of
 * the week with its sessions (draft, published or logged), their exercises grouped as warm-up,
 * main work, finisher and cool-down, sets × reps, load in the reader's unit, effort, rest, notes,
 * and empty boxes to tick sets off by pen. `layout: "day"` starts every training day on its own
 * page (to carry one sheet); "compact" fits the week on as few pages as it can. Text in embedded
 * DejaVu Sans (pdf-document.ts).
 */
import type { SessionPlan, StoredSessionItem } from "@spotter/contracts";
import { convertLoad, type Unit } from "@spotter/engine";
import { FONT, openPdf, printable } from "./pdf-document.ts";
import { longDate } from "./progress-pdf.ts";

export type WeekPlanDay = {
  date: string;
  weekday: string;
  /** What the calendar plans that day (method day label), or null for a rest day. */
  plannedLabel: string | null;
  sessions: { status: "draft" | "published" | "logged"; plan: SessionPlan }[];
};

export type WeekPlanData = {
  clientName: string;
  /** Monday. */
  weekStart: string;
  /** e.g. "build, week 2"; null when the week has no block. */
  blockLabel: string | null;
  methodName: string | null;
  days: WeekPlanDay[];
};

export type WeekPlanOptions = { unit: Unit; layout: "compact" | "day"; generatedOn: string };

const MARGIN = 40;
const SECTIONS = [
  ["warmup", "Warm-up"],
  ["main", "Main work"],
  ["finisher", "Finisher"],
  ["cooldown", "Cool-down"],
] as const;
const STATUS = { draft: "DRAFT (not yet published)", published: "Published", logged: "Done (logged)" } as const;
/** Columns: widths add up to the A4 text width (595 - 2 × 40 = 515 pt). */
const COLS = [
  { title: "Exercise", w: 128 },
  { title: "Sets x reps", w: 54 },
  { title: "Load", w: 52 },
  { title: "Effort", w: 42 },
  { title: "Rest", w: 36 },
  { title: "Notes", w: 149 },
  { title: "Done", w: 54 },
] as const;
const MAX_BOXES = 5;
const WEEKDAY_NAMES: Record<string, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ""));

/** "3 x 5", "3 x 5+" (AMRAP last set), "2 x 30 s". */
export function setsReps(i: StoredSessionItem): string {
  if (i.reps !== undefined) return `${i.sets} x ${i.reps}${i.amrap ? "+" : ""}`;
  if (i.seconds !== undefined) return `${i.sets} x ${i.seconds} s`;
  return `${i.sets} sets`;
}

/** The load in the reader's unit ("102.5 kg"); "-" when the exercise has none (body weight, time). */
export function loadText(i: StoredSessionItem, unit: Unit): string {
  if (i.load === undefined || i.load <= 0) return "-";
  return `${trim(convertLoad(i.load, i.unit, unit))} ${unit}`;
}

const effortText = (i: StoredSessionItem) => {
  if (!i.effort) return "";
  if (i.effort.scale === "rpe") return `RPE ${trim(i.effort.value)}`;
  if (i.effort.scale === "rir") return `RIR ${trim(i.effort.value)}`;
  return `${trim(i.effort.value)}%`;
};

const restText = (s: number) => (s <= 0 ? "" : s < 120 ? `${s} s` : `${trim(s / 60)} min`);

/**
 * A superset or circuit membership, when the plan has one (read structurally: older stored plans
 * have none). Members are contiguous; each member's rest is the rest before the next member.
 */
type Group = { id: string; kind: "superset" | "circuit"; position: number; size: number; restAfterSeconds: number };
const groupOf = (i: StoredSessionItem): Group | undefined => (i as { group?: Group }).group;

/** Labels a session's groups A, B, C… in order of appearance: "A1", "A2". */
function groupLabels(items: readonly StoredSessionItem[]): Map<string, string> {
  const letters = new Map<string, string>();
  for (const i of items) {
    const g = groupOf(i);
    if (g && !letters.has(g.id)) letters.set(g.id, String.fromCharCode(65 + (letters.size % 26)));
  }
  return letters;
}

const notesText = (i: StoredSessionItem) => {
  const g = groupOf(i);
  const round =
    g && g.position === g.size
      ? `${g.kind === "superset" ? "Superset" : "Circuit"}: rest ${restText(g.restAfterSeconds) || "none"} after each round`
      : "";
  // A tempo of all zeros says nothing to the reader.
  const tempo = i.tempo && /[1-9]/.test(i.tempo) ? `Tempo ${i.tempo}` : "";
  return [i.role === "ramp" ? "Ramp-up set" : "", round, i.note ?? "", tempo]
    .map((p) => p.trim().replace(/[.;]+$/, ""))
    .filter(Boolean)
    .join(". ");
};

const exerciseName = (i: StoredSessionItem, letters: Map<string, string>) => {
  const g = groupOf(i);
  return g ? `${letters.get(g.id) ?? ""}${g.position}  ${i.name}` : i.name;
};

export function renderWeekPlanPdf(data: WeekPlanData, opts: WeekPlanOptions): Promise<Buffer> {
  const { doc, bytes: done } = openPdf(`Week plan: ${data.clientName}`, MARGIN);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 10;
  const text = (s: string, o: PDFKit.Mixins.TextOptions = {}) => doc.text(printable(s), o);
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };

  const header = () => {
    doc.font(FONT.bold).fontSize(18).fillColor("#111111");
    text("Week plan");
    doc.font(FONT.regular).fontSize(11).fillColor("#333333");
    text(data.clientName);
    doc.fontSize(9).fillColor("#666666");
    const end = data.days.at(-1)?.date ?? data.weekStart;
    const parts = [
      `${longDate(data.weekStart)} to ${longDate(end)}`,
      ...(data.blockLabel ? [data.blockLabel] : []),
      ...(data.methodName ? [data.methodName] : []),
      `loads in ${opts.unit}`,
    ];
    text(parts.join(" · "));
    doc.moveDown(0.6);
  };

  const row = (cells: string[], o: { bold?: boolean; boxes?: number; shade?: boolean } = {}) => {
    doc.font(o.bold ? FONT.bold : FONT.regular).fontSize(8.5);
    const heights = cells.map((c, i) => doc.heightOfString(printable(c), { width: (COLS[i]?.w ?? 60) - 4 }));
    const h = Math.max(12, ...heights) + 3;
    ensure(h);
    const y = doc.y;
    if (o.shade) doc.rect(MARGIN, y - 1.5, width, h).fill("#f3f4f6");
    doc.fillColor(o.bold ? "#111111" : "#222222");
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(printable(c), x + 1, y, { width: (COLS[i]?.w ?? 60) - 4 });
      x += COLS[i]?.w ?? 60;
    });
    for (let b = 0; b < Math.min(o.boxes ?? 0, MAX_BOXES); b++)
      doc
        .rect(x - (COLS.at(-1)?.w ?? 0) + 2 + b * 10, y + 0.5, 7, 7)
        .lineWidth(0.6)
        .strokeColor("#555555")
        .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };

  header();
  const training = data.days.filter((d) => d.sessions.length > 0 || d.plannedLabel);
  let firstTrainingDay = true;
  for (const day of data.days) {
    const trains = day.sessions.length > 0 || day.plannedLabel;
    if (opts.layout === "day" && trains && !firstTrainingDay) {
      doc.addPage();
      header();
    }
    ensure(trains ? 70 : 18);
    doc.x = MARGIN;
    doc.font(FONT.bold).fontSize(12).fillColor("#111111");
    const title = `${WEEKDAY_NAMES[day.weekday] ?? day.weekday} ${longDate(day.date)}`;
    const dayY = doc.y;
    text(title, { continued: false });
    doc.font(FONT.regular).fontSize(9).fillColor("#555555");
    const side = day.plannedLabel ? `planned: ${day.plannedLabel}` : day.sessions.length ? "" : "rest day";
    if (side) doc.text(printable(side), MARGIN, dayY + 3, { width, align: "right" });
    doc.y = Math.max(doc.y, dayY + 15);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor("#bbbbbb")
      .stroke();
    doc.moveDown(0.3);
    if (!trains) continue;
    firstTrainingDay = false;
    if (day.sessions.length === 0) {
      doc.font(FONT.regular).fontSize(9).fillColor("#444444");
      text("No session drafted yet. Ask your coach, or train the planned day as you know it.");
      doc.moveDown(0.6);
      continue;
    }
    for (const s of day.sessions) {
      ensure(50);
      doc.font(FONT.bold).fontSize(10).fillColor("#111111");
      text(`${s.plan.dayLabel} · about ${Math.round(s.plan.estimatedMinutes)} min · ${STATUS[s.status]}`);
      doc.moveDown(0.2);
      row(
        COLS.map((c) => c.title),
        { bold: true },
      );
      for (const [key, name] of SECTIONS) {
        const items = s.plan[key];
        if (items.length === 0) continue;
        const letters = groupLabels(items);
        ensure(26);
        doc.font(FONT.oblique).fontSize(8.5).fillColor("#1f6feb");
        text(name);
        for (const [n, i] of items.entries())
          row(
            [
              exerciseName(i, letters),
              setsReps(i),
              loadText(i, opts.unit),
              effortText(i),
              restText(i.restSeconds),
              notesText(i),
              "",
            ],
            {
              boxes: i.sets,
              shade: n % 2 === 1,
            },
          );
      }
      doc.moveDown(0.6);
    }
  }
  if (training.length === 0) {
    doc.font(FONT.regular).fontSize(10).fillColor("#444444");
    text("No training is planned this week.");
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7).fillColor("#888888");
    doc.text(
      printable(
        `Spotter · ${data.clientName} · printed ${longDate(opts.generatedOn)} · page ${i + 1} of ${range.count}`,
      ),
      MARGIN,
      doc.page.height - MARGIN + 16,
      { width, align: "center", lineBreak: false },
    );
  }
  doc.end();
  return done;
}
