import { addDays, dayFromNow, dayNumber } from "../core/dates.ts";
import { EngineError, guard, invalid } from "../core/errors.ts";
import { reason } from "../core/reasons.ts";
import type { Method } from "../method/types.ts";
import type { ClientProfile } from "../model/index.ts";
import { clientLevel } from "../model/level.ts";
import { type TrainerProfile, validateTrainerProfile } from "../trainer-profile/index.ts";
import { blockTargets } from "./block-targets.ts";
import { DEFAULT_DELOAD, splitForBlock } from "./lighter-weeks.ts";
import { weeklySplit } from "./split.ts";
import type { Block, BlockKind, Roadmap } from "./types.ts";

/** Without an event the roadmap covers 12 weeks; with one, up to the event (max 52 weeks). */
export const DEFAULT_HORIZON_WEEKS = 12;
export const MAX_HORIZON_WEEKS = 52;

const PHASES: BlockKind[] = ["accumulation", "intensification", "realization"];

/**
 * Builds a client's roadmap: phases of `deloadEveryWeeks − 1` loading weeks (accumulation →
 * intensification → realization, repeating) each followed by a deload week, and, when the client
 * has an event date, a realization block then a taper (1 week, or 2 when ≥ 8 weeks out) ending
 * the day before the event (taper: Bosquet et al. 2007, Med Sci Sports Exerc;
 * Mujika & Padilla 2003, Med Sci Sports Exerc).
 *
 * @param profile the client
 * @param trainer the trainer's methodology (deload rhythm, styles, allowed progression methods)
 * @param opts.startDate first day (YYYY-MM-DD); opts.now is used to reject events already past
 */
export function buildRoadmap(
  profile: ClientProfile,
  trainer: TrainerProfile,
  opts: { startDate: string; now: string | number; method?: Method },
): Roadmap {
  return guard(() => {
    const start = dayNumber(opts.startDate, "startDate");
    const today = dayFromNow(opts.now);
    const level = clientLevel(profile.trainingAgeMonths);
    const goal = profile.goals.primary;
    const cycle = trainer.deloadEveryWeeks;
    const problems = validateTrainerProfile(trainer);
    if (problems.length > 0) {
      const fields = problems.map((p) => ({ path: `trainer.${p.path}`, message: p.message }));
      throw new EngineError("invalid_input", `${fields[0]!.path}: ${fields[0]!.message}`, fields);
    }
    if (!(profile.schedule.daysPerWeek >= 1 && profile.schedule.daysPerWeek <= 7))
      invalid("profile.schedule.daysPerWeek", "must be 1-7");
    let horizon = DEFAULT_HORIZON_WEEKS;
    let taperWeeks = 0;
    const reasons = [
      reason("roadmap.deload_rhythm", `A deload week follows every ${cycle - 1} loading weeks (trainer's rhythm).`, {
        deloadEveryWeeks: cycle,
      }),
    ];
    if (profile.eventDate) {
      const event = dayNumber(profile.eventDate, "profile.eventDate");
      if (event <= Math.max(start, today)) invalid("profile.eventDate", "must be after the start date and today");
      horizon = Math.min(MAX_HORIZON_WEEKS, Math.max(1, Math.floor((event - start) / 7)));
      taperWeeks = horizon >= 8 ? 2 : 1;
      reasons.push(
        reason(
          "roadmap.taper",
          `Event on ${profile.eventDate}: ${taperWeeks}-week taper before it.`,
          { eventDate: profile.eventDate, weeksToEvent: horizon },
          { taperTwoWeeksFromWeeks: 8 },
        ),
      );
    }
    const kinds = taperWeeks > 0 ? peakInto(horizon - taperWeeks, cycle) : sequence(horizon, cycle);
    for (let i = 0; i < taperWeeks; i++) kinds.push("taper");
    const days = opts.method ? opts.method.days : weeklySplit(profile.schedule.daysPerWeek);
    const deloadRule = opts.method?.deload ?? DEFAULT_DELOAD;
    const blocks: Block[] = [];
    let week = 0;
    for (const kind of kinds) {
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === kind) {
        prev.weeks += 1;
      } else {
        const startDate = addDays(opts.startDate, week * 7);
        blocks.push({
          kind,
          startDate,
          weeks: 1,
          split: splitForBlock(days, kind, deloadRule),
          ...blockTargets(kind, goal, level, trainer, deloadRule.setsScale),
        });
      }
      week += 1;
    }
    reasons.push(
      opts.method
        ? reason(
            "roadmap.method",
            `${opts.method.name}: ${days.length} days rotated in order (${days.map((d) => d.label).join(", ")}).`,
            { methodId: opts.method.id, daysPerWeek: profile.schedule.daysPerWeek, methodDays: days.length },
          )
        : reason("roadmap.split", `${days.length} training days per week: ${days.map((d) => d.label).join(", ")}.`, {
            daysPerWeek: profile.schedule.daysPerWeek,
          }),
      reason("roadmap.level", `Training age ${profile.trainingAgeMonths} months → ${level}.`, {
        trainingAgeMonths: profile.trainingAgeMonths,
        level,
      }),
    );
    return {
      version: 1,
      goal,
      startDate: opts.startDate,
      endDate: addDays(opts.startDate, week * 7),
      ...(profile.eventDate ? { eventDate: profile.eventDate } : {}),
      ...(opts.method ? { method: { id: opts.method.id, name: opts.method.name } } : {}),
      blocks,
      reasons,
    };
  });
}

/** Week-by-week kinds: loading phases of `cycle − 1` weeks, each followed by a deload week. */
function sequence(weeks: number, cycle: number): BlockKind[] {
  const out: BlockKind[] = [];
  let phase = 0;
  while (out.length < weeks) {
    for (let i = 0; i < cycle - 1 && out.length < weeks; i++) out.push(PHASES[phase % PHASES.length]!);
    if (out.length < weeks) out.push("deload");
    phase += 1;
  }
  return out;
}

/**
 * Before a taper: the normal sequence, a deload, then a realization block of up to `cycle − 1`
 * weeks, so the peak comes fresh and no loading run exceeds the trainer's rhythm.
 */
function peakInto(weeks: number, cycle: number): BlockKind[] {
  const realization = Math.min(cycle - 1, weeks);
  const out = sequence(weeks - realization, cycle);
  if (out.length > 0 && out[out.length - 1] !== "deload") out[out.length - 1] = "deload";
  for (let i = 0; i < realization; i++) out.push("realization");
  return out;
}
