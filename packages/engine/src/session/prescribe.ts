import { type Catalog, type StartingStrength, startingStrength } from "../catalog/index.ts";
import { reason } from "../core/reasons.ts";
import type { ProgressionStates } from "../logging/index.ts";
import type { SlotPrescription } from "../method/index.ts";
import type { ClientProfile, EquipmentInventory, Unit } from "../model/index.ts";
import type { ProgressionRule } from "../model/plan.ts";
import { FIRST_EXPOSURE_RPE, nextLoad } from "../progression/index.ts";
import type { Block, RoadmapPosition, Slot } from "../roadmap/index.ts";
import { percentOf1rm, rirFromRpe, rpeForPercent } from "../strength/index.ts";
import type { EffortScale, TrainerProfile } from "../trainer-profile/index.ts";
import { fromKg, type LoadIncrements, roundLoad } from "../units/index.ts";
import { itemSeconds } from "./duration.ts";
import type { Pick } from "./select.ts";
import { expandSetScheme } from "./set-scheme.ts";
import type { EffortTarget, SessionItem } from "./types.ts";
import { cuesFor } from "./voice.ts";

export type PrescribeContext = {
  trainer: TrainerProfile;
  client: ClientProfile;
  block: Block;
  position: RoadmapPosition;
  states: ProgressionStates;
  unit: Unit;
  increments: LoadIncrements;
  catalog: Catalog;
  /** Today's date (YYYY-MM-DD): how old a baseline or a related lift's log is. */
  today: string;
  /** What today's location actually has (dumbbell range, kettlebells, plate limits). */
  inventory?: EquipmentInventory;
  /** Readiness: load multiplier and RPE shift. */
  intensityScale: number;
  rpeShift: number;
};

/**
 * What the client is known to lift for this exercise: its own log or baseline, else the nearest
 * related lift through the catalog's variant ratios (conservatively discounted).
 */
function startOf(exerciseId: string, ctx: PrescribeContext): { start?: StartingStrength } {
  const start = startingStrength({
    exerciseId,
    catalog: ctx.catalog,
    states: ctx.states,
    baselines: ctx.client.baselines.repMaxes,
    today: ctx.today,
  });
  return start ? { start } : {};
}

/** Seconds of work per set for timed exercises, by role. */
export const TIMED_SECONDS = { main: 45, secondary: 40, accessory: 30 } as const;

/**
 * RPE → the trainer's effort scale: RIR = 10 − RPE; %1RM from the RTS chart for the reps
 * (Tuchscherer 2008, The Reactive Training Manual; RIR scale: Zourdos et al. 2016, J Strength Cond Res),
 * rounded to 0.5.
 */
export function effortOn(scale: EffortScale, rpe: number, reps: number): EffortTarget {
  if (scale === "rir") return { scale, value: rirFromRpe(rpe) };
  if (scale === "percent_1rm") return { scale, value: Math.round(percentOf1rm(Math.max(1, reps), rpe) * 2) / 2 };
  return { scale, value: rpe };
}

/**
 * The slot's rule: the method's rule for the slot, else the block's rule for main lifts, a rep
 * range's double progression, or (when the trainer allows it) double progression for secondary
 * and accessory work, else RPE.
 */
function ruleFor(slot: Slot, ctx: PrescribeContext, reps: number, range?: [number, number]): ProgressionRule {
  if (slot.progression) return slot.progression;
  if (range) return { kind: "double", repRange: range, incrementPct: 5 };
  if (slot.role === "main") return ctx.block.progression;
  if (ctx.trainer.progressionMethods.includes("double")) {
    return { kind: "double", repRange: [Math.max(1, reps - 2), reps + 2], incrementPct: 5 };
  }
  return { kind: "rpe", reps, targetRpe: ctx.block.effort.accessoryRpe };
}

/** The share of the e1RM a rule's percentages refer to (a training max, or the e1RM itself). */
function trainingMaxShare(rule: ProgressionRule): number {
  return rule.kind === "percent_wave" ? rule.trainingMaxPct / 100 : 1;
}

/** The dose the block's defaults give a role (when the method's slot has no prescription). */
function defaultDose(role: Slot["role"], block: Block): SlotPrescription {
  if (role === "main") return { sets: block.main.sets, reps: block.main.reps, rpe: block.effort.mainRpe };
  if (role === "secondary") {
    // Secondary work: a set fewer, a couple more reps, same effort (never fewer than 2 sets when loading).
    const sets =
      block.kind === "deload" || block.kind === "taper"
        ? Math.max(1, block.main.sets - 1)
        : Math.max(2, block.main.sets - 1);
    return { sets, reps: block.main.reps + 2, rpe: block.effort.mainRpe };
  }
  return { sets: block.accessory.sets, reps: block.accessory.reps, rpe: block.effort.accessoryRpe };
}

/** Turns a picked exercise into a prescription: dose, load, effort, rest, tempo, cues, reasons. */
export function prescribeSlot(pick: Pick, slot: Slot, ctx: PrescribeContext): SessionItem[] {
  const ex = pick.exercise;
  const { block, trainer } = ctx;
  const goal = ctx.client.goals.primary;
  const fromMethod = slot.prescription?.[block.kind];
  const p = fromMethod ?? defaultDose(slot.role, block);
  const range = Array.isArray(p.reps) ? p.reps : undefined;
  const dose = { sets: p.sets, reps: range ? range[0] : (p.reps as number) };
  const rule = ruleFor(slot, ctx, dose.reps, range);
  // A %1RM wave without a slot percentage: this week's step sets the top % and the reps.
  const wave =
    rule.kind === "percent_wave" && p.percent1rm === undefined && rule.waves.length > 0
      ? rule.waves[ctx.position.weekInBlock % rule.waves.length]
      : undefined;
  if (wave && !p.topSet) dose.reps = wave.reps;
  const pctOfMax = p.percent1rm ?? wave?.pct;
  // A %1RM on a training-max wave is of the training max (e.g. 90% of the e1RM).
  const percent = pctOfMax !== undefined ? pctOfMax * trainingMaxShare(rule) : undefined;
  // A top set is what the loads are computed for; back-off sets follow from it.
  const target = p.topSet ? { reps: p.topSet.reps, rpe: p.topSet.rpe } : undefined;
  if (target) dose.reps = target.reps;
  const baseRpe =
    target?.rpe ?? p.rpe ?? (percent !== undefined ? rpeForPercent(dose.reps, percent) : block.effort.mainRpe);
  const rpe = Math.max(5, baseRpe + ctx.rpeShift);
  const rest =
    p.restSeconds ??
    (slot.role === "accessory" ? trainer.restSecondsByGoal[goal].accessory : trainer.restSecondsByGoal[goal].main);
  const doseReason = fromMethod
    ? reason(
        "dose.method",
        `${dose.sets} × ${range ? `${range[0]}-${range[1]}` : dose.reps}${pctOfMax !== undefined ? ` at ${pctOfMax}%${rule.kind === "percent_wave" ? " of the training max" : ""}` : ` at RPE ${baseRpe}`}: the method's ${slot.label ?? slot.role} prescription for ${/^[aeiou]/.test(block.kind) ? "an" : "a"} ${block.kind} week.`,
        { blockKind: block.kind, role: slot.role, slot: slot.label ?? null, weekInBlock: ctx.position.weekInBlock },
        {
          sets: dose.sets,
          reps: range ? `${range[0]}-${range[1]}` : dose.reps,
          ...(p.rpe !== undefined ? { rpe: p.rpe } : {}),
          ...(pctOfMax !== undefined ? { percent1rm: pctOfMax } : {}),
        },
      )
    : reason(
        "dose.block",
        `${dose.sets} × ${dose.reps} at RPE ${baseRpe} for a ${slot.role} slot in ${/^[aeiou]/.test(block.kind) ? "an" : "a"} ${block.kind} block for ${goal.replaceAll("_", " ")} (${block.focus.toLowerCase()}).`,
        { blockKind: block.kind, role: slot.role, goal, weekInBlock: ctx.position.weekInBlock },
        { sets: dose.sets, reps: dose.reps, rpe: baseRpe },
      );
  const reasons = [
    ...pick.reasons,
    doseReason,
    reason(
      "rest.goal",
      `${rest} s rest: the trainer's rest for ${goal.replaceAll("_", " ")} ${slot.role === "accessory" ? "accessories" : "main lifts"}.`,
      { goal },
      { restSeconds: rest },
    ),
  ];
  const timed = ex.measure !== "reps";
  let load: number | undefined;
  let reps: number | undefined = dose.reps;
  let seconds: number | undefined;
  let note: string | undefined;
  let effortRpe = rpe;
  if (timed) {
    reps = undefined;
    seconds = p.seconds ?? TIMED_SECONDS[slot.role];
    const st = ctx.states[ex.id];
    if (!st) effortRpe = Math.min(rpe, FIRST_EXPOSURE_RPE);
    if (ex.loadType !== "bodyweight" && ex.loadType !== "band") {
      if (st && st.lastLoadKg > 0) {
        // Timed loaded work (carries, holds) progresses by time, so the load holds; "down" keeps it
        // from creeping up through rounding.
        const raw = fromKg(st.lastLoadKg, ctx.unit) * ctx.intensityScale;
        load = roundLoad(raw, ex.loadType, ctx.increments, "down");
        reasons.push(
          reason("load.timed_hold", `Timed loaded work: last load held (${load} ${ctx.unit}); progress by time.`, {
            lastLoadKg: st.lastLoadKg,
            intensityScale: ctx.intensityScale,
          }),
        );
      } else note = "Pick a load you can hold with good posture for the whole interval.";
    }
  } else {
    const p = nextLoad({
      exercise: ex,
      state: ctx.states[ex.id],
      rule,
      target: { reps: dose.reps, rpe, ...(percent !== undefined ? { percent1rm: percent } : {}) },
      weekInBlock: ctx.position.weekInBlock,
      deload: block.kind === "deload",
      ...startOf(ex.id, ctx),
      ...(ctx.inventory ? { inventory: ctx.inventory } : {}),
      unit: ctx.unit,
      increments: ctx.increments,
      intensityScale: ctx.intensityScale,
    });
    load = p.load;
    reps = p.reps;
    note = p.note;
    effortRpe = p.rpe;
    reasons.push(...p.reasons);
  }
  const effort = effortOn(trainer.effortScale, effortRpe, reps ?? 1);
  reasons.push(
    reason(
      "effort.target",
      `Effort target ${effort.value} on the trainer's ${trainer.effortScale} scale (RPE ${effortRpe}).`,
      { rpe: effortRpe },
      {
        scale: trainer.effortScale,
      },
    ),
  );
  const item: SessionItem = {
    exerciseId: ex.id,
    name: ex.name,
    pattern: ex.pattern,
    role: slot.role,
    sets: dose.sets,
    ...(reps !== undefined ? { reps } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    ...(load !== undefined ? { load } : {}),
    unit: ctx.unit,
    effort,
    restSeconds: rest,
    tempo: ex.tempo,
    cues: cuesFor(ex, trainer.voice),
    ...(note ? { note } : {}),
    alternatives: pick.alternatives,
    estimatedSeconds: 0,
    reasons,
  };
  item.estimatedSeconds = itemSeconds(ex, item);
  const scheme = fromMethod && pctOfMax !== undefined ? { ...fromMethod, percent1rm: pctOfMax } : fromMethod;
  return expandSetScheme(item, scheme, ex, ctx);
}
