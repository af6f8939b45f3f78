import {
  type AthleteSpec,
  BASE_LIFTS,
  type BaseLift,
  type ClientProfile,
  clientLevel,
  e1rmFromRpe,
  GAIN_PER_WEEK,
} from "@spotter/engine";

type Level = ReturnType<typeof clientLevel>;
type Sex = "female" | "male";

/**
 * Back-squat 1RM per kg of body mass by training status, read from Kilgore's strength standards
 * (Rippetoe & Kilgore, Practical Programming for Strength Training, 2nd ed., 2009, appendix):
 * a beginner (< 6 months) sits between the "untrained" and "novice" rows (men ≈ 0.75 and 1.4 ×
 * body mass, women ≈ 0.55 and 1.0), an intermediate near "novice", an advanced client between
 * "intermediate" and "advanced"; rounded down because demo clients are not competitive lifters.
 */
const SQUAT_PER_KG: Record<Sex, Record<Level, number>> = {
  male: { beginner: 1.0, intermediate: 1.3, advanced: 1.6 },
  female: { beginner: 0.75, intermediate: 0.95, advanced: 1.2 },
};

/**
 * The other base lifts as a share of the back squat, rounded practitioner ratios in the spirit of
 * Zatsiorsky & Kraemer, Science and Practice of Strength Training (2nd ed., 2006, ch. 4) and
 * Helms, Morgan & Valdez, The Muscle and Strength Pyramid: Training (2nd ed., 2019). Women's upper
 * body is relatively weaker (Miller et al., 1993, Eur J Appl Physiol 66(3):254-262: ≈ 50% vs 60-70%
 * of men's upper-body strength against ≈ 70% lower-body).
 */
const SHARE_OF_SQUAT: Record<Sex, Record<BaseLift, number>> = {
  male: {
    "back-squat": 1,
    deadlift: 1.2,
    "barbell-bench-press": 0.75,
    "overhead-press": 0.48,
    "barbell-bent-over-row": 0.62,
  },
  female: {
    "back-squat": 1,
    deadlift: 1.2,
    "barbell-bench-press": 0.6,
    "overhead-press": 0.38,
    "barbell-bent-over-row": 0.5,
  },
};

/**
 * Strict pull-ups and push-ups to failure by status, rounded from the push-up fitness categories
 * of ACSM's Guidelines for Exercise Testing and Prescription (10th ed., 2018; "fair" for beginners,
 * "good" and "excellent" above) and practitioners' pull-up expectations.
 */
const REPS: Record<Sex, Record<Level, { pull: number; push: number }>> = {
  male: { beginner: { pull: 3, push: 18 }, intermediate: { pull: 8, push: 28 }, advanced: { pull: 14, push: 40 } },
  female: { beginner: { pull: 0, push: 10 }, intermediate: { pull: 3, push: 18 }, advanced: { pull: 8, push: 28 } },
};

const OLDER_ADULT_AGE = 60;
const DEFAULT_BODY_MASS: Record<Sex, number> = { male: 80, female: 65 };
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The demo client's TRUE strength on `startDate`: each base lift a rep-max baseline names is that
 * baseline's e1RM (RTS chart; a rep max without an RPE is an all-out set, RPE 10); lifts without a
 * baseline follow the baselines through the squat-share ratios, or, with no baseline at all, the
 * standards for the client's sex, body mass and training age. Gains by level (older adults their own
 * rate), so a demo chart rises the way such a client's would.
 */
export function demoAthleteSpec(profile: ClientProfile, opts: { startDate: string; seed: string }): AthleteSpec {
  const sex: Sex = profile.sex === "female" ? "female" : "male";
  const level = clientLevel(profile.trainingAgeMonths);
  const bodyMassKg = profile.bodyMassKg ?? DEFAULT_BODY_MASS[sex];
  const known = new Map<BaseLift, number>();
  for (const rm of profile.baselines.repMaxes) {
    const lift = BASE_LIFTS.find((b) => b === rm.exerciseId);
    if (!lift) continue;
    const e1rm = e1rmFromRpe(rm.loadKg, rm.reps, rm.rpe ?? 10);
    if (e1rm > (known.get(lift) ?? 0)) known.set(lift, e1rm);
  }
  const share = SHARE_OF_SQUAT[sex];
  // The squat the known lifts imply (their mean), else the standard for this body and status.
  const implied = [...known].map(([lift, kg]) => kg / share[lift]);
  const squat =
    implied.length > 0 ? implied.reduce((a, b) => a + b, 0) / implied.length : bodyMassKg * SQUAT_PER_KG[sex][level];
  const oneRepMaxKg = Object.fromEntries(
    BASE_LIFTS.map((lift) => [lift, round1(known.get(lift) ?? squat * share[lift])]),
  ) as Record<BaseLift, number>;
  const age = profile.birthYear ? Number(opts.startDate.slice(0, 4)) - profile.birthYear : undefined;
  const weeklyGain = age !== undefined && age >= OLDER_ADULT_AGE ? GAIN_PER_WEEK.olderAdult : GAIN_PER_WEEK[level];
  const reps = REPS[sex][level];
  return {
    oneRepMaxKg,
    bodyMassKg,
    pullUpReps: reps.pull,
    pushUpReps: reps.push,
    weeklyGain,
    startDate: opts.startDate,
    seed: opts.seed,
  };
}
