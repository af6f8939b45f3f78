import { describe, expect, test } from "vitest";
import {
  BUILTIN_EXERCISES,
  BUILTIN_METHODS,
  cohortAudit,
  cohortGroups,
  createCatalog,
  createTrainerProfile,
} from "../../src/index.ts";

const START = "2026-03-02";
const ctx = {
  trainer: createTrainerProfile(),
  methods: BUILTIN_METHODS,
  catalog: createCatalog(BUILTIN_EXERCISES),
  start: START,
};
const report = cohortAudit(cohortGroups(START), ctx);
const unexplained = report.differences.filter((d) => !d.explained);
const of = (attribute: string) => report.differences.filter((d) => d.attribute === attribute);

/**
 * Known: after a few performed sessions, a strength variant's deadlift wave (and one row at 25 kg)
 * sits up to ~8% off the base's when taken relative to strength. The engine never reads the
 * attribute: the tested 5RMs are rounded to 2.5 kg (the base's 92.7 kg becomes 92.5, the ×0.75
 * client's 69.5 becomes 70) and the logged sets that follow move each client's training max by
 * different grid steps. Tracked so that a change that removes the drift (or adds another) shows.
 */
const KNOWN_GRID_DRIFT = (d: (typeof unexplained)[number]) =>
  d.attribute === "strength" && d.dimension === "load" && /main #\d (deadlift|barbell-bent-over-row)$/.test(d.where);

describe("cohort audit of the built-in methods and default trainer profile", () => {
  test("covers every attribute and goal with matched pairs", () => {
    expect(report.pairs).toBe(3 * (3 + 2 + 2 + 2 + 2));
    expect(report.clients).toBe(3 * 12);
    expect(report.explained + report.unexplained).toBe(report.differences.length);
  });

  test("sex alone changes nothing: no exercise, volume, load, flag or tier differs", () => {
    expect(of("sex")).toEqual([]);
  });

  test("body mass at equal strength changes nothing but BMI-based intake notes", () => {
    expect(of("bodyMass").filter((d) => d.dimension !== "intake")).toEqual([]);
    expect(of("bodyMass").every((d) => d.explained)).toBe(true);
  });

  test("an older age band changes the segment (age rule) and, at most, prescriptions through an older-adult method", () => {
    const age = of("ageBand");
    expect(age.some((d) => d.variantValue === "67 years" && d.dimension === "segment")).toBe(true);
    for (const d of age) {
      expect(d.explained).toBe(true);
      if (!["segment", "screening", "intake", "method"].includes(d.dimension)) {
        expect(d.variantValue).toBe("67 years");
        expect(d.rule).toMatch(/^follows from the method change/);
      }
    }
    expect(age.find((d) => d.where === "segment.risk")?.rule).toContain("segment.risk.age");
  });

  test("training age changes level-driven choices, each explained", () => {
    const months = of("trainingAge");
    expect(months.some((d) => d.dimension === "exercise")).toBe(true);
    expect(months.every((d) => d.explained)).toBe(true);
  });

  test("no unexplained difference outside the documented grid drift", () => {
    expect(unexplained.filter((d) => !KNOWN_GRID_DRIFT(d))).toEqual([]);
  });

  test.fails("strength variants' main-lift loads scale with strength within one plate step (grid drift, see KNOWN_GRID_DRIFT)", () => {
    expect(unexplained.filter(KNOWN_GRID_DRIFT)).toEqual([]);
  });

  test("is deterministic", () => {
    expect(cohortAudit(cohortGroups(START, ["strength"]), ctx)).toEqual(
      cohortAudit(cohortGroups(START, ["strength"]), ctx),
    );
  });
});
