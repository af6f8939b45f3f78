import { BUILTIN_EXERCISES } from "../catalog/builtin.ts";
import { type Catalog, createCatalog } from "../catalog/catalog.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ClientProfile, Equipment, Goal, Level } from "../model/index.ts";
import { clientLevel } from "../model/level.ts";
import { BUILTIN_METHODS } from "./library/index.ts";
import type { Method } from "./types.ts";

/** What the default depends on: the client's goal, level and sessions a week, and optionally more. */
export type MethodChoiceInput = {
  goal: Goal;
  level: Level;
  daysPerWeek: number;
  /** A dated event (meet, test day): methods written to peak for one are chosen only then. */
  eventDate?: string;
  /** What the client's usual location owns: methods whose main lifts cannot be done there lose. */
  equipment?: readonly Equipment[];
  /** Age in years: methods with a `minAge` (older adults) are chosen only from that age. */
  age?: number;
  /**
   * Whether any strength of the client is known (a baseline or a logged lift). `false`: methods
   * that load main lifts as a percentage of a max lose to ones that work from effort (RPE).
   */
  knownMaxes?: boolean;
};

export type MethodChoice = { method: Method; score: number; reason: Reason };

/**
 * Points, so the choice is explainable and a coach can predict it: the goal the method is written
 * for first (+6), among its goals (+3) or not at all (−3); the level (+3, else −3); sessions a week inside
 * its range (+2, +1 more when it is one session per listed day), −1 per session outside; a
 * peaking method +2 with an event for its goal, −10 without; an older-adult method +5 from its
 * age, −10 before; −2 per main slot none of whose exercises the equipment allows; −4 for a
 * method that loads main lifts from a percentage of a max when no strength is known. Ties go to
 * the earlier method in the list.
 */
export const CHOICE_POINTS = {
  primaryGoal: 6,
  listedGoal: 3,
  goalNotListed: -3,
  level: 3,
  levelNotListed: -3,
  daysInRange: 2,
  daysExact: 1,
  perDayOutside: -1,
  event: 2,
  notForThisClient: -10,
  age: 5,
  mainSlotUnavailable: -2,
  needsKnownMax: -4,
} as const;

const BUILTIN_CATALOG = createCatalog(BUILTIN_EXERCISES);

/** The method a client gets unless the coach or the Trainer Profile says otherwise. */
export function defaultMethodFor(
  input: MethodChoiceInput,
  methods: readonly Method[] = BUILTIN_METHODS,
  catalog: Catalog = BUILTIN_CATALOG,
): MethodChoice | undefined {
  let best: { method: Method; score: number; why: string[] } | undefined;
  for (const method of methods) {
    const scored = score(method, input, catalog);
    if (!best || scored.score > best.score) best = { method, ...scored };
  }
  if (!best) return undefined;
  const { method, score: points, why } = best;
  return {
    method,
    score: points,
    reason: reason(
      "method.default",
      `${method.name}: ${why.join("; ")}.`,
      {
        methodId: method.id,
        goal: input.goal,
        level: input.level,
        daysPerWeek: input.daysPerWeek,
        eventDate: input.eventDate ?? null,
        age: input.age ?? null,
        score: points,
      },
      { candidates: methods.length },
    ),
  };
}

function score(method: Method, input: MethodChoiceInput, catalog: Catalog): { score: number; why: string[] } {
  const P = CHOICE_POINTS;
  let points = 0;
  const why: string[] = [];
  if (method.goals[0] === input.goal) {
    points += P.primaryGoal;
    why.push(`written for ${input.goal}`);
  } else if (method.goals.includes(input.goal)) {
    points += P.listedGoal;
    why.push(`suits ${input.goal}`);
  } else {
    points += P.goalNotListed;
  }
  if (method.levels.includes(input.level)) {
    points += P.level;
    why.push(`fits the ${input.level} level`);
  } else {
    points += P.levelNotListed;
  }
  const [lo, hi] = method.daysPerWeek ?? [method.days.length, method.days.length];
  const d = input.daysPerWeek;
  if (d >= lo && d <= hi) {
    points += P.daysInRange + (d === method.days.length ? P.daysExact : 0);
    why.push(`${lo === hi ? lo : `${lo}-${hi}`} sessions a week (${d} asked)`);
  } else {
    points += P.perDayOutside * (d < lo ? lo - d : d - hi);
  }
  if (method.eventPeaking) {
    const forGoal = method.goals.includes(input.goal);
    points += input.eventDate && forGoal ? P.event : P.notForThisClient;
    if (input.eventDate && forGoal) why.push(`peaks for the event on ${input.eventDate}`);
  }
  if (method.minAge !== undefined) {
    const old = input.age !== undefined && input.age >= method.minAge;
    points += old ? P.age : P.notForThisClient;
    if (old) why.push(`written for adults ${method.minAge}+`);
  }
  if (input.knownMaxes === false && percentOfMax(method)) {
    points += P.needsKnownMax;
    why.push("needs known maxes, and none are");
  }
  if (input.equipment) {
    const missing = unavailableMainSlots(method, input.equipment, catalog);
    points += P.mainSlotUnavailable * missing;
    if (missing > 0) why.push(`${missing} main ${missing === 1 ? "lift" : "lifts"} not possible with this equipment`);
  }
  return { score: points, why: why.length > 0 ? why : ["closest match"] };
}

/** Whether a main slot's load is a percentage of a max (a %1RM wave, or a %1RM in a loading block). */
function percentOfMax(method: Method): boolean {
  return method.days.some((day) =>
    day.slots.some(
      (s) =>
        s.role === "main" &&
        (s.progression?.kind === "percent_wave" ||
          (["accumulation", "intensification", "realization"] as const).some(
            (k) => s.prescription?.[k]?.percent1rm !== undefined,
          )),
    ),
  );
}

/** Main slots listing exercises none of which the equipment allows (pattern-only slots always fit). */
function unavailableMainSlots(method: Method, equipment: readonly Equipment[], catalog: Catalog): number {
  let missing = 0;
  for (const day of method.days)
    for (const s of day.slots) {
      if (s.role !== "main" || !s.exerciseIds) continue;
      const fits = s.exerciseIds.some((id) => {
        const ex = catalog.get(id);
        return ex !== undefined && catalog.isAvailable(ex, equipment);
      });
      if (!fits) missing += 1;
    }
  return missing;
}

/** A method by id (built-ins by default; pass an organization's list to include its own). */
export function findMethod(id: string, methods: readonly Method[] = BUILTIN_METHODS): Method | undefined {
  return methods.find((m) => m.id === id);
}

/**
 * The default for a client profile: goal, level (training age), sessions a week, event date, the
 * default location's equipment, age (birth year against `today`, YYYY-MM-DD) and whether any
 * strength is known (baselines, or `loggedLifts` when the caller has the history).
 */
export function defaultMethodForProfile(
  profile: ClientProfile,
  today: string,
  methods: readonly Method[] = BUILTIN_METHODS,
  loggedLifts = false,
): MethodChoice | undefined {
  const location = profile.locations.find((l) => l.id === profile.defaultLocationId) ?? profile.locations[0];
  return defaultMethodFor(
    {
      goal: profile.goals.primary,
      level: clientLevel(profile.trainingAgeMonths),
      daysPerWeek: profile.schedule.daysPerWeek,
      ...(profile.eventDate ? { eventDate: profile.eventDate } : {}),
      ...(location ? { equipment: location.equipment } : {}),
      ...(profile.birthYear ? { age: Number(today.slice(0, 4)) - profile.birthYear } : {}),
      knownMaxes: loggedLifts || profile.baselines.repMaxes.length > 0,
    },
    methods,
  );
}
