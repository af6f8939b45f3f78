import type { Catalog } from "../catalog/index.ts";
import { EngineError, guard, invalid } from "../core/errors.ts";
import { reason } from "../core/reasons.ts";
import { SESSION_SECTIONS, type SessionSection } from "../model/plan.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";
import { roundLoad } from "../units/index.ts";
import { itemSeconds } from "./duration.ts";
import { addedItem, itemAt } from "./edit-structure.ts";
import { groupItems, moveUnit, normalizeGroups, outsideGroups, ungroupAt } from "./groups.ts";
import type { Session, SessionItem } from "./types.ts";
import { cuesFor } from "./voice.ts";

/**
 * A coach's edit of a draft: swap to an offered alternative, change the dose, add a catalog
 * exercise (at `at`, default the end of the section), remove an item, move one within its section
 * (its group moves with it: groups stay contiguous), group `count` neighbours from `index` into a
 * superset or circuit, or ungroup the group of `index`.
 */
export type SessionEdit =
  | {
      op: "group";
      section: SessionSection;
      index: number;
      count: number;
      restAfterSeconds: number;
      restBetweenSeconds?: number;
    }
  | { op: "ungroup"; section: SessionSection; index: number }
  | { op: "swap"; section: SessionSection; index: number; exerciseId: string }
  | { op: "add"; section: SessionSection; exerciseId: string; at?: number }
  | { op: "remove"; section: SessionSection; index: number }
  | { op: "move"; section: SessionSection; index: number; to: number }
  | {
      op: "change";
      section: SessionSection;
      index: number;
      sets?: number;
      reps?: number;
      seconds?: number;
      load?: number;
    };

/**
 * Applies one edit and returns a new session (the input is not mutated). A swap must pick one of
 * the item's `alternatives` (already filtered for equipment and pain); its load is cleared because
 * it belongs to the old exercise. A changed load is rounded to the equipment's increments. Each
 * edit appends a reason so the record shows what the coach changed.
 */
export function applySessionEdit(
  session: Session,
  edit: SessionEdit,
  deps: { catalog: Catalog; trainer: TrainerProfile },
): Session {
  return guard(() => {
    const next: Session = JSON.parse(JSON.stringify(session)) as Session;
    if (!SESSION_SECTIONS.includes(edit.section)) invalid("section", "must be warmup, main, finisher or cooldown");
    const list = next[edit.section];
    if (edit.op === "add") {
      const at = edit.at ?? list.length;
      if (!(Number.isInteger(at) && at >= 0 && at <= list.length)) invalid("at", `must be 0-${list.length}`);
      // Added inside a superset, it goes after it: the coach groups it explicitly.
      list.splice(outsideGroups(list, at, "down"), 0, addedItem(next, edit.section, edit.exerciseId, deps));
      return withDuration(next, deps.catalog);
    }
    const item = itemAt(list, edit.index, edit.section);
    if (edit.op === "group") {
      groupItems(list, edit.index, edit.count, edit);
      return withDuration(next, deps.catalog);
    }
    if (edit.op === "ungroup") {
      for (const m of ungroupAt(list, edit.index)) {
        const ex = deps.catalog.get(m.exerciseId);
        if (ex) m.estimatedSeconds = itemSeconds(ex, m);
      }
      return withDuration(next, deps.catalog);
    }
    if (edit.op === "remove") {
      list.splice(edit.index, 1);
      // A removed lift's ramp-up sets in the warm-up go with it (they only lead into that lift).
      if (edit.section === "main" && !next.main.some((i) => i.exerciseId === item.exerciseId))
        next.warmup = next.warmup.filter((i) => !(i.role === "ramp" && i.exerciseId === item.exerciseId));
      next.reasons.push(
        reason("edit.remove", `Coach removed ${item.name} from ${edit.section}.`, {
          exerciseId: item.exerciseId,
          section: edit.section,
        }),
      );
      return withDuration(next, deps.catalog);
    }
    if (edit.op === "move") {
      moveUnit(list, edit.index, edit.to);
      item.reasons.push(
        reason("edit.move", `Coach moved ${item.name} to position ${list.indexOf(item) + 1}.`, {
          to: list.indexOf(item),
          ...(item.group ? { groupId: item.group.id } : {}),
        }),
      );
      return withDuration(next, deps.catalog);
    }
    const ex = deps.catalog.get(item.exerciseId);
    if (edit.op === "swap") {
      if (!item.alternatives.includes(edit.exerciseId)) {
        throw new EngineError("invalid_input", `exerciseId: "${edit.exerciseId}" is not an offered alternative`, [
          { path: "exerciseId", message: `must be one of: ${item.alternatives.join(", ") || "(none offered)"}` },
        ]);
      }
      const to = deps.catalog.get(edit.exerciseId);
      if (!to)
        throw new EngineError("unknown_exercise", `exerciseId: unknown exercise "${edit.exerciseId}"`, [
          { path: "exerciseId", message: "unknown exercise" },
        ]);
      const swapped: SessionItem = {
        ...item,
        exerciseId: to.id,
        name: to.name,
        pattern: to.pattern,
        tempo: to.tempo,
        cues: cuesFor(to, deps.trainer.voice),
        alternatives: [item.exerciseId, ...item.alternatives.filter((a) => a !== to.id)],
        note: "Swapped by the coach: find today's working weight.",
        reasons: [
          ...item.reasons,
          reason("edit.swap", `Coach swapped ${item.name} for ${to.name}.`, { from: item.exerciseId, to: to.id }),
        ],
      };
      delete swapped.load;
      if (to.measure === "reps" && swapped.reps === undefined) {
        swapped.reps = 8;
        delete swapped.seconds;
      } else if (to.measure !== "reps" && swapped.seconds === undefined) {
        swapped.seconds = 30;
        delete swapped.reps;
      }
      swapped.estimatedSeconds = itemSeconds(to, swapped);
      list[edit.index] = swapped;
    } else {
      const changed: SessionItem = { ...item, reasons: [...item.reasons] };
      if (edit.sets !== undefined) {
        if (!(Number.isInteger(edit.sets) && edit.sets >= 1 && edit.sets <= 20))
          invalid("sets", "must be an integer 1-20");
        changed.sets = edit.sets;
      }
      if (edit.reps !== undefined) {
        if (!(Number.isInteger(edit.reps) && edit.reps >= 1 && edit.reps <= 100))
          invalid("reps", "must be an integer 1-100");
        changed.reps = edit.reps;
      }
      if (edit.seconds !== undefined) {
        if (!(Number.isInteger(edit.seconds) && edit.seconds >= 5 && edit.seconds <= 3600))
          invalid("seconds", "must be an integer 5-3600");
        changed.seconds = edit.seconds;
      }
      if (edit.load !== undefined) {
        if (!(Number.isFinite(edit.load) && edit.load >= 0)) invalid("load", "load must be ≥ 0");
        changed.load = ex ? roundLoad(edit.load, ex.loadType, deps.trainer.loadIncrements[session.unit]) : edit.load;
      }
      const what = (["sets", "reps", "seconds", "load"] as const).filter((k) => edit[k] !== undefined);
      changed.reasons.push(
        reason(
          "edit.change",
          `Coach changed ${what.join(", ")}.`,
          Object.fromEntries(what.map((k) => [k, changed[k] ?? null])),
        ),
      );
      if (ex) changed.estimatedSeconds = itemSeconds(ex, changed);
      list[edit.index] = changed;
    }
    return withDuration(next, deps.catalog);
  });
}

/** Renumbers groups (re-estimating grouped items) and re-estimates the session's minutes. */
function withDuration(next: Session, catalog: Catalog): Session {
  for (const s of SESSION_SECTIONS) normalizeGroups(next[s], (id) => catalog.get(id));
  const seconds = SESSION_SECTIONS.flatMap((s) => next[s]).reduce((n, i) => n + i.estimatedSeconds, 0);
  next.estimatedMinutes = Math.round(seconds / 6) / 10;
  return next;
}
