import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dayIndex } from "../../src/core/dates.ts";
import { dailyPass, EXAMPLE_TIERS, type SessionRecord } from "../../src/index.ts";
import { adherence } from "../../src/monitoring/adherence.ts";
import { checkIn, daysBefore, regularSessions, steadyCheckIns } from "./fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;
const T = dayIndex(TODAY);

function daily(agoFrom: number, agoTo: number, au: number): SessionRecord[] {
  const out: SessionRecord[] = [];
  for (let ago = agoFrom; ago >= agoTo; ago--)
    out.push({ date: daysBefore(TODAY, ago), planned: true, completed: true, durationMin: 60, sessionRpe: au / 60 });
  return out;
}

describe("adherence: the recent week against the client's own normal from other weeks", () => {
  test("the normal is the mean of whole weeks before the recent 7 days, with their dates", () => {
    const a = adherence(regularSessions(TODAY, 42), T);
    expect(a.recentWindow).toEqual({ from: daysBefore(TODAY, 6), to: TODAY });
    expect(a.normalWindow).toEqual({ from: daysBefore(TODAY, 41), to: daysBefore(TODAY, 7) });
    expect(a.normalWeeks).toHaveLength(5);
    expect(a.normalWeeks.reduce((x, y) => x + y, 0) / 5).toBeCloseTo(a.normalPerWeek!, 10);
  });

  test("sessions inside the recent window never move the normal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 10 }), (agos) => {
        const base = regularSessions(TODAY, 42);
        const extra = agos.map((ago) => ({ date: daysBefore(TODAY, ago), planned: false, completed: true }));
        const a = adherence(base, T);
        const b = adherence([...base, ...extra], T);
        expect(b.normalPerWeek).toBe(a.normalPerWeek);
        expect(b.normalWeeks).toEqual(a.normalWeeks);
        expect(b.sessionsLast7).toBe(a.sessionsLast7 + agos.length);
      }),
      { numRuns: 100 },
    );
  });

  test("fewer than 3 whole weeks before the recent window: no normal, no ratio", () => {
    const a = adherence(regularSessions(TODAY, 26), T);
    expect(a).toMatchObject({ normalPerWeek: null, normalWindow: null, ratioToNormal: null });
    const b = adherence(regularSessions(TODAY, 28), T);
    expect(b.normalWeeks).toHaveLength(3);
    expect(b.normalPerWeek).not.toBeNull();
  });

  test("missed in a row does not depend on row order when a day has a missed and a completed session", () => {
    const rows: SessionRecord[] = [
      ...[3, 2, 1].map((ago) => ({ date: daysBefore(TODAY, ago), planned: true, completed: false })),
      { date: daysBefore(TODAY, 1), planned: true, completed: true },
    ];
    expect(adherence(rows, T).missedInARow).toBe(0);
    expect(adherence([...rows].reverse(), T).missedInARow).toBe(0);
  });

  test("the adherence-drop signal names both windows", () => {
    const sessions = regularSessions(TODAY, 42).filter((s) => s.date < daysBefore(TODAY, 7));
    const r = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY)], sessions },
      EXAMPLE_TIERS.hybrid,
      NOW,
    );
    const s = r.signals.find((x) => x.kind === "adherence_drop")!;
    expect(s.evidence.inputs).toMatchObject({
      sessionsLast7: 0,
      normalWeeks: 5,
      recentFrom: daysBefore(TODAY, 6),
      normalFrom: daysBefore(TODAY, 41),
      normalTo: daysBefore(TODAY, 7),
    });
  });
});

describe("acute:chronic spikes", () => {
  // EWMA ratios are damped (Williams et al. BJSM 2017), so the danger zone needs a large jump:
  // 120 AU a day for five weeks, then 1500 AU a day for six days → ACWR ≈ 1.68.
  const spike = [...daily(41, 7, 120), ...daily(6, 1, 1500)];

  test("a ratio in the danger zone alone is a yellow caution with the loads, and proposes nothing", () => {
    const r = dailyPass(
      { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY)], sessions: spike, plan: { weeklySets: 30 } },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    const s = r.signals.find((x) => x.kind === "load_spike")!;
    expect(s).toMatchObject({ level: "yellow", ruleId: "load.acwr_caution" });
    expect(Number(s.evidence.inputs.acwr)).toBeGreaterThanOrEqual(1.5);
    expect(s.evidence.inputs).toMatchObject({ loadLast7: 9000, loadPrevious7: 840, chronicWeeklyLoad: 840 });
    expect(s.evidence.dates).toEqual([6, 5, 4, 3, 2, 1].map((ago) => daysBefore(TODAY, ago)));
    expect(s.message).toMatch(/not an injury predictor/);
    expect(r.level).toBe("yellow");
    expect(r.proposals.some((p) => p.proposal.kind === "volume_change")).toBe(false);
  });

  test("with high fatigue the spike proposes a volume cut", () => {
    const r = dailyPass(
      {
        checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY, { fatigue: 6 })],
        sessions: spike,
        plan: { weeklySets: 30 },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.signals.find((x) => x.kind === "load_spike")).toMatchObject({
      level: "yellow",
      ruleId: "load.spike_with_fatigue",
    });
    expect(r.proposals.some((p) => p.proposal.kind === "volume_change")).toBe(true);
  });

  test("load alone never makes a client red, whatever the loads", () => {
    const loads = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 0, maxLength: 60 });
    fc.assert(
      fc.property(loads, (aus) => {
        const sessions = aus.map((au, k) => ({
          date: daysBefore(TODAY, aus.length - k),
          planned: true,
          completed: au > 0,
          durationMin: 60,
          sessionRpe: au / 60,
        }));
        const r = dailyPass(
          { checkIns: [...steadyCheckIns(TODAY, 42), checkIn(TODAY)], sessions },
          EXAMPLE_TIERS.hybrid,
          NOW,
        );
        expect(r.level).not.toBe("red");
        for (const s of r.signals.filter((x) => x.kind === "load_spike")) expect(s.level).not.toBe("red");
      }),
      { numRuns: 100 },
    );
  });
});
