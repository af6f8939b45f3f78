import { dayIndex, isoFromDay } from "../core/dates.ts";
import { clamp, round } from "../core/stats.ts";
import {
  BASELINE_RULES,
  type BaselineStatus,
  baselineState,
  hrvBaseline,
  restingHrBaseline,
  wellnessBaseline,
} from "./baselines.ts";
import { type CheckIn, WELLNESS_ITEMS, type WellnessItem } from "./check-in.ts";
import { buildCheckInSeries, type CheckInSeries, type WearableDay } from "./series.ts";

/** The wearable sources of the HRV readings in the 7-day window ending at `i`, sorted. */
function hrvSources(s: CheckInSeries, i: number): string[] {
  const out = new Set<string>();
  for (let j = Math.max(0, i - 6); j <= i; j++)
    if (s.hrvSource[j] && !Number.isNaN(s.hrv[j]!)) out.add(s.hrvSource[j]!);
  return [...out].sort();
}

export type ReadinessBand = "high" | "normal" | "low" | "very_low" | "no_data";

/** Score cut-offs (engine convention, not a published scale): ≥ 75 high, ≥ 55 normal, ≥ 40 low. */
export const READINESS_BANDS = { high: 75, normal: 55, low: 40 } as const;

export type ReadinessDriver = {
  item: WellnessItem | "sleepHours" | "hrv" | "restingHr";
  value: number;
  /** The client's own normal (28-day or 60-day mean), null while the baseline is building. */
  baseline: number | null;
  /** Standardised distance from the normal, in the "worse" direction negative; null without baseline. */
  z: number | null;
  effect: "negative" | "positive";
  message: string;
  /** HRV / resting HR read from a wearable (e.g. `garmin_fit`) instead of the typed check-in. */
  source?: string;
};

export type Readiness = {
  date: string;
  score: number | null;
  band: ReadinessBand;
  /** Strongest effects first. */
  drivers: ReadinessDriver[];
  baselineStatus: BaselineStatus;
};

const WEIGHTS = { wellness: 0.5, sleepHours: 0.2, hrv: 0.2, restingHr: 0.1 } as const;
const ITEM_LABEL: Record<WellnessItem, string> = {
  sleepQuality: "sleep quality",
  fatigue: "fatigue",
  soreness: "muscle soreness",
  stress: "stress",
  mood: "mood",
};

/**
 * Readiness of one day from the client's check-in history.
 *
 * Score = 100 × weighted mean of components in [0, 1] (weights renormalised over those present):
 * - wellness (0.5): per item, absolute a = (7 − x)/6 on the 1-7 Hooper scale; once the 28-day
 *   baseline is ready, also relative r = clamp(0.5 − z/4) with z = (x − mean)/SD (positive = worse),
 *   item = (a + r)/2. McLean et al. IJSPP 2010; Hooper & Mackinnon Sports Med 1995; z-score bands
 *   as in Saw, Main & Gastin BJSM 2016 (subjective measures against the athlete's own normal).
 * - sleep hours (0.2): ≥ 8 h → 1, 7 h → 0.85, 6 h → 0.5, ≤ 4 h → 0, linear between (Watson et al. SLEEP
 *   2015 ≥ 7 h; Craven et al. Sports Med 2022 ≤ 6 h = sleep loss).
 * - HRV (0.2, when baseline ready): clamp(0.75 + 0.25·z) with z = (7-day mean − 60-day mean)/SD of the daily
 *   values (Plews et al. Sports Med 2013).
 * - resting HR (0.1, when baseline ready): 1 − (rise above 28-day mean)/10 bpm, so +5 bpm → 0.5.
 * The weights are an engine convention; each component and its z is returned as a driver.
 */
export function readinessScore(
  history: readonly CheckIn[],
  opts: { date: string; wearables?: readonly WearableDay[] },
): Readiness {
  const end = dayIndex(opts.date);
  const s = buildCheckInSeries(history, end, undefined, opts.wearables);
  return readinessAt(s, s.length - 1);
}

/**
 * Readiness at series index `i` (the fast path the daily pass uses). `explain: false` skips building
 * the driver list, for streak scans that only need the score.
 */
export function readinessAt(s: CheckInSeries, i: number, explain = true): Readiness {
  const date = isoOf(s, i);
  const drivers: ReadinessDriver[] = [];
  const hrv = hrvBaseline(s, i);
  const rhr = restingHrBaseline(s, i);
  const firstItem = wellnessBaseline(s, "fatigue", i);
  const baselineStatus: BaselineStatus = {
    wellness: baselineState(firstItem.days, BASELINE_RULES.wellnessMinDays),
    hrv: baselineState(hrv.days, BASELINE_RULES.hrvMinDays),
    restingHr: baselineState(rhr.days, BASELINE_RULES.restingHrMinDays),
  };
  const rec = s.records[i];
  if (!rec) return { date, score: null, band: "no_data", drivers, baselineStatus };

  let wellness = 0;
  for (const item of WELLNESS_ITEMS) {
    const x = s[item][i]!;
    const a = (7 - x) / 6;
    const b = item === "fatigue" ? firstItem : wellnessBaseline(s, item, i);
    if (b.ready) {
      const z = (x - b.mean) / b.sd;
      wellness += (a + clamp(0.5 - z / 4, 0, 1)) / 2;
      if (Math.abs(z) >= 1) {
        const worse = z > 0;
        if (explain)
          drivers.push({
            item,
            value: x,
            baseline: round(b.mean),
            z: round(-z),
            effect: worse ? "negative" : "positive",
            message: `${cap(ITEM_LABEL[item])} ${x}/7 is ${worse ? "worse" : "better"} than your usual ${round(b.mean, 1)} (z ${round(-z, 1)}).`,
          });
      }
    } else {
      wellness += a;
      if (x >= 6) {
        if (explain)
          drivers.push({
            item,
            value: x,
            baseline: null,
            z: null,
            effect: "negative",
            message: `${cap(ITEM_LABEL[item])} rated ${x}/7, near the worst end of the scale.`,
          });
      }
    }
  }
  let total = WEIGHTS.wellness * (wellness / WELLNESS_ITEMS.length);
  let weight = WEIGHTS.wellness;

  const sleep = s.sleepHours[i]!;
  total += WEIGHTS.sleepHours * sleepComponent(sleep);
  weight += WEIGHTS.sleepHours;
  if (sleep < 7) {
    if (explain)
      drivers.push({
        item: "sleepHours",
        value: sleep,
        baseline: null,
        z: null,
        effect: "negative",
        message:
          sleep <= 6
            ? `Slept ${sleep} h: at or under 6 h counts as sleep loss, which may lower performance (Craven 2022).`
            : `Slept ${sleep} h, under the 7 h adults need regularly (AASM/SRS 2015).`,
      });
  }

  if (hrv.ready && !Number.isNaN(hrv.rolling7)) {
    const z = (hrv.rolling7 - hrv.mean) / hrv.sd;
    total += WEIGHTS.hrv * clamp(0.75 + 0.25 * z, 0, 1);
    weight += WEIGHTS.hrv;
    if (hrv.position !== "within") {
      const below = hrv.position === "below";
      const sources = explain ? hrvSources(s, i) : [];
      const from = sources.length ? ` Includes readings from ${sources.join(", ")}.` : "";
      if (explain)
        drivers.push({
          item: "hrv",
          value: round(hrv.rolling7, 3),
          baseline: round(hrv.mean, 3),
          z: round(z),
          effect: below ? "negative" : "positive",
          message: below
            ? `HRV 7-day average ${round(hrv.rolling7, 2)} is below your normal band ${round(hrv.mean - hrv.swc, 2)}-${round(hrv.mean + hrv.swc, 2)} (ln rMSSD).${from}`
            : `HRV 7-day average ${round(hrv.rolling7, 2)} is above your normal band; usually a good sign, though not always.${from}`,
          ...(sources.length ? { source: sources.join(",") } : {}),
        });
    }
  }

  const hr = s.rhr[i]!;
  if (rhr.ready && !Number.isNaN(hr)) {
    const rise = hr - rhr.mean;
    total += WEIGHTS.restingHr * clamp(1 - Math.max(0, rise) / 10, 0, 1);
    weight += WEIGHTS.restingHr;
    if (rise >= BASELINE_RULES.restingHrRiseBpm) {
      if (explain)
        drivers.push({
          item: "restingHr",
          value: hr,
          baseline: round(rhr.mean, 1),
          z: round(-rise / rhr.sd),
          effect: "negative",
          message: `Resting HR ${hr} bpm${s.rhrSource[i] ? ` (from ${s.rhrSource[i]})` : ""} is ${round(rise, 1)} bpm above your usual; that may point to fatigue or illness.`,
          ...(s.rhrSource[i] ? { source: s.rhrSource[i] } : {}),
        });
    }
  }

  const score = Math.round(clamp((100 * total) / weight, 0, 100));
  drivers.sort((a, b) => driverWeight(b) - driverWeight(a));
  return { date, score, band: bandOf(score), drivers, baselineStatus };
}

export function bandOf(score: number): ReadinessBand {
  if (score >= READINESS_BANDS.high) return "high";
  if (score >= READINESS_BANDS.normal) return "normal";
  if (score >= READINESS_BANDS.low) return "low";
  return "very_low";
}

function sleepComponent(h: number): number {
  if (!Number.isFinite(h)) return 0.5;
  if (h >= 8) return 1;
  if (h >= 7) return 0.85 + 0.15 * (h - 7);
  if (h >= 6) return 0.5 + 0.35 * (h - 6);
  if (h > 4) return 0.25 * (h - 4);
  return 0;
}

/** Negative drivers first, larger |z| first; drivers without a baseline sort by their own weight. */
function driverWeight(d: ReadinessDriver): number {
  const mag = d.z === null ? 1.5 : Math.abs(d.z);
  return d.effect === "negative" ? 10 + mag : mag;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isoOf(s: CheckInSeries, i: number): string {
  return s.records[i]?.date.slice(0, 10) ?? isoFromDay(s.startDay + i);
}
