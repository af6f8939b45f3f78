import type { BusinessFigureView } from "@spotter/contracts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03" → "Mar 2026" (or "Mar" when short). */
export function monthLabel(month: string, short = false): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return short ? name : `${name} ${month.slice(0, 4)}`;
}

/** Money in minor units as the currency's usual display, whole units (the figures are estimates). */
export function money(minor: number | null, currency: string | null): string {
  if (minor === null) return "–";
  const major = minor / 100;
  if (!currency) return major.toLocaleString("en", { maximumFractionDigits: 0 });
  return major.toLocaleString("en", { style: "currency", currency, maximumFractionDigits: 0 });
}

/** A figure's value as a reader sees it: "92%", "+25", "€1,980", or "–" when nothing was counted. */
export function figureValue(f: Pick<BusinessFigureView, "unit" | "currency">, value: number | null): string {
  if (value === null) return "–";
  if (f.unit === "percent") return `${Math.round(value)}%`;
  if (f.unit === "nps") return `${value > 0 ? "+" : ""}${Math.round(value)}`;
  return money(value, f.currency);
}

/** How a value reads against what is good for it: drives the tile's colour, never the only cue. */
export type Tone = "good" | "watch" | "bad" | "none";

const THRESHOLDS: Partial<Record<BusinessFigureView["id"], [number, number]>> = {
  retention: [95, 85],
  adherence: [80, 60],
  check_ins: [70, 50],
  response_yellow: [90, 75],
  response_red: [95, 80],
  response_message: [90, 75],
  satisfaction: [30, 0],
};

export function toneOf(f: BusinessFigureView): Tone {
  const v = f.headline.value;
  const t = THRESHOLDS[f.id];
  if (v === null || !t) return "none";
  return v >= t[0] ? "good" : v >= t[1] ? "watch" : "bad";
}

export const TIER_COLOURS = ["#0f766e", "#1d4ed8", "#b45309", "#7c3aed", "#be123c", "#64748b"];
