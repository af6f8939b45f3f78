import { loadsNotOwned } from "./inventory-check.ts";
import {
  type FindWeightAfterFirst,
  findWeightAfterFirst,
  type GoalZoneShare,
  goalZoneShare,
  type LoadError,
  loadError,
  nearestRankQuantile,
  type ProgressionDirection,
  progressionDirection,
} from "./metrics-load.ts";
import {
  type CompetitionFrequency,
  competitionFrequency,
  type MainLiftContinuity,
  mainLiftContinuity,
  type SplitRotation,
  splitRotation,
} from "./metrics-schedule.ts";
import type { PersonaId } from "./personas.ts";
import { isLighterWeek, isWorkingItem } from "./prescription-read.ts";
import type { Simulation } from "./run.ts";
import { independentSessionMinutes } from "./session-time.ts";

/** Issue 8's targets, in one place for the tests and the bench table. */
export const SIMULATION_TARGETS = {
  loadErrorMedian: 0.05,
  loadErrorP90: 0.12,
  deloadCut: [0.4, 0.6] as [number, number],
  itemsWithoutReasons: 0,
  findWeightAfterFirst: 0,
} as const;

export type DeloadCut = {
  weeks: { week: number; kind: string; cut: number }[];
  min: number | null;
  max: number | null;
};

/** Working sets per session in each deload/taper week against the last loading week before it. */
export function deloadVolumeCut(sim: Simulation): DeloadCut {
  const byWeek = new Map<number, { kind: string; sets: number; sessions: number }>();
  for (const s of sim.sessions) {
    const w = byWeek.get(s.position.week) ?? { kind: s.session.blockKind, sets: 0, sessions: 0 };
    w.sets += s.session.main.filter(isWorkingItem).reduce((n, i) => n + i.sets, 0);
    w.sessions += 1;
    byWeek.set(s.position.week, w);
  }
  const weeks: DeloadCut["weeks"] = [];
  let lastLoading: number | undefined;
  for (const [week, w] of [...byWeek.entries()].sort((a, b) => a[0] - b[0])) {
    const perSession = w.sets / w.sessions;
    if (!isLighterWeek(w.kind)) lastLoading = perSession;
    else if (lastLoading) weeks.push({ week, kind: w.kind, cut: 1 - perSession / lastLoading });
  }
  const cuts = weeks.map((w) => w.cut);
  return { weeks, min: cuts.length ? Math.min(...cuts) : null, max: cuts.length ? Math.max(...cuts) : null };
}

export type DurationFit = {
  engineMedian: number | null;
  engineMax: number | null;
  modelMedian: number | null;
  modelMax: number | null;
};

/** Estimated ÷ requested minutes, by the engine's own estimate and by the independent clock. */
export function durationFit(sim: Simulation): DurationFit {
  const engine = sim.sessions.map((s) => s.session.estimatedMinutes / s.session.requestedMinutes);
  const model = sim.sessions.map((s) => independentSessionMinutes(s.session, sim.catalog) / s.session.requestedMinutes);
  return {
    engineMedian: nearestRankQuantile(engine, 0.5),
    engineMax: nearestRankQuantile(engine, 1),
    modelMedian: nearestRankQuantile(model, 0.5),
    modelMax: nearestRankQuantile(model, 1),
  };
}

/** Items in any section (warm-up to cool-down) that carry no machine-readable reason. */
export function itemsWithoutReasons(sim: Simulation): number {
  return sim.sessions
    .flatMap((s) => [...s.session.warmup, ...s.session.main, ...s.session.finisher, ...s.session.cooldown])
    .filter((i) => i.reasons.length === 0).length;
}

export type SimulationMetrics = {
  persona: PersonaId;
  sessions: number;
  engineErrors: number;
  split: SplitRotation;
  continuity: MainLiftContinuity;
  competition: CompetitionFrequency;
  loadError: LoadError;
  goalZone: GoalZoneShare;
  deload: DeloadCut;
  progression: ProgressionDirection;
  itemsWithoutReasons: number;
  /** Dumbbell/kettlebell loads the client's location does not have (when it states an inventory). */
  loadsNotOwned: ReturnType<typeof loadsNotOwned>;
  findWeightAfterFirst: FindWeightAfterFirst;
  duration: DurationFit;
};

/** Every issue-8 metric for one simulated client, over its first `weeks` weeks. */
export function simulationMetrics(sim: Simulation, weeks = 8): SimulationMetrics {
  return {
    persona: sim.persona.id,
    sessions: sim.sessions.length,
    engineErrors: sim.errors.length,
    split: splitRotation(sim),
    continuity: mainLiftContinuity(sim),
    competition: competitionFrequency(sim, weeks),
    loadError: loadError(sim),
    goalZone: goalZoneShare(sim),
    deload: deloadVolumeCut(sim),
    progression: progressionDirection(sim),
    itemsWithoutReasons: itemsWithoutReasons(sim),
    loadsNotOwned: loadsNotOwned(sim),
    findWeightAfterFirst: findWeightAfterFirst(sim),
    duration: durationFit(sim),
  };
}
