import { reason } from "../core/reasons.ts";
import type { Exercise, MovementPattern } from "../model/index.ts";
import type { FinisherStyle, WarmupStyle } from "../trainer-profile/index.ts";
import { minimumLoad, roundLoad } from "../units/index.ts";
import { itemSeconds } from "./duration.ts";
import type { PrescribeContext } from "./prescribe.ts";
import { allowed, type SelectionContext } from "./select.ts";
import type { ItemRole, SessionItem } from "./types.ts";
import { cuesFor } from "./voice.ts";

/**
 * Ramp-up sets as (% of the first work-set load, reps), by warm-up style: fewer, bigger jumps
 * when the trainer ramps only; a longer, gentler climb for movement prep.
 */
export const RAMP_STEPS: Record<WarmupStyle, [number, number][]> = {
  general_then_ramp: [
    [0.5, 5],
    [0.7, 3],
    [0.85, 1],
  ],
  ramp_only: [
    [0.4, 8],
    [0.6, 5],
    [0.8, 2],
  ],
  movement_prep: [
    [0.4, 8],
    [0.55, 5],
    [0.7, 3],
    [0.8, 2],
    [0.9, 1],
  ],
};

/** Drills before the ramp: how many general drills and mobility drills each style uses. */
const WARMUP_DRILLS: Record<WarmupStyle, { general: number; mobility: number }> = {
  general_then_ramp: { general: 2, mobility: 0 },
  ramp_only: { general: 0, mobility: 0 },
  movement_prep: { general: 1, mobility: 2 },
};

const FINISHER_PATTERNS: Record<Exclude<FinisherStyle, "none">, MovementPattern[]> = {
  conditioning: ["conditioning"],
  core: ["core_anti_extension", "core_anti_rotation", "core_anti_lateral_flexion"],
  carry: ["carry"],
};

/**
 * Picks up to `n` allowed exercises from patterns, preferring a tag, then timed drills (their
 * seconds are what duration fitting stretches), in seeded order.
 */
function pickDrills(
  c: SelectionContext,
  patterns: MovementPattern[],
  tag: string,
  n: number,
  taken: Set<string>,
): Exercise[] {
  const pool = patterns
    .flatMap((p) => c.catalog.byPattern(p))
    .filter((ex) => !taken.has(ex.id) && allowed(ex, c))
    .map((ex) => ({ ex, s: (ex.tags.includes(tag) ? 2 : 0) + (ex.measure === "time" ? 1 : 0) + c.rng.next() }))
    .sort((a, b) => b.s - a.s);
  const out = pool.slice(0, n).map((p) => p.ex);
  for (const ex of out) taken.add(ex.id);
  return out;
}

function drillItem(
  ex: Exercise,
  role: ItemRole,
  sets: number,
  seconds: number,
  rest: number,
  ctx: PrescribeContext,
  why: string,
  ruleId: string,
): SessionItem {
  const timed = ex.measure !== "reps";
  const item: SessionItem = {
    exerciseId: ex.id,
    name: ex.name,
    pattern: ex.pattern,
    role,
    sets,
    ...(timed
      ? { seconds }
      : { reps: Math.max(4, Math.round(seconds / Math.max(1, ex.secondsPerRep * (ex.unilateral ? 2 : 1)))) }),
    unit: ctx.unit,
    restSeconds: rest,
    tempo: ex.tempo,
    cues: cuesFor(ex, ctx.trainer.voice),
    alternatives: [],
    estimatedSeconds: 0,
    reasons: [
      reason(ruleId, why, { style: role === "finisher" ? ctx.trainer.finisherStyle : ctx.trainer.warmupStyle }),
    ],
  };
  item.estimatedSeconds = itemSeconds(ex, item);
  return item;
}

/** General warm-up drills per the trainer's warm-up style. */
export function generalWarmup(c: SelectionContext, ctx: PrescribeContext, taken: Set<string>): SessionItem[] {
  const d = WARMUP_DRILLS[ctx.trainer.warmupStyle];
  const general = pickDrills(c, ["warmup"], "general_warmup", d.general, taken);
  const mobility = pickDrills(c, ["mobility"], "activation", d.mobility, taken);
  return [...general, ...mobility].map((ex) =>
    drillItem(
      ex,
      "general",
      1,
      60,
      0,
      ctx,
      `General warm-up (${ctx.trainer.warmupStyle.replaceAll("_", " ")}): raise temperature, rehearse the day's patterns.`,
      "warmup.general",
    ),
  );
}

/** Ramp-up sets toward the main lift's first work set; none when it has no load. */
export function rampSets(main: SessionItem, ex: Exercise, ctx: PrescribeContext): SessionItem[] {
  if (ex.loadType === "bodyweight" || ex.loadType === "band" || ex.measure !== "reps") return [];
  if (main.load === undefined || main.load <= minimumLoad(ex.loadType, ctx.increments)) return [buildUp(main, ex, ctx)];
  const steps = RAMP_STEPS[ctx.trainer.warmupStyle];
  const out: SessionItem[] = [];
  let prev = -1;
  for (const [pct, reps] of steps) {
    const load = roundLoad(main.load * pct, ex.loadType, ctx.increments, "down");
    if (load >= main.load || load <= prev) continue;
    prev = load;
    const item: SessionItem = {
      exerciseId: ex.id,
      name: ex.name,
      pattern: ex.pattern,
      role: "ramp",
      sets: 1,
      reps,
      load,
      unit: ctx.unit,
      restSeconds: 60,
      tempo: ex.tempo,
      cues: ["Same setup as the work sets; move it crisply and save energy"],
      alternatives: [],
      estimatedSeconds: 0,
      reasons: [
        reason(
          "warmup.ramp",
          `Ramp set at ${Math.round(pct * 100)}% of the first work set (${main.load} ${ctx.unit}).`,
          { workLoad: main.load, style: ctx.trainer.warmupStyle },
          { pct: pct * 100, reps },
        ),
      ],
    };
    item.estimatedSeconds = itemSeconds(ex, item);
    out.push(item);
  }
  return out;
}

/** The finisher per the trainer's finisher style (none → empty). */
export function finisher(c: SelectionContext, ctx: PrescribeContext, taken: Set<string>): SessionItem[] {
  const style = ctx.trainer.finisherStyle;
  if (style === "none") return [];
  return pickDrills(c, FINISHER_PATTERNS[style], "finisher", 1, taken).map((ex) =>
    drillItem(
      ex,
      "finisher",
      3,
      30,
      30,
      ctx,
      `Finisher (${style}): short, hard, low skill, as the trainer's style asks.`,
      "finisher.style",
    ),
  );
}

/** Cool-down: low-intensity mobility, timed. */
export function cooldown(c: SelectionContext, ctx: PrescribeContext, taken: Set<string>): SessionItem[] {
  return pickDrills(c, ["mobility"], "cooldown", 2, taken).map((ex) =>
    drillItem(
      ex,
      "cooldown",
      1,
      60,
      0,
      ctx,
      "Cool-down: easy mobility to bring the heart rate down.",
      "cooldown.mobility",
    ),
  );
}

/** No known working load yet (first exposure): light build-up sets that double as the search for it. */
function buildUp(main: SessionItem, ex: Exercise, ctx: PrescribeContext): SessionItem {
  const item: SessionItem = {
    exerciseId: ex.id,
    name: ex.name,
    pattern: ex.pattern,
    role: "ramp",
    sets: 2,
    reps: 5,
    unit: ctx.unit,
    restSeconds: 60,
    tempo: ex.tempo,
    cues: ["Start very light and add a little each set; stop while it still feels easy"],
    note: "Build-up sets: the lightest load available, then a little heavier.",
    alternatives: [],
    estimatedSeconds: 0,
    reasons: [
      reason(
        "warmup.build_up",
        `No working load known yet for ${main.name}: two light build-up sets rehearse it first.`,
        {
          workLoad: main.load ?? null,
        },
      ),
    ],
  };
  item.estimatedSeconds = itemSeconds(ex, item);
  return item;
}
