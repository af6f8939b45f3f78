/**
 * Progression decisions through the daily pass: one `progression` proposal per lift, id and date
 * from the log it was decided from (re-runs and later days propose the same id), routed by the tier
 * like every other change (auto-apply at green where the tier allows it, review otherwise, blocked
 * while red); increases wait while monitoring asks to hold, holds never do.
 */
import {
  BUILTIN_EXERCISES,
  createCatalog,
  DEFAULT_INCREMENTS,
  dailyPass,
  decideProgressions,
  deriveProgressionStates,
  EXAMPLE_TIERS,
  type ProgressionDecision,
  type SessionLog,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { checkIn, regularSessions, steadyCheckIns } from "../monitoring/fixtures.ts";

const catalog = createCatalog(BUILTIN_EXERCISES);
const TODAY = "2026-03-02";
const NOW = `${TODAY}T18:00:00Z`;

function decisions(rpe: number): ProgressionDecision[] {
  const log: SessionLog = {
    date: TODAY,
    unit: "kg",
    benchmarks: [],
    exercises: [
      {
        exerciseId: "back-squat",
        target: { sets: 3, reps: 5, load: 100, rpe: 8 },
        sets: [1, 2, 3].map(() => ({ load: 100, reps: 5, rpe, completed: true })),
      },
    ],
  };
  return decideProgressions({
    log,
    states: deriveProgressionStates([log]),
    next: {
      blockKind: "accumulation",
      weekInBlock: 1,
      rule: { kind: "linear", incrementKg: 2.5, failureLimit: 3, resetPct: 10 },
      mainRpe: 8,
    },
    exercise: (id) => catalog.get(id),
    unit: "kg",
    increments: DEFAULT_INCREMENTS.kg,
  });
}

const green = (progressions: ProgressionDecision[], missedLast = 0) => ({
  checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY)],
  sessions: regularSessions(TODAY, 60, { missedLast }),
  plan: { progressions },
});

describe("progression proposals from the loop's decisions", () => {
  it("a progress decision: one proposal with before → after, auto-applied in self-guided, pending in premium", () => {
    const data = green(decisions(8));
    const self = dailyPass(data, EXAMPLE_TIERS.selfGuided, NOW);
    const premium = dailyPass(data, EXAMPLE_TIERS.premium, NOW);
    expect(self.level).toBe("green");
    expect(self.proposals).toHaveLength(1);
    const p = self.proposals[0]!;
    expect(p.proposal).toMatchObject({
      id: `progression:${TODAY}:back-squat`,
      kind: "progression",
      date: TODAY,
      scope: "exercise",
      exerciseId: "back-squat",
      level: "green",
      major: false,
      diff: {
        before: { prescription: "Barbell Back Squat 100 kg × 5 @ RPE 8", loadKg: 100, reps: 5 },
        after: { decision: "progress", prescription: "Barbell Back Squat 102.5 kg × 5", loadKg: 102.5, reps: 5 },
      },
    });
    expect(p.proposal.reasons.map((r) => r.ruleId)).toContain("proposal.progression.progress");
    expect(p.proposal.reasons.map((r) => r.ruleId)).toContain("progression.decision.progress");
    expect(p.decision).toBe("auto_apply");
    expect(premium.proposals[0]!.proposal).toEqual(p.proposal);
    expect(premium.proposals[0]!.decision).toBe("pending_review");
  });

  it("RPE above target: a hold proposal saying why, routed the same way", () => {
    const r = dailyPass(green(decisions(8.5)), EXAMPLE_TIERS.hybrid, NOW);
    expect(r.proposals).toHaveLength(1);
    expect(r.proposals[0]!.proposal.diff.after).toMatchObject({
      decision: "hold",
      loadKg: 100,
      prescription: "hold at 100 kg × 5: RPE 8.5 reported against a target of 8",
    });
    expect(r.proposals[0]!.proposal.reasons.map((x) => x.ruleId)).toContain("progression.decision.hold_rpe");
    expect(r.proposals[0]!.decision).toBe("auto_apply");
    expect(dailyPass(green(decisions(8.5)), EXAMPLE_TIERS.premium, NOW).proposals[0]!.decision).toBe("pending_review");
  });

  it("re-running, or running the next day, proposes the same ids (the server's upsert writes nothing new)", () => {
    const a = dailyPass(green(decisions(8)), EXAMPLE_TIERS.selfGuided, NOW);
    const b = dailyPass(green(decisions(8)), EXAMPLE_TIERS.selfGuided, NOW);
    expect(b).toEqual(a);
    const nextDay = dailyPass(green(decisions(8)), EXAMPLE_TIERS.selfGuided, "2026-03-03T06:00:00Z");
    expect(nextDay.proposals.map((p) => p.proposal.id)).toEqual(a.proposals.map((p) => p.proposal.id));
  });

  it("while monitoring asks to hold, an increase is not proposed; a hold decision still is", () => {
    const progress = dailyPass(green(decisions(8), 3), EXAMPLE_TIERS.selfGuided, NOW);
    expect(progress.proposals.some((p) => p.proposal.kind === "progression")).toBe(false);
    expect(progress.proposals.some((p) => p.proposal.kind === "load_hold")).toBe(true);
    const hold = dailyPass(green(decisions(8.5), 3), EXAMPLE_TIERS.selfGuided, NOW);
    expect(hold.proposals.find((p) => p.proposal.kind === "progression")?.proposal.diff.after.decision).toBe("hold");
  });

  it("an open red blocks it like every other proposal", () => {
    const data = green(decisions(8.5));
    const r = dailyPass(
      { ...data, checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY, { redFlags: { chestPain: true } })] },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.level).toBe("red");
    const p = r.proposals.find((x) => x.proposal.kind === "progression")!;
    expect(p.decision).toBe("blocked");
    expect(p.reasons[0]!.ruleId).toBe("decision.blocked.red");
  });
});
