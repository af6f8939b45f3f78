import type { StoredSessionItem } from "@spotter/contracts";
import { describe, expect, it } from "vitest";
import { groupLabel, groupRestText, groupTitle, planRuns } from "./plan-groups.ts";

const item = (id: string, group?: StoredSessionItem["group"]): StoredSessionItem => ({
  id,
  exerciseId: id,
  name: id,
  pattern: "accessory",
  role: "accessory",
  sets: 3,
  reps: 10,
  unit: "kg",
  restSeconds: 90,
  tempo: "",
  cues: [],
  alternatives: [],
  estimatedSeconds: 300,
  reasons: [],
  ...(group ? { group } : {}),
});
const A = (position: number) => ({ id: "A", kind: "superset" as const, position, size: 2, restAfterSeconds: 90 });

describe("plan groups as shown", () => {
  it("splits a section into items alone and whole groups, keeping indexes", () => {
    const runs = planRuns([item("x"), item("a1", A(1)), item("a2", A(2)), item("y")]);
    expect(runs.map((r) => (r.kind === "single" ? r.item.id : r.items.map((i) => i.id).join("+")))).toEqual([
      "x",
      "a1+a2",
      "y",
    ]);
    expect(runs.map((r) => r.index)).toEqual([0, 1, 3]);
  });
  it("labels members and says the rest in words", () => {
    expect(groupLabel(item("a2", A(2)))).toBe("A2");
    expect(groupLabel(item("x"))).toBeUndefined();
    expect(groupTitle(A(1))).toBe("Superset A");
    expect(groupRestText(A(1))).toBe("rest 90 s after the pair");
    expect(groupRestText({ ...A(1), kind: "circuit", size: 3, restAfterSeconds: 0 })).toBe("no rest after each round");
  });
});
