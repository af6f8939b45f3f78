import { isObj, num, type Push } from "./validate-slot.ts";

/** A group's short name: "A", "B2", "pull" — it prints before the member number (A1, A2). */
const GROUP_ID = /^[A-Za-z0-9]{1,8}$/;
/** Rest between members is short: a superset's point is to do the next exercise while one recovers. */
export const MAX_GROUP_REST_BETWEEN = 60;
/** Rest after a round: at most what the longest straight-set rest allows (validate-slot's 900 s). */
export const MAX_GROUP_REST_AFTER = 600;

/**
 * Checks a day's groups (slots sharing `group.id`): each id's members are contiguous and at least
 * two, the rests are whole seconds in range with the rest between members no longer than the rest
 * after the round, and every member repeats the first member's rests (paths name the member).
 */
export function checkGroups(slots: unknown[], p: string, push: Push): void {
  const seen = new Map<string, { first: number; last: number; after: unknown; between: unknown }>();
  slots.forEach((slot, s) => {
    if (!isObj(slot) || slot.group === undefined) return;
    const g = slot.group;
    const path = `${p}.${s}.group`;
    if (!isObj(g)) {
      push(path, "must be {id, restAfterSeconds, restBetweenSeconds?}");
      return;
    }
    if (typeof g.id !== "string" || !GROUP_ID.test(g.id)) {
      push(`${path}.id`, "must be 1-8 letters or digits (e.g. A)");
      return;
    }
    if (!(num(g.restAfterSeconds) && Number.isInteger(g.restAfterSeconds)))
      push(`${path}.restAfterSeconds`, `must be whole seconds 0-${MAX_GROUP_REST_AFTER}`);
    else if (g.restAfterSeconds < 0 || g.restAfterSeconds > MAX_GROUP_REST_AFTER)
      push(`${path}.restAfterSeconds`, `must be 0-${MAX_GROUP_REST_AFTER} s`);
    const between = g.restBetweenSeconds ?? 0;
    if (!(num(between) && Number.isInteger(between) && between >= 0 && between <= MAX_GROUP_REST_BETWEEN))
      push(`${path}.restBetweenSeconds`, `rest between members is short: 0-${MAX_GROUP_REST_BETWEEN} s`);
    else if (num(g.restAfterSeconds) && between > g.restAfterSeconds)
      push(`${path}.restBetweenSeconds`, "must not exceed the rest after the round");
    const known = seen.get(g.id);
    if (!known) {
      seen.set(g.id, { first: s, last: s, after: g.restAfterSeconds, between });
      return;
    }
    if (known.last !== s - 1)
      push(`${path}.id`, `group ${g.id}'s members must be next to each other (slot ${known.last + 1} is its last one)`);
    else {
      if (g.restAfterSeconds !== known.after)
        push(
          `${path}.restAfterSeconds`,
          `must match the group's first member (slot ${known.first + 1}: ${known.after} s)`,
        );
      if (between !== known.between)
        push(
          `${path}.restBetweenSeconds`,
          `must match the group's first member (slot ${known.first + 1}: ${known.between} s)`,
        );
    }
    known.last = s;
  });
  for (const [id, g] of seen)
    if (g.first === g.last) push(`${p}.${g.first}.group.id`, `group ${id} has one slot: a superset needs at least two`);
}
