/**
 * Adaptive expenditure: what the client actually burns, from logged intake and the weight trend
 * (energy balance: expenditure = intake − change in stored energy; the approach of MacroFactor's
 * expenditure algorithm, described at help.macrofactorapp.com "Expenditure").
 *
 * Over the last 28 days: the slope b (kg/day) of a least-squares line through the raw weigh-ins
 * (raw, not the EWMA, so the level's lag does not bias the slope and the residuals give an honest
 * standard error), the mean logged intake Ī. Data estimate E = Ī − 7,700·b, with
 * sd(E)² = sd(Ī)² + (7,700·se(b))²: day-to-day intake scatter and scale noise. Systematic
 * under-reporting of intake is not in the interval; it biases E and the targets built on it alike,
 * so a proposal corrects toward the observed trend regardless.
 * The data estimate is then combined with the formula maintenance as a normal prior (precision-
 * weighted mean); the prior's sd is 15% (resting equations ±10%, Frankenfield et al. J Am Diet Assoc
 * 2005; activity factors ±8-10%, FAO/WHO/UNU 2004), so a short or noisy log leans on the formula.
 * Days without a log are left out (assumed like the logged days).
 */
import { addDays, dayNumber } from "../core/dates.ts";
import { invalid } from "../core/errors.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import { NUTRITION_BOUNDS } from "./bounds.ts";

export const ADAPTIVE_RULES = {
  windowDays: 28,
  minWeighIns: 8,
  minIntakeDays: 14,
  minSpanDays: 14,
  priorSdFraction: 0.15,
} as const;

export type DayRecord = { date: string; weightKg?: number | null; intakeKcal?: number | null };

export type ExpenditureEstimate = {
  /** Combined (data + formula prior) estimate, kcal/day. */
  kcal: number;
  sdKcal: number;
  /** Data-only estimate (null without enough data). */
  dataKcal: number | null;
  dataSdKcal: number | null;
  /** Weight slope over the window, kg/week, and its standard error. */
  kgPerWeek: number | null;
  /** Standard error of that slope, kg/week (scale noise over the window; null below 3 weigh-ins). */
  kgPerWeekSe: number | null;
  meanIntakeKcal: number | null;
  weighIns: number;
  intakeDays: number;
  windowDays: number;
  /** First and last day with any data in the window. */
  spanDays: number;
  reasons: Reason[];
};

/** Sufficient statistics of one window, computed in one pass over dense arrays (NaN = missing). */
export function windowEstimate(
  weights: ArrayLike<number>,
  intake: ArrayLike<number>,
  from: number,
  to: number,
): { n: number; slope: number; seSlope: number; ni: number; meanI: number; sdI: number; span: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let ni = 0;
  let si = 0;
  let sii = 0;
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const wv = weights[i]!;
    const iv = intake[i]!;
    if (!Number.isNaN(wv)) {
      const x = i - from;
      n++;
      sx += x;
      sy += wv;
      sxx += x * x;
      sxy += x * wv;
      syy += wv * wv;
      if (first < 0) first = i;
      last = i;
    }
    if (!Number.isNaN(iv)) {
      ni++;
      si += iv;
      sii += iv * iv;
    }
  }
  const Sxx = sxx - (sx * sx) / (n || 1);
  const Sxy = sxy - (sx * sy) / (n || 1);
  const Syy = syy - (sy * sy) / (n || 1);
  const slope = n >= 2 && Sxx > 0 ? Sxy / Sxx : Number.NaN;
  const rss = Math.max(0, Syy - slope * Sxy);
  const seSlope = n > 2 && Sxx > 0 ? Math.sqrt(rss / (n - 2) / Sxx) : Number.NaN;
  const meanI = ni ? si / ni : Number.NaN;
  const sdI = ni > 1 ? Math.sqrt(Math.max(0, (sii - ni * meanI * meanI) / (ni - 1))) : Number.NaN;
  return { n, slope, seSlope, ni, meanI, sdI, span: first < 0 ? 0 : last - first };
}

/**
 * Expenditure from dense day arrays ending at index `to` (exclusive), with a formula prior.
 * The daily pass calls this per client without allocating records.
 */
export function estimateFromDense(
  weights: ArrayLike<number>,
  intake: ArrayLike<number>,
  to: number,
  priorKcal: number,
): ExpenditureEstimate {
  const R = ADAPTIVE_RULES;
  const from = Math.max(0, to - R.windowDays);
  const s = windowEstimate(weights, intake, from, to);
  const priorSd = R.priorSdFraction * priorKcal;
  const enough = s.n >= R.minWeighIns && s.ni >= R.minIntakeDays && s.span >= R.minSpanDays && !Number.isNaN(s.seSlope);
  const base = {
    kgPerWeek: !Number.isNaN(s.slope) ? s.slope * 7 : null,
    kgPerWeekSe: !Number.isNaN(s.seSlope) ? s.seSlope * 7 : null,
    meanIntakeKcal: s.ni ? s.meanI : null,
    weighIns: s.n,
    intakeDays: s.ni,
    windowDays: to - from,
    spanDays: s.span,
  };
  if (!enough)
    return {
      kcal: priorKcal,
      sdKcal: priorSd,
      dataKcal: null,
      dataSdKcal: null,
      ...base,
      reasons: [
        reason(
          "nutrition.expenditure.insufficient",
          `Not enough data for a measured expenditure (${s.n} weigh-ins, ${s.ni} logged days over ${s.span + 1} days); using the formula ${Math.round(priorKcal)} kcal/day.`,
          { weighIns: s.n, intakeDays: s.ni, spanDays: s.span, priorKcal: round(priorKcal, 0) },
          { minWeighIns: R.minWeighIns, minIntakeDays: R.minIntakeDays, minSpanDays: R.minSpanDays },
        ),
      ],
    };
  const k = NUTRITION_BOUNDS.kcalPerKg;
  const data = s.meanI - k * s.slope;
  const sdMean = s.ni > 1 ? s.sdI / Math.sqrt(s.ni) : 0;
  const dataSd = Math.sqrt(sdMean * sdMean + (k * s.seSlope) ** 2);
  // Precision-weighted combination of the data estimate and the formula prior.
  const wd = 1 / Math.max(dataSd * dataSd, 1);
  const wp = 1 / (priorSd * priorSd);
  const kcal = (wd * data + wp * priorKcal) / (wd + wp);
  const sd = Math.sqrt(1 / (wd + wp));
  return {
    kcal,
    sdKcal: sd,
    dataKcal: data,
    dataSdKcal: dataSd,
    ...base,
    reasons: [
      reason(
        "nutrition.expenditure.adaptive",
        `Expenditure ≈ ${Math.round(kcal)} ± ${Math.round(sd)} kcal/day: logged intake ${Math.round(s.meanI)} kcal/day − ${k} kcal/kg × ${round(s.slope * 7, 2)} kg/week ÷ 7 = ${Math.round(data)} ± ${Math.round(dataSd)}, combined with the formula ${Math.round(priorKcal)} ± ${Math.round(priorSd)}.`,
        {
          meanIntakeKcal: round(s.meanI, 0),
          kgPerWeek: round(s.slope * 7, 3),
          dataKcal: round(data, 0),
          dataSdKcal: round(dataSd, 0),
          priorKcal: round(priorKcal, 0),
          priorSdKcal: round(priorSd, 0),
          weighIns: s.n,
          intakeDays: s.ni,
        },
        { windowDays: R.windowDays, kcalPerKg: k, priorSdFraction: R.priorSdFraction },
      ),
    ],
  };
}

/**
 * Expenditure from dense day arrays that end today (index length − 1), as the daily pass builds
 * them (nutrition/trend.ts trendWindow for the weights): the same estimate as
 * {@link estimateExpenditure} of the same days, without dated records to parse.
 */
export function estimateFromWindow(
  weights: ArrayLike<number>,
  intake: ArrayLike<number>,
  priorKcal: number,
): ExpenditureEstimate {
  if (!(priorKcal > 0 && priorKcal < 10000)) invalid("priorKcal", "must be in (0, 10000)");
  if (weights.length !== intake.length) invalid("intake", "must cover the same days as weights");
  return estimateFromDense(weights, intake, weights.length, priorKcal);
}

/**
 * Logged intake as the estimator's dense window (index `windowDays − 1` is today, NaN on days
 * without a log) from logs given as days before today; older logs are left out, a later log of the
 * same day wins, as in {@link estimateExpenditure}.
 */
export function intakeWindow(
  ago: ArrayLike<number>,
  kcal: ArrayLike<number>,
  windowDays: number = ADAPTIVE_RULES.windowDays,
): Float64Array {
  const out = new Float64Array(windowDays).fill(Number.NaN);
  for (let i = 0; i < ago.length; i++) {
    const day = ago[i]!;
    if (day < 0 || day >= windowDays) continue;
    if (!(kcal[i]! >= 0)) invalid(`records.${i}.intakeKcal`, "must be ≥ 0");
    out[windowDays - 1 - day] = kcal[i]!;
  }
  return out;
}

/** Expenditure from dated records up to and including `today` (ISO date). */
export function estimateExpenditure(
  records: readonly DayRecord[],
  today: string,
  priorKcal: number,
): ExpenditureEstimate {
  const end = dayNumber(today, "today");
  if (!(priorKcal > 0 && priorKcal < 10000)) invalid("priorKcal", "must be in (0, 10000)");
  const n = ADAPTIVE_RULES.windowDays;
  const weights = new Float64Array(n).fill(Number.NaN);
  const intake = new Float64Array(n).fill(Number.NaN);
  const wn = new Float64Array(n);
  records.forEach((r, i) => {
    const d = dayNumber(r.date.slice(0, 10), `records.${i}.date`);
    const idx = d - (end - n + 1);
    if (idx < 0 || idx >= n) return;
    if (r.weightKg != null) {
      if (!(r.weightKg > 0)) invalid(`records.${i}.weightKg`, "must be positive");
      // Several weigh-ins on a day are averaged.
      weights[idx] = wn[idx] ? (weights[idx]! * wn[idx]! + r.weightKg) / (wn[idx]! + 1) : r.weightKg;
      wn[idx]!++;
    }
    if (r.intakeKcal != null) {
      if (!(r.intakeKcal >= 0)) invalid(`records.${i}.intakeKcal`, "must be ≥ 0");
      intake[idx] = r.intakeKcal;
    }
  });
  return estimateFromDense(weights, intake, n, priorKcal);
}

/** The first day of the estimator's window ending on `today`. */
export const windowStart = (today: string) => addDays(today, -(ADAPTIVE_RULES.windowDays - 1));
