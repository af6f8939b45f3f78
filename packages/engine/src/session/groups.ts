import { invalid } from "../core/errors.ts";
import { reason } from "../core/reasons.ts";
import type { MethodSlot } from "../method/types.ts";
import { MAX_GROUP_REST_AFTER, MAX_GROUP_REST_BETWEEN } from "../method/validate-groups.ts";
import type { Exercise } from "../model/index.ts";
import { itemSeconds } from "./duration.ts";
import type { SessionItem } from "./types.ts";

/** Most members a circuit may have (a method day holds at most 8 slots). */
export const MAX_GROUP_SIZE = 8;

const kindOf = (size: number) => (size === 2 ? "superset" : "circuit");

/**
 * Makes a section's groups consistent after any change: each run of neighbouring items sharing a
 * group id gets its position, size and kind; the last member's rest is the round's rest. A run
 * left with one member (the other was removed or skipped) is dissolved with a reason; a later run
 * reusing an id that already appeared gets a fresh id, so members are always contiguous. With
 * `exOf`, grouped items' estimates are recomputed (a member's position decides its rests).
 */
export function normalizeGroups(list: SessionItem[], exOf?: (id: string) => Exercise | undefined): SessionItem[] {
  const used = new Set<string>();
  for (let start = 0; start < list.length; ) {
    const id = list[start]!.group?.id;
    let end = start;
    while (id !== undefined && end + 1 < list.length && list[end + 1]!.group?.id === id) end++;
    if (id === undefined) {
      start++;
      continue;
    }
    const size = end - start + 1;
    const fresh = used.has(id) ? nextGroupId(list, used) : id;
    used.add(fresh);
    const restAfter = list[end]!.group!.restAfterSeconds;
    for (let k = start; k <= end; k++) {
      const item = list[k]!;
      if (size === 1) {
        item.restSeconds = item.group!.restAfterSeconds;
        delete item.group;
        item.reasons.push(
          reason("group.dissolved", `${item.name} is no longer in a superset: its partner was removed.`, {
            groupId: id,
            restSeconds: item.restSeconds,
          }),
        );
      } else {
        item.group = { id: fresh, kind: kindOf(size), position: k - start + 1, size, restAfterSeconds: restAfter };
        if (k === end) item.restSeconds = restAfter;
      }
      const ex = exOf?.(item.exerciseId);
      if (ex) item.estimatedSeconds = itemSeconds(ex, item);
    }
    start = end + 1;
  }
  return list;
}

/**
 * Marks a method slot's items as members of its group (position and size follow from the
 * neighbours in normalizeGroups); each rests the group's short rest after its set until then.
 */
export function inGroup(items: SessionItem[], slot: MethodSlot): SessionItem[] {
  const g = slot.group;
  if (!g) return items;
  for (const item of items) {
    item.group = { id: g.id, kind: "superset", position: 1, size: 1, restAfterSeconds: g.restAfterSeconds };
    item.restSeconds = g.restBetweenSeconds ?? 0;
  }
  return items;
}

/** Once the method's groups are final: each member says which group it is in and what the rests are. */
export function groupReasons(list: SessionItem[]): void {
  for (const item of list) {
    const g = item.group;
    if (!g) continue;
    item.reasons.push(
      reason(
        `group.${g.kind}`,
        `${g.id}${g.position} of a ${g.kind} of ${g.size} (the method's group ${g.id}): ${g.position < g.size ? `rest ${item.restSeconds} s, then the next exercise` : `rest ${g.restAfterSeconds} s after each round`}.`,
        {
          groupId: g.id,
          position: g.position,
          size: g.size,
          restSeconds: item.restSeconds,
          restAfterSeconds: g.restAfterSeconds,
        },
      ),
    );
  }
}

/** The first unused single-letter id (A, B, …), then A2, B2, … */
export function nextGroupId(list: SessionItem[], taken: Set<string> = new Set()): string {
  const ids = new Set([...taken, ...list.flatMap((i) => (i.group ? [i.group.id] : []))]);
  for (let round = 1; ; round++)
    for (let c = 65; c <= 90; c++) {
      const id = round === 1 ? String.fromCharCode(c) : `${String.fromCharCode(c)}${round}`;
      if (!ids.has(id)) return id;
    }
}

/** [first, last] index of the unit at `index`: its whole group, or the item alone. */
export function unitSpan(list: SessionItem[], index: number): [number, number] {
  const id = list[index]?.group?.id;
  if (id === undefined) return [index, index];
  let [a, b] = [index, index];
  while (a > 0 && list[a - 1]!.group?.id === id) a--;
  while (b + 1 < list.length && list[b + 1]!.group?.id === id) b++;
  return [a, b];
}

/** An insertion point inside a group moves to the group's start (`up`) or past its end (`down`). */
export function outsideGroups(list: SessionItem[], at: number, toward: "up" | "down"): number {
  const before = list[at - 1]?.group?.id;
  if (before === undefined || list[at]?.group?.id !== before) return at;
  const [a, b] = unitSpan(list, at);
  return toward === "up" ? a : b + 1;
}

/**
 * Moves list[index] so that it lands at `to`, keeping groups contiguous: inside its own group it
 * only changes places with its partners (A2 becomes A1); otherwise its whole group moves with it,
 * and it never lands inside another group (it hops over it). In place.
 */
export function moveUnit(list: SessionItem[], index: number, to: number): void {
  if (!(Number.isInteger(to) && to >= 0 && to < list.length)) invalid("to", `must be 0-${list.length - 1}`);
  const [a, b] = unitSpan(list, index);
  if (list[index]!.group && to >= a && to <= b) {
    const [item] = list.splice(index, 1);
    list.splice(to, 0, item!);
    normalizeGroups(list);
    return;
  }
  const unit = list.splice(a, b - a + 1);
  const down = to > b;
  const at = down ? to - unit.length + 1 : to;
  const k = outsideGroups(list, Math.max(0, Math.min(list.length, at)), down ? "down" : "up");
  list.splice(k, 0, ...unit);
}

/**
 * Groups `count` neighbouring items from `index` into a superset (2) or circuit (3+). None may be
 * in a group already. Members other than the last rest `restBetweenSeconds` after their set; the
 * last rests `restAfterSeconds` after each round. Each member gets a coach's reason.
 */
export function groupItems(
  list: SessionItem[],
  index: number,
  count: number,
  rest: { restAfterSeconds: number; restBetweenSeconds?: number },
): string {
  if (!(Number.isInteger(count) && count >= 2 && count <= MAX_GROUP_SIZE))
    invalid("count", `a superset needs 2-${MAX_GROUP_SIZE} neighbouring exercises`);
  if (index + count > list.length) invalid("count", `only ${list.length - index} items from position ${index + 1}`);
  const between = rest.restBetweenSeconds ?? 0;
  if (!(Number.isInteger(rest.restAfterSeconds) && rest.restAfterSeconds >= 0))
    invalid("restAfterSeconds", `must be whole seconds 0-${MAX_GROUP_REST_AFTER}`);
  if (rest.restAfterSeconds > MAX_GROUP_REST_AFTER) invalid("restAfterSeconds", `must be 0-${MAX_GROUP_REST_AFTER} s`);
  if (!(Number.isInteger(between) && between >= 0 && between <= MAX_GROUP_REST_BETWEEN))
    invalid("restBetweenSeconds", `rest between members is short: 0-${MAX_GROUP_REST_BETWEEN} s`);
  if (between > rest.restAfterSeconds) invalid("restBetweenSeconds", "must not exceed the rest after the round");
  const members = list.slice(index, index + count);
  const grouped = members.find((m) => m.group);
  if (grouped) invalid("index", `${grouped.name} is already in group ${grouped.group!.id}: ungroup it first`);
  const id = nextGroupId(list);
  const kind = kindOf(count);
  members.forEach((m, k) => {
    m.group = { id, kind, position: k + 1, size: count, restAfterSeconds: rest.restAfterSeconds };
    m.restSeconds = k === count - 1 ? rest.restAfterSeconds : between;
    m.reasons.push(
      reason(
        "edit.group",
        `Coach grouped ${members.map((x) => x.name).join(" + ")} as a ${kind} (${id}${k + 1}); rest ${rest.restAfterSeconds} s after each round.`,
        {
          groupId: id,
          kind,
          position: k + 1,
          size: count,
          restAfterSeconds: rest.restAfterSeconds,
          restBetweenSeconds: between,
        },
      ),
    );
  });
  return id;
}

/** Dissolves the group of list[index]: every member trains as straight sets with the round's rest. */
export function ungroupAt(list: SessionItem[], index: number): SessionItem[] {
  const g = list[index]!.group;
  if (!g) invalid("index", `${list[index]!.name} is not in a superset or circuit`);
  const [a, b] = unitSpan(list, index);
  const members = list.slice(a, b + 1);
  for (const m of members) {
    delete m.group;
    m.restSeconds = g.restAfterSeconds;
    m.reasons.push(
      reason("edit.ungroup", `Coach ungrouped ${g.kind} ${g.id}: straight sets, rest ${g.restAfterSeconds} s.`, {
        groupId: g.id,
        restSeconds: g.restAfterSeconds,
      }),
    );
  }
  return members;
}
