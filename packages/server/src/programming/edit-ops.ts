import type { SessionEditRequest, SessionPlan } from "@spotter/contracts";
import { SESSION_SECTIONS, type SessionEdit } from "@spotter/engine";
import { validationError } from "../http/errors.ts";
import { locateItem } from "./sessions-store.ts";

type Op = SessionEditRequest["ops"][number];

/** One API op (items named by id) → the engine's edit (items named by section and index). */
export function toEngineEdit(plan: SessionPlan, op: Op, i: number): SessionEdit {
  if (op.op === "add") {
    return {
      op: "add",
      section: op.section,
      exerciseId: op.exerciseId,
      ...(op.position !== undefined ? { at: op.position } : {}),
    };
  }
  if (op.op === "group") return groupEdit(plan, op, i);
  const at = locateItem(plan, op.itemId);
  if (!at) throw validationError(`body.ops.${i}.itemId`, `no item "${op.itemId}" in this session`);
  switch (op.op) {
    case "swap":
      return { op: "swap", ...at, exerciseId: op.exerciseId };
    case "remove":
      return { op: "remove", ...at };
    case "ungroup":
      return { op: "ungroup", ...at };
    case "move": {
      const to = at.index + (op.direction === "up" ? -1 : 1);
      if (to < 0 || to >= plan[at.section].length)
        throw validationError(`body.ops.${i}.direction`, `item is already ${op.direction === "up" ? "first" : "last"}`);
      return { op: "move", ...at, to };
    }
    case "set": {
      const dose = (["sets", "reps", "seconds", "load"] as const).filter((k) => op[k] !== undefined);
      if (dose.length === 0) throw validationError(`body.ops.${i}`, "change at least one of sets, reps, seconds, load");
      return { op: "change", ...at, ...Object.fromEntries(dose.map((k) => [k, op[k]])) };
    }
  }
}

/** The listed items must be neighbours in one section (any order); the engine groups them from the first. */
function groupEdit(plan: SessionPlan, op: Extract<Op, { op: "group" }>, i: number): SessionEdit {
  const at = op.itemIds.map((id, k) => {
    const found = locateItem(plan, id);
    if (!found) throw validationError(`body.ops.${i}.itemIds.${k}`, `no item "${id}" in this session`);
    return found;
  });
  const section = at[0]!.section;
  if (at.some((a) => a.section !== section))
    throw validationError(`body.ops.${i}.itemIds`, "items of one section only can be grouped");
  const indexes = at.map((a) => a.index).sort((x, y) => x - y);
  if (indexes.some((x, k) => x !== indexes[0]! + k))
    throw validationError(
      `body.ops.${i}.itemIds`,
      "only neighbouring items can be grouped (move them next to each other)",
    );
  return {
    op: "group",
    section,
    index: indexes[0]!,
    count: indexes.length,
    restAfterSeconds: op.restAfterSeconds,
    ...(op.restBetweenSeconds !== undefined ? { restBetweenSeconds: op.restBetweenSeconds } : {}),
  };
}

/** The engine's field path → the request's (section/index/to are how the API's itemId/direction arrive). */
export function enginePathToField(op: Op, path: string): string {
  if (path === "index" || path === "section") return op.op === "add" ? "section" : "itemId";
  if (path === "at") return "position";
  if (path === "to") return "direction";
  if (path === "count") return "itemIds";
  return path;
}

/** Gives an item the engine added an id no other item of its section has (`main-7`); ids never move. */
export function withNewItemIds(plan: SessionPlan): SessionPlan {
  for (const section of SESSION_SECTIONS) {
    const items = plan[section] as (SessionPlan["main"][number] | Omit<SessionPlan["main"][number], "id">)[];
    let next =
      Math.max(
        -1,
        ...items.map((it) => ("id" in it ? Number(String(it.id).split("-").pop()) : -1)).filter(Number.isFinite),
      ) + 1;
    plan[section] = items.map((it) =>
      "id" in it && it.id ? it : { ...it, id: `${section}-${next++}` },
    ) as SessionPlan["main"];
  }
  return plan;
}

/** A short description of an op for the plan's coach.edit reason. */
export function describeOp(op: Op): string {
  if (op.op === "group") return `group ${op.itemIds.join(" + ")}`;
  return op.op === "add" ? `add ${op.exerciseId} to ${op.section}` : `${op.op} ${op.itemId}`;
}
