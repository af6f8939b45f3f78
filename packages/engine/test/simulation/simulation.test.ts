import {
  type PersonaId,
  type SimulationMetrics,
  simulateClient,
  simulationMetrics,
  simulationPersonas,
  SIMULATION_TARGETS as T,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";

/**
 * Issue 8, "Tests that can fail": five virtual clients with known true strength follow 8 weeks of
 * drafts. Every threshold is the issue's; a check that the generator does not meet YET is listed
 * as `it.todo` with the persona (see `failingToday`) so the lead can switch it on when it passes.
 * `npx tsx bench/programming/simulate.ts` prints the current figures.
 */
const WEEKS = 8;
const SEED = 1;
const personas = simulationPersonas();
const cache = new Map<PersonaId, SimulationMetrics>();
const metricsOf = (id: PersonaId) => {
  let m = cache.get(id);
  if (!m) {
    const persona = personas.find((p) => p.id === id)!;
    m = simulationMetrics(simulateClient({ persona, weeks: WEEKS, seed: SEED }), WEEKS);
    cache.set(id, m);
  }
  return m;
};

type Check = {
  name: string;
  assert: (m: SimulationMetrics) => void;
  /** Personas the generator does not satisfy yet (figures in the comment, seed 1, 8 weeks). */
  failingToday: PersonaId[];
  /** Only for personas with competition lifts, etc. */
  applies?: (id: PersonaId) => boolean;
};

const CHECKS: Check[] = [
  { name: "the engine drafts every training day", assert: (m) => expect(m.engineErrors).toBe(0), failingToday: [] },
  {
    name: "every item carries machine-readable reasons",
    assert: (m) => expect(m.itemsWithoutReasons).toBe(T.itemsWithoutReasons),
    failingToday: [],
  },
  {
    name: "split: the same day is never drafted twice in a row",
    assert: (m) => expect(m.split.longestSameDayRun).toBe(1),
    failingToday: [],
  },
  {
    // hypertrophy 87.5%, powerlifter 25% (Lower 1/Upper 1 only from the realization block on).
    name: "split: every week trains the split's days in order",
    assert: (m) => expect(m.split.weeksInOrderShare).toBe(1),
    failingToday: [],
  },
  {
    name: "main lifts: each main slot of a day keeps one exercise for the whole block",
    assert: (m) => expect(m.continuity.maxDistinctMainPerDayPerBlock).toBe(1),
    failingToday: [],
  },
  {
    name: "main lifts: no change without a reason (stall, pain, equipment, coach, block)",
    assert: (m) => expect(m.continuity.unexplainedChanges).toBe(0),
    failingToday: [],
  },
  {
    // The athlete gains every week, so a stall is never real. Today: novice 1, hypertrophy 5,
    // powerlifter 5 (bench press → archer push-up), older adult 1, no baselines 6.
    name: "main lifts: no change for a stall that the athlete's true strength does not show",
    assert: (m) => expect(m.continuity.stallChanges).toBe(0),
    failingToday: [],
  },
  {
    // Today 0 in weeks 4-8 for squat and deadlift, weeks 6-8 for bench press (realization, taper).
    name: "competition lifts: each one trained as a main or secondary lift every week",
    assert: (m) => {
      for (const n of Object.values(m.competition.minPerWeek)) expect(n).toBeGreaterThanOrEqual(1);
    },
    failingToday: [],
    applies: (id) => id === "powerlifter",
  },
  {
    // Seed 1: novice 2.0%, hypertrophy 3.4%, powerlifter 1.4%, older adult 1.3%, no baselines 2.5%.
    name: `load error vs true strength from the third exposure: median ≤ ${T.loadErrorMedian * 100}%`,
    assert: (m) => expect(m.loadError.median!).toBeLessThanOrEqual(T.loadErrorMedian),
    failingToday: [],
  },
  {
    // Seed 1: novice 5.2%, hypertrophy 7.5%, powerlifter 5.5%, older adult 4.0%, no baselines 7.3%.
    name: `load error vs true strength from the third exposure: p90 ≤ ${T.loadErrorP90 * 100}%`,
    assert: (m) => expect(m.loadError.p90!).toBeLessThanOrEqual(T.loadErrorP90),
    failingToday: [],
  },
  {
    // Seed 1: 93-100% for every client (no baselines: the RPE strength method, 100%).
    name: "goal zone: at least two thirds of main-lift working sets in the goal's reps and %1RM",
    assert: (m) => expect(m.goalZone.share!).toBeGreaterThanOrEqual(2 / 3),
    failingToday: [],
  },
  {
    name: "deload and taper weeks are clearly lighter (30-70% fewer working sets)",
    assert: (m) => {
      expect(m.deload.weeks.length).toBeGreaterThan(0);
      expect(m.deload.min!).toBeGreaterThanOrEqual(0.3);
      expect(m.deload.max!).toBeLessThanOrEqual(0.7);
    },
    failingToday: [],
  },
  {
    // Seed 1: novice 51-52%, hypertrophy 44-46%, powerlifter 46-48%, older adult 41-47%, no baselines 46-49%.
    name: "deload and taper weeks cut working sets by 40-60%",
    assert: (m) => {
      expect(m.deload.min!).toBeGreaterThanOrEqual(T.deloadCut[0]);
      expect(m.deload.max!).toBeLessThanOrEqual(T.deloadCut[1]);
    },
    failingToday: [],
  },
  {
    name: "progression: after an exposure above target RPE (or a miss) the load does not go up",
    assert: (m) => expect(m.progression.aboveThenHigher).toBe(0),
    failingToday: [],
  },
  {
    name: "progression: after an exposure ≥ 1.5 RPE under target the next one progresses",
    assert: (m) => expect(m.progression.farBelowThenNotHigher).toBe(0),
    failingToday: [],
  },
  {
    name: "dumbbell loads are ones the home actually has (2-20 kg in 2 kg steps)",
    assert: (m) => {
      expect(m.loadsNotOwned.n).toBeGreaterThan(0);
      expect(m.loadsNotOwned.count).toBe(0);
    },
    failingToday: [],
    applies: (id) => id === "older-adult",
  },
  {
    name: "no 'find your working weight' after an exercise's first exposure",
    assert: (m) => expect(m.findWeightAfterFirst.count).toBe(T.findWeightAfterFirst),
    failingToday: [],
  },
  {
    name: "duration: within 10% of the requested minutes by the engine's and an independent clock",
    assert: (m) => {
      expect(m.duration.engineMax!).toBeLessThanOrEqual(1.1);
      expect(m.duration.modelMax!).toBeLessThanOrEqual(1.1);
      expect(m.duration.modelMedian!).toBeGreaterThanOrEqual(0.8);
    },
    failingToday: [],
  },
];

for (const persona of personas) {
  describe(`virtual athlete: ${persona.name}, ${WEEKS} weeks`, () => {
    for (const check of CHECKS) {
      if (check.applies && !check.applies(persona.id)) continue;
      if (check.failingToday.includes(persona.id)) it.todo(`${check.name} [fails today]`);
      else it(check.name, () => check.assert(metricsOf(persona.id)));
    }
  });
}

describe("virtual athlete: the powerlifter's competition lifts", () => {
  it("back squat, bench press and deadlift all lead a session in the first two weeks", () => {
    const per = metricsOf("powerlifter").competition.perWeek;
    for (const lift of ["back-squat", "barbell-bench-press", "deadlift"])
      expect(per[lift]![0]! + per[lift]![1]!).toBeGreaterThanOrEqual(2);
  });
});
