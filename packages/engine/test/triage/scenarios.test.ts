import { describe, expect, test } from "vitest";
import { type CheckIn, dailyPass, type E1rmRecord, EXAMPLE_TIERS, type SessionRecord } from "../../src/index.ts";
import { checkIn, daysBefore, regularSessions, steadyCheckIns } from "../monitoring/fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;

describe("monitoring scenarios (level, evidence, what automation did)", () => {
  test("three missed sessions plus high fatigue → yellow, volume cut and hold wait for the coach", () => {
    const r = dailyPass(
      {
        checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY, { fatigue: 6 })],
        sessions: regularSessions(TODAY, 60, { missedLast: 3 }),
        plan: { weeklySets: 40 },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.level).toBe("yellow");
    const missed = r.signals.find((s) => s.kind === "missed_sessions")!;
    expect(missed.level).toBe("yellow");
    expect(missed.ruleId).toBe("adherence.missed_with_fatigue");
    expect(missed.evidence.inputs).toMatchObject({ missedInARow: 3, fatigue: 6, fatigueHigh: true });
    expect(missed.evidence.dates).toHaveLength(3);
    expect(missed.dueAt).toBe("2026-03-05T06:00:00.000Z"); // 72 h yellow promise of this tier
    const kinds = r.proposals.map((p) => p.proposal.kind).sort();
    expect(kinds).toEqual(["load_hold", "volume_change"]);
    const cut = r.proposals.find((p) => p.proposal.kind === "volume_change")!;
    expect(cut.proposal.diff).toEqual({
      before: { weeklySets: 40, volumeChangePct: 0 },
      after: { weeklySets: 32, volumeChangePct: -20 },
    });
    // Even the self-guided tier, which auto-applies volume changes at green, holds them at yellow.
    expect(r.proposals.every((p) => p.decision === "pending_review")).toBe(true);
    expect(cut.reasons.map((x) => x.ruleId)).toContain("decision.review.client_yellow");
  });

  test("a strong lifter whose e1RM drops while they report feeling fine → yellow with the numbers", () => {
    const e1rms: E1rmRecord[] = [
      { date: daysBefore(TODAY, 20), exerciseId: "back-squat", e1rmKg: 200, rpe: 8 },
      { date: daysBefore(TODAY, 16), exerciseId: "back-squat", e1rmKg: 202, rpe: 8 },
      { date: daysBefore(TODAY, 13), exerciseId: "back-squat", e1rmKg: 201, rpe: 8.5 },
      { date: daysBefore(TODAY, 9), exerciseId: "back-squat", e1rmKg: 203, rpe: 8 },
      { date: daysBefore(TODAY, 5), exerciseId: "back-squat", e1rmKg: 188, rpe: 8 },
      { date: daysBefore(TODAY, 2), exerciseId: "back-squat", e1rmKg: 186, rpe: 8 },
      // A set at a very different effort is not a fair comparison and is ignored.
      { date: daysBefore(TODAY, 30), exerciseId: "back-squat", e1rmKg: 230, rpe: 10 },
    ];
    const r = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY)], sessions: regularSessions(TODAY, 60), e1rms },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    expect(["high", "normal"]).toContain(r.readiness.band);
    expect(r.level).toBe("yellow");
    const drop = r.signals.find((s) => s.kind === "performance_drop")!;
    expect(drop.ruleId).toBe("performance.drop_despite_normal_readiness");
    expect(drop.evidence.inputs).toMatchObject({ exerciseId: "back-squat", recentE1rmKg: 187, referenceE1rmKg: 201.5 });
    expect(drop.evidence.inputs.changePct).toBeCloseTo(-7.2, 1);
    expect(drop.evidence.thresholds).toMatchObject({ changePct: -5 });
    expect(drop.message).toMatch(/check-ins look normal/);
    const hold = r.proposals.find((p) => p.proposal.kind === "load_hold")!;
    expect(hold.proposal.exerciseId).toBe("back-squat");
    expect(hold.decision).toBe("pending_review");
  });

  test("pain after a newly introduced exercise → yellow and a substitution proposal", () => {
    const sessions: SessionRecord[] = regularSessions(TODAY, 60);
    const newEx = "bulgarian-split-squat";
    for (const [ago, pain] of [
      [9, 0],
      [5, 4],
      [2, 5],
    ] as const) {
      sessions.push({
        date: daysBefore(TODAY, ago),
        planned: true,
        completed: true,
        durationMin: 45,
        sessionRpe: 6,
        exercises: [{ exerciseId: newEx, ...(pain ? { pain: [{ region: "knee" as const, severity: pain }] } : {}) }],
      });
    }
    const r = dailyPass(
      {
        checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY)],
        sessions,
        firstExposures: [{ exerciseId: newEx, date: daysBefore(TODAY, 9) }],
        plan: { substitutes: { [newEx]: "goblet-squat" } },
      },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    expect(r.level).toBe("yellow");
    const pain = r.signals.find((s) => s.kind === "pain_after_new_exercise")!;
    expect(pain.evidence.inputs).toMatchObject({
      exerciseId: newEx,
      region: "knee",
      firstExposure: daysBefore(TODAY, 9),
      maxSeverity: 5,
      link: "attributed",
    });
    expect(pain.evidence.dates).toEqual([daysBefore(TODAY, 5), daysBefore(TODAY, 2)]);
    expect(pain.message).toMatch(/may be a factor/);
    const sub = r.proposals.find((p) => p.proposal.kind === "substitution")!;
    expect(sub.proposal.diff.before).toEqual({ exerciseId: newEx });
    expect(sub.proposal.diff.after.exerciseId).toBe("goblet-squat");
    expect(sub.decision).toBe("pending_review");
  });

  test("without first-exposure records, novelty is judged from the data, and check-in pain links by timing", () => {
    const sessions = regularSessions(TODAY, 60);
    sessions.push({
      date: daysBefore(TODAY, 1),
      planned: true,
      completed: true,
      durationMin: 45,
      sessionRpe: 6,
      exercises: [{ exerciseId: "nordic-curl" }],
    });
    const hist = steadyCheckIns(TODAY, 60);
    const r = dailyPass(
      { checkIns: [...hist, checkIn(TODAY, { painReports: [{ region: "knee", severity: 3 }] })], sessions },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    const pain = r.signals.find((s) => s.kind === "pain_after_new_exercise")!;
    expect(pain.evidence.inputs).toMatchObject({
      exerciseId: "nordic-curl",
      link: "temporal",
      firstExposure: daysBefore(TODAY, 1),
    });
    expect(pain.ruleId).toBe("pain.after_new_exercise.temporal");
    // Exercises present since the start of the data are not treated as new.
    expect(r.signals.filter((s) => s.kind === "pain_after_new_exercise")).toHaveLength(1);
  });

  test("an exercise done for months is not 'new', so its pain is not blamed on novelty", () => {
    const sessions = regularSessions(TODAY, 60, { exercises: ["back-squat"] });
    sessions[sessions.length - 1]!.exercises = [{ exerciseId: "back-squat", pain: [{ region: "knee", severity: 3 }] }];
    const r = dailyPass(
      {
        checkIns: steadyCheckIns(TODAY, 60),
        sessions,
        firstExposures: [{ exerciseId: "back-squat", date: "2025-01-01" }],
      },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    expect(r.signals.some((s) => s.kind === "pain_after_new_exercise")).toBe(false);
  });

  test("short sleep with HRV below baseline → yellow, session swap waits, drivers explain", () => {
    const hist = steadyCheckIns(TODAY, 60, { hrv: true });
    // The last three mornings HRV fell well below the client's normal.
    for (const c of hist.slice(-3)) c.hrvLnRmssd = 3.7;
    const today: CheckIn = checkIn(TODAY, { sleepHours: 5, hrvLnRmssd: 3.6, restingHr: 56 });
    const r = dailyPass(
      { checkIns: [...hist, today], sessions: regularSessions(TODAY, 60) },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.level).toBe("yellow");
    const s = r.signals.find((x) => x.kind === "sleep_and_hrv")!;
    expect(s.evidence.inputs.sleepHours).toBe(5);
    expect(Number(s.evidence.inputs.hrv7dMean)).toBeLessThan(Number(s.evidence.thresholds!.hrvLowerBand));
    const items = r.readiness.drivers.map((d) => d.item);
    expect(items).toContain("hrv");
    expect(items).toContain("sleepHours");
    expect(r.readiness.drivers.find((d) => d.item === "hrv")!.effect).toBe("negative");
    const swap = r.proposals.find((p) => p.proposal.kind === "session_swap")!;
    expect(swap.decision).toBe("pending_review");
  });

  test("a steady client with a scheduled increase stays green and gets the progression", () => {
    const r = dailyPass(
      {
        checkIns: [...steadyCheckIns(TODAY, 60, { hrv: true }), checkIn(TODAY, { hrvLnRmssd: 4.2, restingHr: 55 })],
        sessions: regularSessions(TODAY, 60),
        plan: { progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }] },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.level).toBe("green");
    expect(r.readiness.baselineStatus.hrv.ready).toBe(true);
    expect(r.proposals.map((p) => [p.proposal.kind, p.decision])).toEqual([["progression", "auto_apply"]]);
  });
});
