import { describe, expect, test } from "vitest";
import { type CheckIn, computeMonitoring, dailyPass, EXAMPLE_TIERS, type SessionRecord } from "../../src/index.ts";
import { checkIn, daysBefore, regularSessions, steadyCheckIns } from "./fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;

/** Daily sessions: 300 AU for 5 weeks, then 600 AU in the last 7 days (load doubled). */
function loadSpike(): SessionRecord[] {
  const out: SessionRecord[] = [];
  for (let ago = 42; ago >= 1; ago--) {
    const hard = ago <= 7;
    out.push({
      date: daysBefore(TODAY, ago),
      planned: true,
      completed: true,
      durationMin: hard ? 75 : 60,
      sessionRpe: hard ? 8 : 5,
    });
  }
  return out;
}

const kinds = (r: { signals: { kind: string; level: string }[] }) => r.signals.map((s) => `${s.kind}:${s.level}`);

describe("monitoring signals", () => {
  test("a load spike alone is green information with caveats; with high fatigue it is yellow with a volume cut", () => {
    const plan = { weeklySets: 30 };
    const alone = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY)], sessions: loadSpike(), plan },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    const spike = alone.signals.find((s) => s.kind === "load_spike")!;
    expect(spike.level).toBe("green");
    expect(spike.ruleId).toBe("load.spike_only");
    // Last 7 days: 6 × 600 AU (today is a rest day); the 7 before: 600 + 6 × 300.
    expect(spike.evidence.inputs.weekToWeekChangePct).toBe(50);
    expect(spike.message).toMatch(/not an injury predictor/);
    expect(alone.level).toBe("green");
    expect(alone.proposals.some((p) => p.proposal.kind === "volume_change")).toBe(false);

    const tired = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY, { fatigue: 6 })], sessions: loadSpike(), plan },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(tired.signals.find((s) => s.kind === "load_spike")).toMatchObject({
      level: "yellow",
      ruleId: "load.spike_with_fatigue",
    });
    const cut = tired.proposals.find((p) => p.proposal.kind === "volume_change")!;
    expect(cut.proposal.diff.after).toEqual({ weeklySets: 24, volumeChangePct: -20 });
    expect(cut.decision).toBe("pending_review");
  });

  test("three low-readiness days in a row → yellow streak and a deload, which is major", () => {
    const hist = steadyCheckIns(TODAY, 40).slice(0, -2);
    const bad = { fatigue: 5, soreness: 5, stress: 4, sleepQuality: 5, mood: 4, sleepHours: 6 };
    const days: CheckIn[] = [
      checkIn(daysBefore(TODAY, 2), bad),
      checkIn(daysBefore(TODAY, 1), bad),
      checkIn(TODAY, bad),
    ];
    const r = dailyPass(
      { checkIns: [...hist, ...days], sessions: regularSessions(TODAY, 40), plan: { weeklySets: 30 } },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    const streak = r.signals.find((s) => s.kind === "readiness_streak")!;
    expect(streak.level).toBe("yellow");
    expect(streak.evidence.dates).toEqual([daysBefore(TODAY, 2), daysBefore(TODAY, 1), TODAY]);
    const deload = r.proposals.find((p) => p.proposal.kind === "deload")!;
    expect(deload.proposal).toMatchObject({ major: true, diff: { after: { weeklySets: 18, intensityPct: 90 } } });
    expect(deload.reasons.map((x) => x.ruleId)).toContain("decision.review.major");
  });

  test("one low day is green: loads hold automatically where the tier allows it", () => {
    const r = dailyPass(
      {
        checkIns: [
          ...steadyCheckIns(TODAY, 40),
          checkIn(TODAY, { fatigue: 4, soreness: 4, stress: 3, sleepQuality: 4, mood: 3, sleepHours: 7 }),
        ],
        sessions: regularSessions(TODAY, 40),
        plan: { progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }] },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.readiness.band).toBe("low");
    expect(r.level).toBe("green");
    expect(r.proposals.map((p) => [p.proposal.kind, p.decision])).toEqual([["load_hold", "auto_apply"]]);
  });

  test("persistent soreness, Hooper staleness, repeated and moderate pain are yellow with dates", () => {
    const hist = steadyCheckIns(TODAY, 40).slice(0, -8);
    const recent: CheckIn[] = [];
    for (let ago = 8; ago >= 1; ago--) {
      recent.push(
        checkIn(daysBefore(TODAY, ago), {
          fatigue: 6,
          soreness: 5,
          ...(ago % 3 === 0 ? { painReports: [{ region: "shoulder" as const, severity: 3 }] } : {}),
        }),
      );
    }
    const today = checkIn(TODAY, { fatigue: 6, soreness: 5, painReports: [{ region: "knee", severity: 5 }] });
    const m = computeMonitoring({ checkIns: [...hist, ...recent, today], sessions: [] }, TODAY);
    // Nine high days in a row: both rules are met by the streak form, which reports the whole run.
    expect(m.soreness.persistent).toMatchObject({ days: 9, run: 9, by: "consecutive" });
    expect(m.soreness.staleness).toMatchObject({ item: "fatigue", days: 9, by: "consecutive" });
    // Shoulder pain on two days is not yet "repeated" (three are needed).
    expect(m.pain.repeated).toEqual([]);
    const r = dailyPass({ checkIns: [...hist, ...recent, today], sessions: [] }, EXAMPLE_TIERS.hybrid, NOW);
    expect(kinds(r)).toEqual(
      expect.arrayContaining(["persistent_soreness:yellow", "staleness:yellow", "moderate_pain:yellow"]),
    );
    expect(r.signals.find((s) => s.kind === "moderate_pain")!.evidence.inputs).toEqual({ region: "knee", severity: 5 });
  });

  test("pain in the same region on three days within two weeks is repeated pain", () => {
    const hist = steadyCheckIns(TODAY, 30).map((c, i, all) =>
      i >= all.length - 9 && i % 4 === 0 ? { ...c, painReports: [{ region: "lower_back" as const, severity: 3 }] } : c,
    );
    const r = dailyPass(
      { checkIns: [...hist, checkIn(TODAY, { painReports: [{ region: "lower_back", severity: 2 }] })], sessions: [] },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    const rep = r.signals.find((s) => s.kind === "repeated_pain")!;
    expect(rep.level).toBe("yellow");
    expect(rep.evidence.inputs).toMatchObject({ region: "lower_back", maxSeverity: 3 });
    expect(rep.evidence.dates.length).toBeGreaterThanOrEqual(3);
  });

  test("sessions per week well below the client's own normal → adherence drop", () => {
    const sessions = regularSessions(TODAY, 42).filter((s) => s.date < daysBefore(TODAY, 7));
    sessions.push({ date: daysBefore(TODAY, 3), planned: false, completed: true, durationMin: 40, sessionRpe: 5 });
    const r = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY)], sessions },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    expect(r.adherence.normalPerWeek).toBeCloseTo(3, 0);
    const drop = r.signals.find((s) => s.kind === "adherence_drop")!;
    expect(drop).toMatchObject({ level: "yellow", evidence: { inputs: { sessionsLast7: 1 } } });
  });
});

describe("weight trend", () => {
  const series = (pctPerWeek: number) =>
    [20, 17, 14, 10, 7, 3, 0].map((ago) => ({
      date: daysBefore(TODAY, ago),
      kg: 70 * (1 - (pctPerWeek / 100) * ((20 - ago) / 7)),
    }));

  test("losing ~1.5% of body mass a week is a yellow cue with the slope as evidence; 0.5% is not", () => {
    const base = { checkIns: [...steadyCheckIns(TODAY, 30), checkIn(TODAY)], sessions: [] };
    const fast = dailyPass({ ...base, bodyMass: series(1.5) }, EXAMPLE_TIERS.hybrid, NOW);
    const s = fast.signals.find((x) => x.kind === "rapid_weight_loss")!;
    expect(s.level).toBe("yellow");
    expect(Number(s.evidence.inputs.pctPerWeek)).toBeCloseTo(-1.5, 0);
    expect(s.evidence.dates).toEqual([daysBefore(TODAY, 20), TODAY]);
    expect(s.message).toMatch(/may reflect/);
    const slow = dailyPass({ ...base, bodyMass: series(0.5) }, EXAMPLE_TIERS.hybrid, NOW);
    expect(slow.signals.some((x) => x.kind === "rapid_weight_loss")).toBe(false);
  });

  test("too few readings or too short a span give no trend", () => {
    const r = computeMonitoring(
      {
        checkIns: [],
        sessions: [],
        bodyMass: [0, 2, 4, 6].map((ago) => ({ date: daysBefore(TODAY, ago), kg: 70 - ago })),
      },
      TODAY,
    );
    expect(r.weight).toBeNull();
  });
});
