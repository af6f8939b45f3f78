import {
  applySessionEdit,
  createTrainerProfile,
  EngineError,
  generateSession,
  type Session,
  type SessionEdit,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog, client, input } from "../fixtures/programming.ts";

const trainer = createTrainerProfile({});
const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } });
const base = generateSession(input({}, trainer, c));
const deps = { catalog, trainer };
const SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;
const items = (s: Session) => SECTIONS.flatMap((k) => s[k]);

describe("structural coach edits", () => {
  it("add puts a catalog exercise in with a default dose, no load, and an edit.add reason", () => {
    const next = applySessionEdit(base, { op: "add", section: "main", exerciseId: "goblet-squat", at: 0 }, deps);
    const added = next.main[0]!;
    expect(added.exerciseId).toBe("goblet-squat");
    expect(added).toMatchObject({ sets: 3, reps: 10, role: "accessory", alternatives: [] });
    expect(added.load).toBeUndefined();
    expect(added.reasons.map((r) => r.ruleId)).toEqual(["edit.add"]);
    expect(next.main.length).toBe(base.main.length + 1);
    expect(next.estimatedMinutes).toBeGreaterThan(base.estimatedMinutes);
    expect(base.main[0]!.exerciseId).not.toBe("goblet-squat"); // input untouched
  });
  it("remove drops the item and leaves a session-level edit.remove reason", () => {
    const next = applySessionEdit(base, { op: "remove", section: "main", index: 0 }, deps);
    expect(next.main.length).toBe(base.main.length - 1);
    expect(next.reasons.at(-1)?.ruleId).toBe("edit.remove");
  });
  it("removing a main lift takes its ramp-up sets out of the warm-up", () => {
    const lift = base.main[0]!.exerciseId;
    expect(base.warmup.some((i) => i.role === "ramp" && i.exerciseId === lift)).toBe(true);
    const next = applySessionEdit(base, { op: "remove", section: "main", index: 0 }, deps);
    expect(next.warmup.some((i) => i.exerciseId === lift)).toBe(false);
    expect(next.warmup.length).toBeLessThan(base.warmup.length);
  });
  it("move reorders within the section and marks the moved item", () => {
    const next = applySessionEdit(base, { op: "move", section: "main", index: 1, to: 0 }, deps);
    expect(next.main[0]!.exerciseId).toBe(base.main[1]!.exerciseId);
    expect(next.main[1]!.exerciseId).toBe(base.main[0]!.exerciseId);
    expect(next.main[0]!.reasons.at(-1)?.ruleId).toBe("edit.move");
  });
  it("invalid ops name the field", () => {
    const bad: [SessionEdit, string][] = [
      [{ op: "add", section: "main", exerciseId: "no-such-lift" }, "exerciseId"],
      [{ op: "add", section: "main", exerciseId: "goblet-squat", at: 99 }, "at"],
      [{ op: "remove", section: "main", index: 99 }, "index"],
      [{ op: "move", section: "main", index: 0, to: -1 }, "to"],
    ];
    for (const [edit, path] of bad) {
      let err: unknown;
      try {
        applySessionEdit(base, edit, deps);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(EngineError);
      expect((err as EngineError).fields.map((f) => f.path)).toContain(path);
    }
  });
  it("property: any sequence of valid ops keeps every item well-formed and the duration consistent", () => {
    const ids = ["goblet-squat", "back-squat", "front-plank", "push-up"].filter((id) => catalog.get(id));
    const opArb = fc.record({
      kind: fc.constantFrom("add", "remove", "move"),
      section: fc.constantFrom(...SECTIONS),
      a: fc.nat(20),
      b: fc.nat(20),
      ex: fc.constantFrom(...ids),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        let s = base;
        for (const o of ops) {
          const n = s[o.section].length;
          let edit: SessionEdit;
          if (o.kind === "add") edit = { op: "add", section: o.section, exerciseId: o.ex, at: o.a % (n + 1) };
          else if (n === 0) continue;
          else if (o.kind === "remove") edit = { op: "remove", section: o.section, index: o.a % n };
          else edit = { op: "move", section: o.section, index: o.a % n, to: o.b % n };
          const before = items(s).length;
          s = applySessionEdit(s, edit, deps);
          // A removed main lift may take its warm-up ramp sets with it.
          if (o.kind === "remove") expect(items(s).length).toBeLessThanOrEqual(before - 1);
          else expect(items(s).length).toBe(before + (o.kind === "add" ? 1 : 0));
        }
        for (const it of items(s)) {
          expect(catalog.get(it.exerciseId)).toBeDefined();
          expect(it.sets).toBeGreaterThanOrEqual(1);
          expect(it.reasons.length).toBeGreaterThan(0);
        }
        const secs = items(s).reduce((t, i) => t + i.estimatedSeconds, 0);
        expect(s.estimatedMinutes).toBe(Math.round(secs / 6) / 10);
      }),
      { numRuns: 60 },
    );
  });
});
