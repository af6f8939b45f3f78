import { describe, expect, it } from "vitest";
import { draftReply, summarizeWeek, type WeekInput } from "../../src/index.ts";

const NOW = "2026-12-07T09:00:00.000Z";
const base: WeekInput = {
  weekStart: "2026-11-30",
  sessionsPlanned: 3,
  sessionsDone: 3,
  loadThisWeek: 1500,
  loadPreviousWeek: 1450,
  readiness: [70, 72, 68],
  weightsKg: [],
  weightGoal: "none",
  painReports: 0,
  openFlags: { red: 0, amber: 0 },
  answers: { energy: 4, sleep: 4, stress: 2, adherenceConfidence: 4 },
};

describe("summarizeWeek", () => {
  it("names an unremarkable week all good, with the load trend and its reason", () => {
    const s = summarizeWeek(base, NOW);
    expect(s.changes).toEqual(["all_good"]);
    expect(s.sessions).toEqual({ planned: 3, done: 3, missed: 0 });
    expect(s.load).toEqual({ thisWeek: 1500, previousWeek: 1450, trend: "flat", changePct: 3.4 });
    expect(s.readinessMean).toBe(70);
    expect(s.reasons.map((r) => r.ruleId)).toEqual(["checkin.week.all_good", "checkin.week.load"]);
  });

  it("orders pain before fatigue before missed sessions before a stalled weight", () => {
    const s = summarizeWeek(
      {
        ...base,
        sessionsDone: 1,
        painReports: 1,
        readiness: [40, 45],
        weightsKg: [80.4, 80.3, 80.5],
        weightGoal: "lose",
        loadThisWeek: 600,
      },
      NOW,
    );
    expect(s.changes).toEqual(["pain", "fatigue", "missed_sessions", "weight_stalled"]);
    expect(s.load.trend).toBe("down");
    expect(s.weight).toEqual({ trend: "flat", changeKg: 0.1 });
    expect(s.reasons.find((r) => r.ruleId === "checkin.week.missed")?.inputs).toEqual({
      planned: 3,
      done: 1,
      missed: 2,
    });
  });

  it("reads fatigue from two low answers even without readiness data", () => {
    const s = summarizeWeek(
      { ...base, readiness: [], answers: { energy: 2, sleep: 1, stress: 3, adherenceConfidence: 4 } },
      NOW,
    );
    expect(s.changes).toEqual(["fatigue"]);
    expect(s.readinessMean).toBeNull();
  });

  it("does not count a weight that moves as stalled, nor a flat weight without a weight goal", () => {
    expect(summarizeWeek({ ...base, weightsKg: [80, 79.4], weightGoal: "lose" }, NOW).changes).toEqual(["all_good"]);
    expect(summarizeWeek({ ...base, weightsKg: [80, 80], weightGoal: "none" }, NOW).changes).toEqual(["all_good"]);
  });
});

describe("draftReply (golden)", () => {
  it("all good, encouraging: no change", () => {
    expect(draftReply(summarizeWeek(base, NOW), "encouraging")).toEqual({
      body: "Great week: 3 of 3 sessions done. Keep doing what you're doing.\n\nTalk soon!",
      action: "no_change",
      keyedOn: ["all_good"],
    });
  });

  it("missed sessions, direct: asks what got in the way, minor change", () => {
    const d = draftReply(summarizeWeek({ ...base, sessionsDone: 1 }, NOW), "direct");
    expect(d).toEqual({
      body: "1/3 sessions this week. What got in the way? Tell me and we'll fit the plan around it.\n\nReply here with anything.",
      action: "minor_change",
      keyedOn: ["missed_sessions"],
    });
  });

  it("pain escalates, technical tone", () => {
    const d = draftReply(summarizeWeek({ ...base, painReports: 2 }, NOW), "technical");
    expect(d.action).toBe("escalate");
    expect(d.body).toBe(
      "Pain was reported this week. I'm reviewing the exercises that load that region and will substitute where needed before the next session.\n\nQuestions welcome here.",
    );
  });

  it("fatigue and stalled weight: minor change, technical lines carry the numbers", () => {
    const s = summarizeWeek({ ...base, readiness: [42], weightsKg: [70, 70.1], weightGoal: "gain" }, NOW);
    const d = draftReply(s, "technical");
    expect(d.keyedOn).toEqual(["fatigue", "weight_stalled"]);
    expect(d.action).toBe("minor_change");
    expect(d.body).toContain("readiness 42");
    expect(d.body).toContain("0.1 kg");
  });

  it("never guilt-trips: no draft in any tone blames the client", () => {
    const weeks = [base, { ...base, sessionsDone: 0 }, { ...base, painReports: 1 }, { ...base, readiness: [30] }];
    for (const tone of ["encouraging", "direct", "technical"] as const)
      for (const w of weeks) {
        const body = draftReply(summarizeWeek(w, NOW), tone).body.toLowerCase();
        for (const word of ["disappoint", "should have", "failed", "lazy", "excuse", "no excuses"])
          expect(body).not.toContain(word);
      }
  });

  it("does not count sessions when none were planned", () => {
    const d = draftReply(summarizeWeek({ ...base, sessionsPlanned: 0, sessionsDone: 0 }, NOW), "direct");
    expect(d.body).toBe(
      "No sessions were planned this week, and nothing in your answers needs a change. Thanks for checking in.\n\nReply here with anything.",
    );
    expect(d.action).toBe("no_change");
  });

  it("is deterministic", () => {
    const s = summarizeWeek({ ...base, sessionsDone: 2 }, NOW);
    expect(draftReply(s, "encouraging")).toEqual(draftReply(s, "encouraging"));
  });
});
