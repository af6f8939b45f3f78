import {
  buildRoadmap,
  createTrainerProfile,
  EngineError,
  type Roadmap,
  roadmapPosition,
  validateRoadmap,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientArb, trainerArb } from "../fixtures/arbitraries.ts";
import { client, NOW, START } from "../fixtures/programming.ts";

/** Heavy property runs carry an explicit timeout: a loaded 2-core machine must not trip the 5 s default. */
const PROPERTY_TIMEOUT_MS = 30_000;

const trainer = createTrainerProfile();

describe("buildRoadmap", () => {
  it("12 weeks of accumulation → intensification → realization with a deload after every 3 loading weeks", () => {
    const r = buildRoadmap(client(), trainer, { startDate: START, now: NOW });
    expect(r.blocks.map((b) => `${b.kind}:${b.weeks}`)).toEqual([
      "accumulation:3",
      "deload:1",
      "intensification:3",
      "deload:1",
      "realization:3",
      "deload:1",
    ]);
    expect(r.endDate).toBe("2026-05-25");
    expect(validateRoadmap(r)).toEqual([]);
    expect(r.blocks[0]!.split).toHaveLength(3);
    expect(r.blocks[0]!.split[0]!.slots[0]).toEqual({ pattern: "squat", role: "main" });
    // Deload: about half the sets, the same reps as the loading weeks, easier effort.
    const [loading, deload] = [r.blocks[0]!, r.blocks[1]!];
    expect(deload.main.sets / loading.main.sets).toBeGreaterThanOrEqual(0.4);
    expect(deload.main.sets / loading.main.sets).toBeLessThanOrEqual(0.6);
    expect(deload.effort.mainRpe).toBeLessThan(loading.effort.mainRpe);
  });
  it("an event date adds a realization block and a taper ending before the event", () => {
    const r = buildRoadmap(client({ eventDate: "2026-05-04" }), trainer, { startDate: START, now: NOW });
    const kinds = r.blocks.map((b) => b.kind);
    expect(kinds.at(-1)).toBe("taper");
    expect(kinds.at(-2)).toBe("realization");
    expect(r.blocks.at(-1)!.weeks).toBe(2);
    expect(r.endDate <= "2026-05-04").toBe(true);
    expect(r.reasons.map((x) => x.ruleId)).toContain("roadmap.taper");
  });
  it("rejects an event in the past, naming the field", () => {
    expect(() => buildRoadmap(client({ eventDate: "2026-01-01" }), trainer, { startDate: START, now: NOW })).toThrow(
      expect.objectContaining({ code: "invalid_input", path: "profile.eventDate" }),
    );
  });
  it("is deterministic", () => {
    expect(buildRoadmap(client(), trainer, { startDate: START, now: NOW })).toEqual(
      buildRoadmap(client(), trainer, { startDate: START, now: NOW }),
    );
  });
});

describe("roadmapPosition", () => {
  const r = buildRoadmap(client(), trainer, { startDate: START, now: NOW });
  it("finds block and week", () => {
    expect(roadmapPosition(r, START)).toEqual({ blockIndex: 0, weekInBlock: 0, week: 0, status: "active" });
    expect(roadmapPosition(r, "2026-03-24")).toEqual({ blockIndex: 1, weekInBlock: 0, week: 3, status: "active" });
    expect(roadmapPosition(r, "2026-04-08")).toEqual({ blockIndex: 2, weekInBlock: 1, week: 5, status: "active" });
    expect(roadmapPosition(r, "2026-01-01").status).toBe("before");
    expect(roadmapPosition(r, "2027-01-01")).toMatchObject({ blockIndex: 5, status: "after" });
  });
  it("rejects a bad date", () => {
    expect(() => roadmapPosition(r, "2026-02-30")).toThrow(EngineError);
  });
});

describe("validateRoadmap (coach edits)", () => {
  it("lists every problem with its path", () => {
    const r: Roadmap = JSON.parse(JSON.stringify(buildRoadmap(client(), trainer, { startDate: START, now: NOW })));
    r.blocks[0]!.weeks = 4; // later blocks no longer start back to back
    r.blocks[1]!.effort.mainRpe = 11;
    r.blocks[2]!.split[0]!.slots[0]!.role = "accessory";
    r.blocks[3]!.progression = { kind: "double", repRange: [10, 6], incrementPct: 5 };
    const paths = validateRoadmap(r).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "blocks.1.startDate",
        "blocks.1.effort.mainRpe",
        "blocks.2.split.0.slots.0.role",
        "blocks.3.progression.repRange",
      ]),
    );
  });
});

describe("buildRoadmap properties", () => {
  it(
    "valid, contiguous, deload rhythm respected, every date maps to a block",
    () => {
      fc.assert(
        fc.property(
          clientArb,
          trainerArb,
          fc.option(fc.integer({ min: 10, max: 400 }), { nil: undefined }),
          (c, t, eventIn) => {
            const eventDate =
              eventIn === undefined
                ? undefined
                : new Date(Date.parse(`${START}T00:00:00Z`) + eventIn * 86_400_000).toISOString().slice(0, 10);
            const r = buildRoadmap({ ...c, ...(eventDate ? { eventDate } : {}) }, t, { startDate: START, now: NOW });
            expect(validateRoadmap(r)).toEqual([]);
            let loading = 0;
            for (const b of r.blocks) {
              if (b.kind === "deload" || b.kind === "taper") loading = 0;
              else {
                loading += b.weeks;
                expect(loading).toBeLessThanOrEqual(t.deloadEveryWeeks - 1);
              }
            }
            if (eventDate) {
              expect(r.blocks.at(-1)!.kind).toBe("taper");
              expect(r.endDate <= eventDate).toBe(true);
            }
            const weeks = r.blocks.reduce((n, b) => n + b.weeks, 0);
            const p = roadmapPosition(
              r,
              new Date(Date.parse(`${START}T00:00:00Z`) + (weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10),
            );
            expect(p).toMatchObject({ blockIndex: r.blocks.length - 1, status: "active" });
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
