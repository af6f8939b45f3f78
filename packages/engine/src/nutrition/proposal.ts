/**
 * A bounded change of the energy target when the weight trend misses the goal for long enough while
 * the client logs faithfully. It becomes an ordinary `nutrition_target` proposal, so the service
 * tier routes it like any other (decideProposal): auto-applied at green only where the tier lists
 * the kind, otherwise pending the coach, always with the diff and these reasons.
 *
 * Never while a disordered-eating or low-energy-availability flag is open: then no change at all is
 * proposed (a "raise" from an estimator fed by restricted or misreported intake is as unsafe to
 * automate as a cut), and the reason says why.
 */
import { dayNumber } from "../core/dates.ts";
import { invalid } from "../core/errors.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import type { Proposal } from "../proposals/proposal.ts";
import type { ExpenditureEstimate } from "./adaptive.ts";
import { NUTRITION_BOUNDS as B, kcalPerDayForRate } from "./bounds.ts";
import type { Sex } from "./energy.ts";
import { minimumKcal } from "./targets.ts";

/** Open flag kinds that block every target change (monitoring's `rapid_weight_loss` is the LEA cue). */
export const NUTRITION_BLOCKING_FLAGS = ["disordered_eating", "low_energy_availability", "rapid_weight_loss"] as const;

export const PROPOSAL_RULES = {
  /** The trend must have missed for this long: three weeks of the estimator's four. */
  minDays: 21,
  /** Good adherence: ≥ 80% of days logged and mean intake within 10% of the target. */
  minLoggedFraction: 0.8,
  maxIntakeDeviation: 0.1,
  /** A miss is more than 0.25 %/week away from the planned rate. */
  tolerancePctPerWeek: 0.25,
  /**
   * The miss must clear the tolerance by this many standard errors of the measured rate: with
   * ±0.6 kg daily scale noise a 28-day slope has an se of ≈ 0.1 kg/week, so an on-plan client's
   * trend crosses 0.25 %/week by chance often enough that daily checks would cut targets that work.
   * Chosen with bench/nutrition/stall-engine.ts (200 + 200 seeded dieters, 12 weeks, checked daily):
   * margin 0 → 155/200 on-plan clients get a cut; 1 → 42; 1.5 → 17; 2 → 3, while stalls are still
   * found in a median 3.0 weeks (p90 4.6; 197/200 within 12 weeks).
   */
  missSe: 2,
  /** One step changes the target by at most 200 kcal or 10%, whichever is smaller. */
  maxStepKcal: 200,
  maxStepFraction: 0.1,
  /** The estimate must be this precise (sd, kcal/day) to act on. */
  maxSdKcal: 300,
} as const;

export type NutritionProposalInput = {
  /** The date the proposal is for (ISO). */
  date: string;
  sex: Sex;
  weightKg: number;
  rmrKcal: number;
  /** Planned weekly change, % body weight (negative = loss). */
  goalPctPerWeek: number;
  currentKcal: number;
  estimate: ExpenditureEstimate;
  /** Open flag kinds for the client. */
  openFlags: readonly string[];
  /** The targets carried a low-energy-availability warning. */
  lowEnergyAvailability?: boolean;
};

export type NutritionProposalResult =
  | { status: "proposed"; proposal: Proposal; reasons: Reason[] }
  | { status: "blocked" | "none"; proposal: null; reasons: Reason[] };

export function proposeTargetChange(input: NutritionProposalInput): NutritionProposalResult {
  dayNumber(input.date, "date");
  if (!(input.currentKcal > 0)) invalid("currentKcal", "must be positive");
  if (!(input.weightKg > 0)) invalid("weightKg", "must be positive");
  const R = PROPOSAL_RULES;
  // A flag can be both open and raised again today: each kind is named once.
  const blocking = [...new Set(input.openFlags)].filter((k) =>
    (NUTRITION_BLOCKING_FLAGS as readonly string[]).includes(k),
  );
  if (input.lowEnergyAvailability && !blocking.includes("low_energy_availability"))
    blocking.push("low_energy_availability");
  if (blocking.length)
    return {
      status: "blocked",
      proposal: null,
      reasons: [
        reason(
          "nutrition.proposal.blocked.flag",
          `No target change while ${blocking.map((k) => k.replaceAll("_", " ")).join(" and ")} is open: a coach reviews the client first (refer where the flag says so).`,
          { flags: blocking.join(",") },
        ),
      ],
    };
  const e = input.estimate;
  const none = (
    ruleId: string,
    message: string,
    inputs: Reason["inputs"],
    thresholds?: Reason["thresholds"],
  ): NutritionProposalResult => ({
    status: "none",
    proposal: null,
    reasons: [reason(ruleId, message, inputs, thresholds)],
  });
  if (e.dataKcal === null || e.kgPerWeek === null || e.spanDays + 1 < R.minDays)
    return none(
      "nutrition.proposal.too_early",
      `A change needs ${R.minDays}+ days of weigh-ins and intake logs.`,
      {
        spanDays: e.spanDays + 1,
      },
      { minDays: R.minDays },
    );
  const logged = e.intakeDays / e.windowDays;
  const deviation = e.meanIntakeKcal === null ? 1 : Math.abs(e.meanIntakeKcal - input.currentKcal) / input.currentKcal;
  if (logged < R.minLoggedFraction || deviation > R.maxIntakeDeviation)
    return none(
      "nutrition.proposal.adherence",
      `Adherence first: ${Math.round(logged * 100)}% of days logged, intake ${Math.round(deviation * 100)}% from the target; the target is not changed until the log is consistent.`,
      { loggedFraction: round(logged, 2), intakeDeviation: round(deviation, 2) },
      { minLoggedFraction: R.minLoggedFraction, maxIntakeDeviation: R.maxIntakeDeviation },
    );
  const observedPct = (e.kgPerWeek / input.weightKg) * 100;
  const miss = observedPct - input.goalPctPerWeek;
  if (Math.abs(miss) <= R.tolerancePctPerWeek)
    return none(
      "nutrition.proposal.on_track",
      `On track: ${round(observedPct, 2)}%/week vs the planned ${input.goalPctPerWeek}%/week.`,
      {
        observedPctPerWeek: round(observedPct, 2),
        goalPctPerWeek: input.goalPctPerWeek,
      },
      { tolerancePctPerWeek: R.tolerancePctPerWeek },
    );
  const sePct = e.kgPerWeekSe == null ? 0 : (e.kgPerWeekSe / input.weightKg) * 100;
  if (Math.abs(miss) - R.missSe * sePct <= R.tolerancePctPerWeek)
    return none(
      "nutrition.proposal.within_noise",
      `Probably on track: ${round(observedPct, 2)} ± ${round(sePct, 2)}%/week vs the planned ${input.goalPctPerWeek}%/week is within the scale's day-to-day noise; waiting for a clearer trend.`,
      {
        observedPctPerWeek: round(observedPct, 2),
        sePctPerWeek: round(sePct, 3),
        goalPctPerWeek: input.goalPctPerWeek,
      },
      { tolerancePctPerWeek: R.tolerancePctPerWeek, missSe: R.missSe },
    );
  if (e.sdKcal > R.maxSdKcal)
    return none(
      "nutrition.proposal.uncertain",
      `The expenditure estimate (± ${Math.round(e.sdKcal)} kcal) is too uncertain to act on.`,
      {
        sdKcal: round(e.sdKcal, 0),
      },
      { maxSdKcal: R.maxSdKcal },
    );

  const wanted = e.kcal + kcalPerDayForRate(input.weightKg, input.goalPctPerWeek);
  const step = Math.min(R.maxStepKcal, R.maxStepFraction * input.currentKcal);
  const minKcal = minimumKcal(input.sex, input.rmrKcal);
  const lowest = Math.max(minKcal, e.kcal - kcalPerDayForRate(input.weightKg, B.maxLossPctPerWeek));
  let next = Math.min(Math.max(wanted, input.currentKcal - step), input.currentKcal + step);
  next = Math.max(Math.round(next / 10) * 10, Math.ceil(lowest / 10) * 10);
  const reasons: Reason[] = [
    reason(
      "nutrition.proposal.trend_miss",
      `Weight is changing ${round(observedPct, 2)}%/week against a planned ${input.goalPctPerWeek}%/week with ${Math.round(logged * 100)}% of days logged; measured expenditure ${Math.round(e.kcal)} ± ${Math.round(e.sdKcal)} kcal/day.`,
      {
        observedPctPerWeek: round(observedPct, 2),
        goalPctPerWeek: input.goalPctPerWeek,
        expenditureKcal: round(e.kcal, 0),
        expenditureSdKcal: round(e.sdKcal, 0),
        loggedFraction: round(logged, 2),
      },
      { tolerancePctPerWeek: R.tolerancePctPerWeek, minDays: R.minDays },
    ),
    reason(
      "nutrition.proposal.bounded_step",
      `Target ${input.currentKcal} → ${next} kcal/day (wanted ${Math.round(wanted)}; steps of at most ${Math.round(step)} kcal, never below ${Math.ceil(lowest)} kcal).`,
      { currentKcal: input.currentKcal, wantedKcal: round(wanted, 0), proposedKcal: next },
      { maxStepKcal: R.maxStepKcal, maxStepFraction: R.maxStepFraction, lowestKcal: Math.ceil(lowest) },
    ),
  ];
  if (next === input.currentKcal)
    return {
      status: "none",
      proposal: null,
      reasons: [
        ...reasons,
        reason("nutrition.proposal.at_bound", "The bounds leave no change to propose.", {
          currentKcal: input.currentKcal,
        }),
      ],
    };
  return {
    status: "proposed",
    reasons,
    proposal: {
      id: `nutrition_target:${input.date}`,
      kind: "nutrition_target",
      date: input.date,
      scope: "this_week",
      diff: { before: { energyKcal: input.currentKcal }, after: { energyKcal: next } },
      reasons,
      level: "green",
      major: false,
      signalIds: [],
    },
  };
}
