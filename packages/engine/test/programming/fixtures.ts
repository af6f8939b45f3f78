import {
  BUILTIN_EXERCISES,
  buildRoadmap,
  type ClientProfile,
  createCatalog,
  createTrainerProfile,
  type GenerateSessionInput,
  roadmapPosition,
  type TrainerProfile,
} from "@spotter/engine";

/** The built-in catalog; the scenarios assert on tags and patterns, not on specific ids. */
export const catalog = createCatalog(BUILTIN_EXERCISES);

export const FULL_GYM = [
  "barbell",
  "squat_rack",
  "bench",
  "dumbbells",
  "kettlebells",
  "cable",
  "machines",
  "pullup_bar",
  "dip_station",
  "bands",
  "box",
  "rower",
  "bike",
  "mat",
  "foam_roller",
  "trap_bar",
  "landmine",
] as const;

export function client(overrides: Partial<ClientProfile> = {}): ClientProfile {
  return {
    goals: { primary: "strength", secondary: [] },
    trainingAgeMonths: 30,
    injuries: [],
    locations: [
      { id: "gym", name: "Gym", equipment: [...FULL_GYM] },
      { id: "hotel", name: "Hotel", equipment: ["dumbbells", "bench", "mat"] },
      { id: "home", name: "Home", equipment: [] },
    ],
    defaultLocationId: "gym",
    schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
    preferences: { likes: [], dislikes: [] },
    baselines: { repMaxes: [], fieldTests: [] },
    units: "kg",
    ...overrides,
  };
}

export const NOW = "2026-03-02T09:00:00Z";
export const START = "2026-03-02";

export function input(
  overrides: Partial<GenerateSessionInput> = {},
  trainer: TrainerProfile = createTrainerProfile(),
  c: ClientProfile = client(),
): GenerateSessionInput {
  const roadmap = buildRoadmap(c, trainer, { startDate: START, now: NOW });
  return {
    trainer,
    client: c,
    catalog,
    roadmap,
    position: roadmapPosition(roadmap, START),
    history: [],
    today: { durationMinutes: 60, newPain: [] },
    now: NOW,
    seed: 1,
    ...overrides,
  };
}
