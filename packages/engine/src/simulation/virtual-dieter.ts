/**
 * A virtual dieter with a known true energy expenditure, for testing the adaptive target loop end to
 * end: each day they eat their target with day-to-day scatter, log most days, step on the scale
 * most mornings, and their mass follows the energy balance.
 *
 * - Mass: Δkg = (eaten − expenditure) / 7,700 kcal per kg (the tissue energy density SCIENCE.md §8
 *   uses; Hall, Int J Obes 2008, for its limits).
 * - Expenditure falls as mass falls: 24 kcal/day per kg lost (Hall et al., Lancet 2011: each
 *   10 kJ/day of intake moves eventual body weight by about 1 kg).
 * - A stall from `stallDay`: expenditure drops by `stallDropKcal` on top (adaptive thermogenesis and
 *   less non-exercise activity in a prolonged deficit; Rosenbaum & Leibel, Int J Obes 2010), so the
 *   planned deficit disappears while the client keeps eating the target.
 * - The scale reads mass plus day-to-day water and gut content, sd `scaleSdKg` (≈ 0.5–1 kg).
 *
 * Pure and seeded: the same spec gives the same days.
 */
import { mulberry32, seedToState } from "../core/random.ts";

export const DIETER_RULES = { kcalPerKg: 7700, expenditurePerKg: 24 } as const;

export type DieterSpec = {
  seed: string;
  startKg: number;
  /** True expenditure on day 0, kcal/day. */
  expenditureKcal: number;
  /** Day index the stall begins (null: no stall). */
  stallDay: number | null;
  stallDropKcal: number;
  /** Day-to-day sd of what they eat around the target, kcal. */
  intakeSdKcal: number;
  /** Probability of logging intake / weighing in on a day. */
  logProbability: number;
  weighProbability: number;
  scaleSdKg: number;
};

export type DieterDay = {
  day: number;
  /** The true mass and expenditure that day (what the estimator should find). */
  trueKg: number;
  trueExpenditureKcal: number;
  eatenKcal: number;
  /** What reaches the app: null on a day without a log / weigh-in. */
  loggedKcal: number | null;
  scaleKg: number | null;
};

export type Dieter = { spec: DieterSpec; day: number; kg: number; next: () => number };

export function createDieter(spec: DieterSpec): Dieter {
  return { spec, day: 0, kg: spec.startKg, next: mulberry32(seedToState(spec.seed)) };
}

/** Box–Muller standard normal from two uniform draws. */
function gauss(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

export function trueExpenditure(d: Dieter, day = d.day): number {
  const s = d.spec;
  const stalled = s.stallDay !== null && day >= s.stallDay ? s.stallDropKcal : 0;
  return s.expenditureKcal - DIETER_RULES.expenditurePerKg * (s.startKg - d.kg) - stalled;
}

/** One day: the morning weigh-in (before eating), then the day's eating at `targetKcal`. Advances the dieter. */
export function liveDay(d: Dieter, targetKcal: number): DieterDay {
  const s = d.spec;
  const scale = d.next() < s.weighProbability ? d.kg + gauss(d.next) * s.scaleSdKg : null;
  const logs = d.next() < s.logProbability;
  const eaten = Math.max(0, targetKcal + gauss(d.next) * s.intakeSdKcal);
  const expenditure = trueExpenditure(d);
  const out: DieterDay = {
    day: d.day,
    trueKg: d.kg,
    trueExpenditureKcal: expenditure,
    eatenKcal: eaten,
    loggedKcal: logs ? eaten : null,
    scaleKg: scale,
  };
  d.kg += (eaten - expenditure) / DIETER_RULES.kcalPerKg;
  d.day++;
  return out;
}
