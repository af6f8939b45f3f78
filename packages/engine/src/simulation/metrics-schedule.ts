import type { SimulatedSession, Simulation } from "./run.ts";

/**
 * Metrics on WHICH work was scheduled: split rotation, main-lift continuity and competition-lift
 * frequency. Pure functions over a finished simulation.
 */

export type SplitRotation = {
  sequence: string[];
  /** Weeks (with at least one session) whose sessions follow the split's order and, when there were enough sessions, cover every day. */
  weeksInOrderShare: number;
  longestSameDayRun: number;
};

const splitLabels = (sim: Simulation, s: SimulatedSession) =>
  sim.roadmap.blocks[s.position.blockIndex]!.split.map((d) => d.label);

export function splitRotation(sim: Simulation): SplitRotation {
  const sequence = sim.sessions.map((s) => s.session.dayLabel);
  let longest = 0;
  let run = 0;
  sequence.forEach((label, i) => {
    run = i > 0 && sequence[i - 1] === label ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  const weeks = new Map<number, SimulatedSession[]>();
  for (const s of sim.sessions) weeks.set(s.position.week, [...(weeks.get(s.position.week) ?? []), s]);
  let inOrder = 0;
  for (const list of weeks.values()) {
    const labels = splitLabels(sim, list[0]!);
    const ordered = list.every((s) => {
      const i = sim.sessions.indexOf(s);
      const prev = sim.sessions[i - 1];
      const at = labels.indexOf(s.session.dayLabel);
      if (!prev) return at === 0;
      return at === (labels.indexOf(prev.session.dayLabel) + 1) % labels.length;
    });
    const covered = list.length < labels.length || labels.every((l) => list.some((s) => s.session.dayLabel === l));
    if (ordered && covered) inOrder += 1;
  }
  return { sequence, weeksInOrderShare: weeks.size ? inOrder / weeks.size : 0, longestSameDayRun: longest };
}

/** Reasons that explain a lift change the issue allows: stall, pain, equipment, coach/proposal, block boundary. */
const EXPLAINED = /stall|pain|equipment|unavailable|substitut|adjust|proposal|coach|readiness\.swap/;

export type MainLiftContinuity = {
  /** The most distinct exercises one main slot of a day saw within one block (1 = the lift stayed). */
  maxDistinctMainPerDayPerBlock: number;
  /** Main/secondary slot changes within a block, and those no reason explains. */
  changes: number;
  unexplainedChanges: number;
  /**
   * Changes explained only by a stall. The virtual athlete gains strength every week, so no
   * stall is real: each one is progression outrunning the athlete or a stall rule too strict.
   */
  stallChanges: number;
  examples: string[];
};

export function mainLiftContinuity(sim: Simulation): MainLiftContinuity {
  const last = new Map<string, string>();
  const distinct = new Map<string, Set<string>>();
  let changes = 0;
  let unexplained = 0;
  let stalls = 0;
  const examples: string[] = [];
  for (const s of sim.sessions) {
    const ordinal = new Map<string, number>();
    for (const item of s.session.main) {
      if (item.role !== "main" && item.role !== "secondary") continue;
      const k = ordinal.get(item.role) ?? 0;
      ordinal.set(item.role, k + 1);
      const dayKey = `${s.position.blockIndex}|${s.session.dayLabel}`;
      const key = `${dayKey}|${item.role}|${k}`;
      // Per main slot (a day may have two: squat and bench), not per day.
      if (item.role === "main") distinct.set(key, (distinct.get(key) ?? new Set()).add(item.exerciseId));
      const before = last.get(key);
      last.set(key, item.exerciseId);
      if (before === undefined || before === item.exerciseId) continue;
      changes += 1;
      const ids = [...item.reasons, ...s.session.reasons].map((r) => r.ruleId);
      const why = ids.some((id) => EXPLAINED.test(id));
      const stall = why && ids.filter((id) => EXPLAINED.test(id)).every((id) => id.includes("stall"));
      if (stall) stalls += 1;
      if (!why) unexplained += 1;
      if ((stall || !why) && examples.length < 6)
        examples.push(
          `${s.date} ${s.session.dayLabel} ${item.role}: ${before} → ${item.exerciseId}${stall ? " (stall)" : ""}`,
        );
    }
  }
  const max = Math.max(0, ...[...distinct.values()].map((set) => set.size));
  return {
    maxDistinctMainPerDayPerBlock: max,
    changes,
    unexplainedChanges: unexplained,
    stallChanges: stalls,
    examples,
  };
}

export type CompetitionFrequency = {
  /** Per competition lift: exposures as main or secondary in each simulated week. */
  perWeek: Record<string, number[]>;
  minPerWeek: Record<string, number>;
};

export function competitionFrequency(sim: Simulation, weeks: number): CompetitionFrequency {
  const perWeek: Record<string, number[]> = {};
  const minPerWeek: Record<string, number> = {};
  for (const lift of sim.persona.competitionLifts) {
    const counts = Array.from({ length: weeks }, () => 0);
    for (const s of sim.sessions) {
      const hit = s.session.main.some((i) => i.exerciseId === lift && (i.role === "main" || i.role === "secondary"));
      if (hit && s.position.week < weeks) counts[s.position.week]! += 1;
    }
    perWeek[lift] = counts;
    minPerWeek[lift] = Math.min(...counts);
  }
  return { perWeek, minPerWeek };
}
