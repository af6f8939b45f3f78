import type { Catalog } from "../catalog/index.ts";
import { EngineError, invalid } from "../core/errors.ts";
import { reason } from "../core/reasons.ts";
import type { SessionSection } from "../model/plan.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";
import { itemSeconds } from "./duration.ts";
import { effortOn, TIMED_SECONDS } from "./prescribe.ts";
import type { ItemRole, Session, SessionItem } from "./types.ts";
import { cuesFor } from "./voice.ts";

/**
 * The default dose of an exercise a coach adds by hand, by section: main work is dosed like an
 * accessory slot (3 × 10 at RPE 7, 90 s rest: moderate loads for 8-12 reps are effective for
 * hypertrophy and strength in trained and untrained people, Schoenfeld et al. 2017, J Strength
 * Cond Res; ACSM 2009, Med Sci Sports Exerc); warm-up, finisher and cool-down work is lighter.
 * No load: like a swap, the coach or client finds today's working weight.
 */
const ADDED_DOSE: Record<SessionSection, { role: ItemRole; sets: number; reps: number; rpe?: number; rest: number }> = {
  warmup: { role: "general", sets: 1, reps: 10, rest: 30 },
  main: { role: "accessory", sets: 3, reps: 10, rpe: 7, rest: 90 },
  finisher: { role: "finisher", sets: 2, reps: 12, rpe: 8, rest: 60 },
  cooldown: { role: "cooldown", sets: 1, reps: 8, rest: 0 },
};

/** A new item for an exercise the coach added from the catalog, marked as the coach's. */
export function addedItem(
  session: Session,
  section: SessionSection,
  exerciseId: string,
  deps: { catalog: Catalog; trainer: TrainerProfile },
): SessionItem {
  const ex = deps.catalog.get(exerciseId);
  if (!ex)
    throw new EngineError("unknown_exercise", `exerciseId: unknown exercise "${exerciseId}"`, [
      { path: "exerciseId", message: "unknown exercise" },
    ]);
  const dose = ADDED_DOSE[section];
  const timed = ex.measure !== "reps";
  const item: SessionItem = {
    exerciseId: ex.id,
    name: ex.name,
    pattern: ex.pattern,
    role: dose.role,
    sets: dose.sets,
    ...(timed ? { seconds: TIMED_SECONDS.accessory } : { reps: dose.reps }),
    unit: session.unit,
    ...(dose.rpe !== undefined ? { effort: effortOn(deps.trainer.effortScale, dose.rpe, dose.reps) } : {}),
    restSeconds: dose.rest,
    tempo: ex.tempo,
    cues: cuesFor(ex, deps.trainer.voice),
    note: "Added by the coach: find today's working weight.",
    // Alternatives are offered only where the engine filtered them for equipment and pain.
    alternatives: [],
    estimatedSeconds: 0,
    reasons: [
      reason("edit.add", `Added by coach: ${ex.name} in ${section}.`, {
        exerciseId: ex.id,
        section,
        sets: dose.sets,
        ...(timed ? { seconds: TIMED_SECONDS.accessory } : { reps: dose.reps }),
      }),
    ],
  };
  item.estimatedSeconds = itemSeconds(ex, item);
  return item;
}

/** Checks `index` names an item of `list` (the error names the field). */
export function itemAt(list: SessionItem[], index: number, section: SessionSection): SessionItem {
  const item = list[index];
  if (!Number.isInteger(index) || !item) invalid("index", `no item ${index} in ${section}`);
  return item;
}

/** Moves list[from] to position `to` (0 ≤ to < length), in place. */
export function moveWithin(list: SessionItem[], from: number, to: number): void {
  if (!(Number.isInteger(to) && to >= 0 && to < list.length)) invalid("to", `must be 0-${list.length - 1}`);
  const [item] = list.splice(from, 1);
  if (item) list.splice(to, 0, item);
}
