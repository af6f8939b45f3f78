import { addDays } from "../core/dates.ts";
import type { ClientProfile, Goal, RepMax } from "../model/index.ts";
import { EQUIPMENT } from "../model/index.ts";
import { BASE_LIFTS, type BaseLift } from "../simulation/ratios.ts";
import { percentOf1rm } from "../strength/index.ts";

/**
 * Matched synthetic clients for the cohort audit: one base client per goal and, per attribute,
 * variants that differ from it in that attribute alone. Strength is part of the match: every
 * variant has the base's true 1RMs and tested rep maxes, except the body-mass variants, whose
 * strength scales with their mass (`strengthFactor`) so "loads follow strength" can be checked.
 */

export const COHORT_ATTRIBUTES = ["ageBand", "sex", "bodyMass", "trainingAge", "strength"] as const;
export type CohortAttribute = (typeof COHORT_ATTRIBUTES)[number];

export type CohortClient = {
  /** e.g. `strength/ageBand=67`; the base is `strength/base`. */
  id: string;
  goal: Goal;
  attribute: CohortAttribute | "base";
  /** The attribute's value in words (`67 years`, `male`, `100 kg`, `3 months`). */
  value: string;
  profile: ClientProfile;
  /** True 1RM (kg) of the base lifts: what the virtual athlete can lift. */
  oneRepMaxKg: Record<BaseLift, number>;
  /** Strength relative to the base client (1 = the same). */
  strengthFactor: number;
};

export type CohortGroup = { goal: Goal; attribute: CohortAttribute; base: CohortClient; variants: CohortClient[] };

/** The base client: 35 years, female, 75 kg, 175 cm, 24 months of training, no PAR-Q+ "yes". */
export const COHORT_BASE = { age: 35, sex: "female", bodyMassKg: 75, heightCm: 175, trainingAgeMonths: 24 } as const;

/** Values each attribute takes besides the base's: age bands across PAR-Q+ (> 45) and ACSM older adults (≥ 65). */
export const COHORT_VARIANTS = {
  ageBand: [25, 50, 67],
  sex: ["male", "other"],
  bodyMass: [55, 100],
  trainingAge: [3, 72],
  /** Strength relative to the base (every true 1RM and tested rep max scaled). */
  strength: [0.75, 1.35],
} as const satisfies Record<CohortAttribute, readonly (number | string)[]>;

/** Goals audited by default: one per dosing family. */
export const COHORT_GOALS: readonly Goal[] = ["strength", "hypertrophy", "general_health"];

/** The base client's true 1RMs (kg): an intermediate lifter. */
const BASE_STRENGTH: Record<BaseLift, number> = {
  "back-squat": 90,
  deadlift: 115,
  "barbell-bench-press": 70,
  "overhead-press": 45,
  "barbell-bent-over-row": 65,
};

function scaled(factor: number): Record<BaseLift, number> {
  const out = {} as Record<BaseLift, number>;
  for (const lift of BASE_LIFTS) out[lift] = Math.round(BASE_STRENGTH[lift] * factor * 10) / 10;
  return out;
}

/** A 5-rep max at RPE 8 consistent with the truth, on 2.5 kg steps, tested the day before `start`. */
function tested(truth: Record<BaseLift, number>, lift: BaseLift, start: string): RepMax {
  const loadKg = Math.round((truth[lift] * percentOf1rm(5, 8)) / 100 / 2.5) * 2.5;
  return { exerciseId: lift, loadKg, reps: 5, rpe: 8, date: addDays(start, -1) };
}

type Attributes = {
  age: number;
  sex: "female" | "male" | "other";
  bodyMassKg: number;
  trainingAgeMonths: number;
  strengthFactor: number;
};

function makeClient(
  goal: Goal,
  attribute: CohortAttribute | "base",
  value: string,
  a: Attributes,
  start: string,
): CohortClient {
  const strengthFactor = a.strengthFactor;
  const truth = scaled(strengthFactor);
  const profile: ClientProfile = {
    goals: { primary: goal, secondary: [] },
    trainingAgeMonths: a.trainingAgeMonths,
    birthYear: Number(start.slice(0, 4)) - a.age,
    sex: a.sex,
    bodyMassKg: a.bodyMassKg,
    heightCm: COHORT_BASE.heightCm,
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: [...EQUIPMENT] }],
    defaultLocationId: "gym",
    schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: ["mon", "wed", "fri"] },
    preferences: { likes: [], dislikes: [] },
    baselines: {
      repMaxes: (["back-squat", "barbell-bench-press", "deadlift"] as const).map((l) => tested(truth, l, start)),
      fieldTests: [],
    },
    units: "kg",
    screening: {
      heartCondition: false,
      chestPainActivity: false,
      dizzinessOrFainting: false,
      diagnosedChronicCondition: false,
      prescribedMedication: false,
      boneJointProblem: false,
      medicallySupervisedOnly: false,
      conditions: [],
    },
  };
  return {
    id: `${goal}/${attribute}${attribute === "base" ? "" : `=${value}`}`,
    goal,
    attribute,
    value,
    profile,
    oneRepMaxKg: truth,
    strengthFactor,
  };
}

/** The matched groups for `start` (YYYY-MM-DD, the first training day): pure, the same every call. */
export function cohortGroups(start: string, goals: readonly Goal[] = COHORT_GOALS): CohortGroup[] {
  const base: Attributes = {
    age: COHORT_BASE.age,
    sex: COHORT_BASE.sex,
    bodyMassKg: COHORT_BASE.bodyMassKg,
    trainingAgeMonths: COHORT_BASE.trainingAgeMonths,
    strengthFactor: 1,
  };
  const groups: CohortGroup[] = [];
  for (const goal of goals) {
    const baseClient = makeClient(goal, "base", "base", base, start);
    const variant = (attribute: CohortAttribute, value: string, over: Partial<Attributes>) =>
      makeClient(goal, attribute, value, { ...base, ...over }, start);
    groups.push(
      {
        goal,
        attribute: "ageBand",
        base: baseClient,
        variants: COHORT_VARIANTS.ageBand.map((age) => variant("ageBand", `${age} years`, { age })),
      },
      {
        goal,
        attribute: "sex",
        base: baseClient,
        variants: COHORT_VARIANTS.sex.map((sex) => variant("sex", sex, { sex })),
      },
      {
        goal,
        attribute: "bodyMass",
        base: baseClient,
        variants: COHORT_VARIANTS.bodyMass.map((kg) => variant("bodyMass", `${kg} kg`, { bodyMassKg: kg })),
      },
      {
        goal,
        attribute: "trainingAge",
        base: baseClient,
        variants: COHORT_VARIANTS.trainingAge.map((m) =>
          variant("trainingAge", `${m} months`, { trainingAgeMonths: m }),
        ),
      },
      {
        goal,
        attribute: "strength",
        base: baseClient,
        variants: COHORT_VARIANTS.strength.map((f) => variant("strength", `×${f} strength`, { strengthFactor: f })),
      },
    );
  }
  return groups;
}
