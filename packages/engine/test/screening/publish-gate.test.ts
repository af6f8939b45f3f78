import {
  type ClearanceRequirement,
  generateSession,
  openClearance,
  publishGate,
  publishGateFor,
  type Session,
} from "@spotter/engine";
import { describe, expect, test } from "vitest";
import { catalog, input } from "../fixtures/programming.ts";
import { NOW, screened } from "./fixtures.ts";

const exerciseOf = (id: string) => catalog.get(id);
// A first draft is at RPE 6 (first exposures); a coach's edit to RPE 8 makes it vigorous. The
// seeded finisher is left out: which one the draft draws (a sprint is vigorous) moves with the
// catalog's size, and this plan stands for moderate work.
const normal: Session = { ...generateSession(input()), finisher: [] };
const hard: Session = {
  ...normal,
  main: normal.main.map((i) => ({ ...i, effort: { scale: "rpe" as const, value: 8 } })),
};
const jumps: Session = { ...normal, finisher: [{ ...normal.main[0]!, exerciseId: "box-jump", effort: undefined }] };
const vigorousOnly: ClearanceRequirement = { kind: "medical", see: "physician", scope: "vigorous", reasons: [] };
const anyWork: ClearanceRequirement = { kind: "pregnancy", see: "obstetric_care_provider", scope: "any", reasons: [] };
const red = { id: "f1", level: "red" as const, ruleId: "red_flag.chest_pain" };

describe("publishGate: the one rule every publishing route calls", () => {
  test("normal session, nothing open → allowed", () => {
    expect(publishGate({ openClearance: [], openFlags: [], plan: normal, exerciseOf }).decision).toBe("allowed");
  });

  test("an open red flag refuses, naming the flag; a yellow does not", () => {
    const r = publishGate({ openClearance: [], openFlags: [red], plan: normal, exerciseOf });
    expect(r).toMatchObject({
      decision: "refused",
      reasons: [{ ruleId: "publish.red_flag_open", inputs: { flagId: "f1" } }],
    });
    expect(
      publishGate({ openClearance: [], openFlags: [{ ...red, level: "yellow" }], plan: normal, exerciseOf }).decision,
    ).toBe("allowed");
  });

  test("missing vigorous clearance refuses a vigorous plan but allows the gated draft", () => {
    for (const plan of [hard, jumps])
      expect(publishGate({ openClearance: [vigorousOnly], openFlags: [], plan, exerciseOf })).toMatchObject({
        decision: "refused",
        reasons: [{ ruleId: "publish.vigorous_without_clearance" }],
      });
    expect(publishGate({ openClearance: [vigorousOnly], openFlags: [], plan: normal, exerciseOf }).decision).toBe(
      "allowed",
    );
    const client = screened({ heartCondition: true });
    const gated = generateSession(input({}, undefined, client));
    const open = openClearance(client, NOW);
    expect(open).toHaveLength(1);
    expect(publishGate({ openClearance: open, openFlags: [], plan: gated, exerciseOf }).decision).toBe(
      open[0]!.scope === "any" ? "refused" : "allowed",
    );
  });

  test("a clearance of scope any refuses even light work", () => {
    const light = { ...normal, main: [], finisher: [] };
    expect(publishGate({ openClearance: [anyWork], openFlags: [], plan: light, exerciseOf })).toMatchObject({
      decision: "refused",
      reasons: [{ ruleId: "publish.clearance_missing", inputs: { see: "obstetric_care_provider" } }],
    });
  });

  test("an override with a reason publishes, keeps the blockers for the audit; a short reason does not", () => {
    const o = { reason: "Cardiologist cleared by phone, letter to follow", by: "coach-1" };
    const r = publishGate({ openClearance: [vigorousOnly], openFlags: [red], plan: hard, exerciseOf, override: o });
    expect(r.decision).toBe("allowed_with_override");
    expect(r.reasons.map((x) => x.ruleId)).toEqual([
      "publish.red_flag_open",
      "publish.vigorous_without_clearance",
      "publish.override",
    ]);
    const short = publishGate({
      openClearance: [],
      openFlags: [red],
      plan: normal,
      exerciseOf,
      override: { reason: " ok ", by: "c" },
    });
    expect(short.decision).toBe("refused");
    expect(short.reasons.map((x) => x.ruleId)).toContain("publish.override_too_short");
  });

  test("a load at or above 60% of a known 1RM is vigorous when the caller gives the 1RMs", () => {
    const loaded: Session = { ...normal, main: [{ ...normal.main[0]!, load: 60, effort: { scale: "rpe", value: 5 } }] };
    const base = { openClearance: [vigorousOnly], openFlags: [], plan: loaded, exerciseOf };
    expect(publishGate({ ...base, oneRmOf: () => 100 }).decision).toBe("refused");
    expect(publishGate({ ...base, oneRmOf: () => 101 }).decision).toBe("allowed");
    expect(publishGate(base).decision).toBe("allowed");
  });

  test("publishGateFor reads the profile's open clearance at now (a recorded clearance lifts it)", () => {
    const client = screened({ chestPainActivity: true });
    const rest = { openFlags: [], plan: normal, exerciseOf };
    expect(publishGateFor(client, NOW, rest).decision).toBe("refused");
    const cleared = {
      ...client,
      clearances: [
        {
          kind: "medical" as const,
          clearedBy: "Dr E",
          recordedBy: "coach",
          date: "2026-03-01",
          restrictions: [],
          vigorousAllowed: true,
        },
      ],
    };
    expect(publishGateFor(cleared, NOW, rest).decision).toBe("allowed");
  });
});
