import {
  applySessionEdit,
  BUILTIN_METHODS,
  createTrainerProfile,
  EngineError,
  type GenerateSessionInput,
  generateSession,
  type Method,
  type Roadmap,
  type Session,
  type SessionEdit,
  type SessionItem,
  validateMethod,
  validateRoadmap,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemSeconds } from "../../src/session/duration.ts";
import { catalog, input } from "../fixtures/programming.ts";

const trainer = createTrainerProfile({});
const deps = { catalog, trainer };

/** The fixture's roadmap with slots [from, from + size) of every day grouped as "A". */
function grouped(base: GenerateSessionInput, from: number, size: number, restAfterSeconds = 90): GenerateSessionInput {
  const roadmap: Roadmap = JSON.parse(JSON.stringify(base.roadmap));
  for (const block of roadmap.blocks)
    for (const day of block.split)
      day.slots.forEach((slot, s) => {
        if (s >= from && s < from + size && from + size <= day.slots.length)
          slot.group = { id: "A", restAfterSeconds, restBetweenSeconds: 0 };
      });
  return { ...base, roadmap };
}

/** Every group id is one contiguous run of ≥ 2 members numbered 1..size. */
function groupsWellFormed(list: SessionItem[]): boolean {
  const runs = new Map<string, number[]>();
  list.forEach((i, k) => {
    if (i.group) runs.set(i.group.id, [...(runs.get(i.group.id) ?? []), k]);
  });
  for (const ks of runs.values()) {
    if (ks.length < 2 || ks.some((k, n) => k !== ks[0]! + n)) return false;
    if (ks.some((k, n) => list[k]!.group!.position !== n + 1 || list[k]!.group!.size !== ks.length)) return false;
    if (list[ks[0]!]!.group!.kind !== (ks.length === 2 ? "superset" : "circuit")) return false;
  }
  return true;
}

const minutesOf = (s: Session) =>
  Math.round([...s.warmup, ...s.main, ...s.finisher, ...s.cooldown].reduce((n, i) => n + i.estimatedSeconds, 0) / 6) /
  10;

describe("supersets and circuits in a method", () => {
  const method = BUILTIN_METHODS[0]!;
  const withGroups = (slots: Partial<Method["days"][number]["slots"][number]>[]): Method => {
    const m: Method = JSON.parse(JSON.stringify(method));
    const day = m.days[0]!;
    while (day.slots.length < slots.length) day.slots.push({ pattern: "horizontal_pull", role: "accessory" });
    slots.forEach((patch, s) => {
      Object.assign(day.slots[s]!, patch);
    });
    return m;
  };
  it("built-in methods stay valid and ungrouped", () => {
    for (const m of BUILTIN_METHODS) {
      expect(validateMethod(m, catalog), m.id).toEqual([]);
      expect(m.days.flatMap((d) => d.slots).some((s) => s.group)).toBe(false);
    }
  });
  it("accepts a superset and a circuit; names the field of each problem", () => {
    const A = { id: "A", restAfterSeconds: 90 };
    expect(validateMethod(withGroups([{}, { group: A }, { group: A }]))).toEqual([]);
    const problems = (m: Method) => validateMethod(m).map((p) => `${p.path}: ${p.message}`);
    expect(problems(withGroups([{}, { group: A }, {}, { group: A }]))).toEqual([
      "days.0.slots.3.group.id: group A's members must be next to each other (slot 2 is its last one)",
    ]);
    expect(problems(withGroups([{}, {}, { group: A }]))).toEqual([
      "days.0.slots.2.group.id: group A has one slot: a superset needs at least two",
    ]);
    expect(
      problems(
        withGroups([
          {},
          { group: { id: "B", restAfterSeconds: 90, restBetweenSeconds: 120 } },
          { group: { id: "B", restAfterSeconds: 60 } },
          { group: { id: "a b", restAfterSeconds: -1 } },
        ]),
      ),
    ).toEqual([
      "days.0.slots.1.group.restBetweenSeconds: rest between members is short: 0-60 s",
      "days.0.slots.2.group.restAfterSeconds: must match the group's first member (slot 2: 90 s)",
      "days.0.slots.2.group.restBetweenSeconds: must match the group's first member (slot 2: 120 s)",
      "days.0.slots.3.group.id: must be 1-8 letters or digits (e.g. A)",
    ]);
  });
});

describe("grouped work in a drafted session", () => {
  const base = input({}, trainer);
  it("a coach's roadmap edit is held to the same group rules", () => {
    expect(validateRoadmap(grouped(base, 1, 2).roadmap)).toEqual([]);
    const lone = grouped(base, 1, 2).roadmap;
    delete lone.blocks[0]!.split[0]!.slots[2]!.group;
    expect(validateRoadmap(lone).map((e) => e.path)).toEqual(["blocks.0.split.0.slots.1.group.id"]);
  });
  it("golden: a superset's members carry the group, reasons and fewer rest seconds", () => {
    const plain = generateSession(base);
    const s = generateSession(grouped(base, 1, 2));
    expect(s.main.slice(1, 3).map((i) => i.group)).toEqual([
      { id: "A", kind: "superset", position: 1, size: 2, restAfterSeconds: 90 },
      { id: "A", kind: "superset", position: 2, size: 2, restAfterSeconds: 90 },
    ]);
    expect(s.main.slice(1, 3).map((i) => i.restSeconds)).toEqual([0, 90]);
    expect(s.main[1]!.reasons.at(-1)).toMatchObject({
      ruleId: "group.superset",
      inputs: { groupId: "A", position: 1, size: 2, restSeconds: 0, restAfterSeconds: 90 },
    });
    expect(s.main[0]!.group).toBeUndefined();
    // The same two lifts, dosed alike, take less time as a pair: A1's sets fill A2's rest.
    const [a1, a2] = s.main.slice(1, 3) as [SessionItem, SessionItem];
    const ex = (i: SessionItem) => catalog.get(i.exerciseId)!;
    const straight = (i: SessionItem) => itemSeconds(ex(i), { ...i, group: undefined, restSeconds: 90 });
    expect(a1.estimatedSeconds + a2.estimatedSeconds).toBeLessThan(straight(a1) + straight(a2));
    expect(a1.estimatedSeconds + a2.estimatedSeconds + (a1.sets - 1) * 90).toBe(straight(a1) + straight(a2));
    expect(s.estimatedMinutes).toBe(minutesOf(s));
    expect(Math.abs(s.estimatedMinutes - 60)).toBeLessThanOrEqual(6);
    expect(plain.main.some((i) => i.group)).toBe(false);
  });
  it("property: fitting to any length never splits a group and keeps the estimate consistent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 20, max: 150 }),
        fc.integer({ min: 0, max: 1000 }),
        (from, size, minutes, seed) => {
          const s = generateSession({
            ...grouped(base, from, size),
            today: { durationMinutes: minutes, newPain: [] },
            seed,
          });
          for (const section of ["warmup", "main", "finisher", "cooldown"] as const)
            if (!groupsWellFormed(s[section])) return false;
          return s.estimatedMinutes === minutesOf(s);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("the coach groups and reorders a draft", () => {
  const base = generateSession(input({}, trainer));
  const edit = (s: Session, e: SessionEdit) => applySessionEdit(s, e, deps);
  const names = (s: Session) =>
    s.main.map((i) => `${i.exerciseId}${i.group ? `:${i.group.id}${i.group.position}` : ""}`);
  it("group, move as a unit, swap partners, ungroup", () => {
    const g = edit(base, { op: "group", section: "main", index: 1, count: 2, restAfterSeconds: 120 });
    const [x, a, b, y] = base.main.map((i) => i.exerciseId) as [string, string, string, string];
    expect(names(g)).toEqual([x, `${a}:A1`, `${b}:A2`, y]);
    expect(g.main[1]!.reasons.at(-1)?.ruleId).toBe("edit.group");
    expect(g.estimatedMinutes).toBeLessThan(base.estimatedMinutes);
    // Up from A1 moves the pair; down from the item before hops over it; inside, partners trade places.
    expect(names(edit(g, { op: "move", section: "main", index: 1, to: 0 }))).toEqual([`${a}:A1`, `${b}:A2`, x, y]);
    expect(names(edit(g, { op: "move", section: "main", index: 0, to: 1 }))).toEqual([`${a}:A1`, `${b}:A2`, x, y]);
    expect(names(edit(g, { op: "move", section: "main", index: 1, to: 2 }))).toEqual([x, `${b}:A1`, `${a}:A2`, y]);
    expect(names(edit(g, { op: "add", section: "main", exerciseId: "push-up", at: 2 })).slice(1, 4)).toEqual([
      `${a}:A1`,
      `${b}:A2`,
      "push-up",
    ]);
    const removed = edit(g, { op: "remove", section: "main", index: 2 });
    expect(removed.main[1]!.group).toBeUndefined();
    expect(removed.main[1]!.reasons.at(-1)?.ruleId).toBe("group.dissolved");
    const un = edit(g, { op: "ungroup", section: "main", index: 2 });
    expect(un.main.some((i) => i.group)).toBe(false);
    expect(un.main[1]!.restSeconds).toBe(120);
  });
  it("refuses bad groupings, naming the field", () => {
    const g = edit(base, { op: "group", section: "main", index: 1, count: 2, restAfterSeconds: 90 });
    const bad: [Session, SessionEdit, string][] = [
      [base, { op: "group", section: "main", index: 0, count: 1, restAfterSeconds: 90 }, "count"],
      [base, { op: "group", section: "main", index: 3, count: 2, restAfterSeconds: 90 }, "count"],
      [
        base,
        { op: "group", section: "main", index: 0, count: 2, restAfterSeconds: 90, restBetweenSeconds: 95 },
        "restBetweenSeconds",
      ],
      [base, { op: "group", section: "main", index: 0, count: 2, restAfterSeconds: 9000 }, "restAfterSeconds"],
      [g, { op: "group", section: "main", index: 0, count: 2, restAfterSeconds: 90 }, "index"],
      [base, { op: "ungroup", section: "main", index: 0 }, "index"],
    ];
    for (const [s, e, path] of bad) {
      const err = (() => {
        try {
          edit(s, e);
        } catch (x) {
          return x;
        }
      })();
      expect(err, JSON.stringify(e)).toBeInstanceOf(EngineError);
      expect((err as EngineError).fields.map((f) => f.path)).toContain(path);
    }
  });
  it("property: any sequence of edits keeps groups contiguous and the minutes consistent", () => {
    const opArb = fc.record({
      kind: fc.constantFrom("group", "ungroup", "move", "remove", "add"),
      a: fc.nat(8),
      b: fc.nat(8),
      n: fc.integer({ min: 2, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 14 }), (ops) => {
        let s = base;
        for (const o of ops) {
          const len = s.main.length;
          if (len === 0) break;
          const i = o.a % len;
          const e: SessionEdit | undefined =
            o.kind === "group"
              ? s.main.slice(i, i + o.n).some((x) => x.group) || i + o.n > len
                ? undefined
                : { op: "group", section: "main", index: i, count: o.n, restAfterSeconds: 60 }
              : o.kind === "ungroup"
                ? s.main[i]!.group
                  ? { op: "ungroup", section: "main", index: i }
                  : undefined
                : o.kind === "move"
                  ? { op: "move", section: "main", index: i, to: o.b % len }
                  : o.kind === "remove"
                    ? { op: "remove", section: "main", index: i }
                    : { op: "add", section: "main", exerciseId: "push-up", at: o.b % (len + 1) };
          if (e) s = edit(s, e);
          if (!groupsWellFormed(s.main) || s.estimatedMinutes !== minutesOf(s)) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
