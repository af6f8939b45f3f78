import { addDays } from "../core/dates.ts";
import { type ClientProfile, EQUIPMENT, type Equipment, type RepMax, type Weekday } from "../model/index.ts";
import { percentOf1rm } from "../strength/index.ts";
import { createTrainerProfile, type TrainerProfile } from "../trainer-profile/index.ts";
import { GOAL_ZONES, type GoalZone } from "./goal-zones.ts";
import type { BaseLift } from "./ratios.ts";
import { type AthleteSpec, GAIN_PER_WEEK } from "./virtual-athlete.ts";

export type PersonaId = "novice" | "hypertrophy" | "powerlifter" | "older-adult" | "no-baselines";

export type Persona = {
  id: PersonaId;
  name: string;
  client: ClientProfile;
  trainer: TrainerProfile;
  /** The athlete's truth (start date and seed are the run's). */
  athlete: Omit<AthleteSpec, "startDate" | "seed">;
  trainingDays: Weekday[];
  /** Exercises the client competes in (catalog ids); they should be main lifts. */
  competitionLifts: string[];
  zone: GoalZone;
};

export const SIM_START = "2026-03-02";

/** A full commercial gym: every piece of equipment the vocabulary knows. */
const GYM: Equipment[] = [...EQUIPMENT];

/**
 * The home's inventory (ClientProfile location `inventory`, kg). Spread in so the persona also
 * compiles against profiles that do not declare inventories.
 */
export const HOME_DUMBBELLS = { inventory: { dumbbellsKg: { min: 2, max: 20, step: 2 } } };

/** A tested rep max consistent with the truth: the load (2.5 kg steps) that gives `reps` at `rpe`. */
function tested(truth: Record<BaseLift, number>, lift: BaseLift, reps: number, rpe: number, date: string): RepMax {
  const loadKg = Math.round((truth[lift] * percentOf1rm(reps, rpe)) / 100 / 2.5) * 2.5;
  return { exerciseId: lift, loadKg, reps, rpe, date };
}

function profile(p: Partial<ClientProfile> & Pick<ClientProfile, "goals" | "trainingAgeMonths">): ClientProfile {
  return {
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: [...GYM] }],
    defaultLocationId: "gym",
    schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
    preferences: { likes: [], dislikes: [] },
    baselines: { repMaxes: [], fieldTests: [] },
    units: "kg",
    ...p,
  };
}

/** The five clients of issue 8's "Done when", starting on `start` (a Monday by default). */
export function simulationPersonas(start: string = SIM_START): Persona[] {
  const before = addDays(start, -3);
  const trainer = createTrainerProfile();
  const novice = {
    "back-squat": 60,
    deadlift: 75,
    "barbell-bench-press": 45,
    "overhead-press": 30,
    "barbell-bent-over-row": 40,
  };
  const hyper = {
    "back-squat": 120,
    deadlift: 150,
    "barbell-bench-press": 90,
    "overhead-press": 57.5,
    "barbell-bent-over-row": 80,
  };
  const lifter = {
    "back-squat": 117.5,
    deadlift: 160,
    "barbell-bench-press": 90,
    "overhead-press": 57.5,
    "barbell-bent-over-row": 85,
  };
  const older = {
    "back-squat": 35,
    deadlift: 45,
    "barbell-bench-press": 25,
    "overhead-press": 15,
    "barbell-bent-over-row": 25,
  };
  const blank = {
    "back-squat": 90,
    deadlift: 115,
    "barbell-bench-press": 70,
    "overhead-press": 45,
    "barbell-bent-over-row": 65,
  };
  return [
    {
      id: "novice",
      name: "Novice, 3 d/wk gym",
      client: profile({
        goals: { primary: "general_health", secondary: ["strength"] },
        trainingAgeMonths: 2,
        bodyMassKg: 75,
        schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: ["mon", "wed", "fri"] },
        baselines: {
          repMaxes: [tested(novice, "back-squat", 8, 7, before), tested(novice, "barbell-bench-press", 8, 7, before)],
          fieldTests: [],
        },
      }),
      trainer,
      athlete: {
        oneRepMaxKg: novice,
        bodyMassKg: 75,
        pullUpReps: 1,
        pushUpReps: 15,
        weeklyGain: GAIN_PER_WEEK.beginner,
      },
      trainingDays: ["mon", "wed", "fri"],
      competitionLifts: [],
      zone: GOAL_ZONES.moderate,
    },
    {
      id: "hypertrophy",
      name: "Intermediate hypertrophy, 4 d/wk gym",
      client: profile({
        goals: { primary: "hypertrophy", secondary: ["strength"] },
        trainingAgeMonths: 14,
        bodyMassKg: 82,
        schedule: { daysPerWeek: 4, sessionMinutes: 60, preferredDays: ["mon", "tue", "thu", "fri"] },
        baselines: {
          repMaxes: [
            tested(hyper, "back-squat", 6, 8, before),
            tested(hyper, "deadlift", 5, 8, before),
            tested(hyper, "barbell-bench-press", 8, 8, before),
            tested(hyper, "overhead-press", 8, 8, before),
            tested(hyper, "barbell-bent-over-row", 10, 8, before),
          ],
          fieldTests: [],
        },
      }),
      trainer,
      athlete: {
        oneRepMaxKg: hyper,
        bodyMassKg: 82,
        pullUpReps: 8,
        pushUpReps: 35,
        weeklyGain: GAIN_PER_WEEK.intermediate,
      },
      trainingDays: ["mon", "tue", "thu", "fri"],
      competitionLifts: [],
      zone: GOAL_ZONES.hypertrophy,
    },
    {
      id: "powerlifter",
      name: "Powerlifter, meet in 9 weeks, 4 d/wk",
      client: profile({
        goals: { primary: "strength", secondary: [] },
        trainingAgeMonths: 48,
        bodyMassKg: 90,
        schedule: { daysPerWeek: 4, sessionMinutes: 75, preferredDays: ["mon", "tue", "thu", "sat"] },
        eventDate: addDays(start, 63),
        baselines: {
          repMaxes: [
            // The client: 105 kg × 3 on the back squat.
            { exerciseId: "back-squat", loadKg: 105, reps: 3, rpe: 9, date: before },
            tested(lifter, "barbell-bench-press", 3, 9, before),
            tested(lifter, "deadlift", 3, 9, before),
          ],
          fieldTests: [],
        },
      }),
      trainer,
      athlete: {
        oneRepMaxKg: lifter,
        bodyMassKg: 90,
        pullUpReps: 10,
        pushUpReps: 40,
        weeklyGain: GAIN_PER_WEEK.advanced,
      },
      trainingDays: ["mon", "tue", "thu", "sat"],
      competitionLifts: ["back-squat", "barbell-bench-press", "deadlift"],
      zone: GOAL_ZONES.strength,
    },
    {
      id: "older-adult",
      name: "Older adult, home dumbbells, 2 d/wk",
      client: profile({
        goals: { primary: "general_health", secondary: [] },
        trainingAgeMonths: 0,
        birthYear: 1955,
        sex: "female",
        bodyMassKg: 68,
        // A pair of adjustable dumbbells (2-20 kg in 2 kg steps), a bench and a sturdy box.
        locations: [{ id: "home", name: "Home", equipment: ["dumbbells", "bench", "box", "mat"], ...HOME_DUMBBELLS }],
        defaultLocationId: "home",
        schedule: { daysPerWeek: 2, sessionMinutes: 45, preferredDays: ["tue", "fri"] },
      }),
      trainer,
      athlete: {
        oneRepMaxKg: older,
        bodyMassKg: 68,
        pullUpReps: 0,
        pushUpReps: 3,
        weeklyGain: GAIN_PER_WEEK.olderAdult,
      },
      trainingDays: ["tue", "fri"],
      competitionLifts: [],
      zone: GOAL_ZONES.moderate,
    },
    {
      id: "no-baselines",
      name: "No baselines, 3 d/wk gym",
      client: profile({
        goals: { primary: "strength", secondary: ["hypertrophy"] },
        trainingAgeMonths: 10,
        bodyMassKg: 78,
        schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: ["mon", "wed", "fri"] },
      }),
      trainer,
      athlete: {
        oneRepMaxKg: blank,
        bodyMassKg: 78,
        pullUpReps: 5,
        pushUpReps: 25,
        weeklyGain: GAIN_PER_WEEK.intermediate,
      },
      trainingDays: ["mon", "wed", "fri"],
      competitionLifts: [],
      zone: GOAL_ZONES.strength,
    },
  ];
}
