import { simulateClient, simulationPersonas } from "@spotter/engine";
import { describe, expect, it } from "vitest";

/**
 * Deload weeks (issue 8: "a deload session is allowed to be shorter than the usual duration and
 * duration fitting never adds sets to it"): the powerlifter's fourth week is a deload under the
 * peaking method, whose loading weeks fill 75 minutes with accessories.
 */
describe("a deload week's sessions", () => {
  const persona = simulationPersonas().find((p) => p.id === "powerlifter")!;
  const sim = simulateClient({ persona, weeks: 4, seed: 1 });
  const loading = sim.sessions.filter((s) => s.session.blockKind !== "deload");
  const deload = sim.sessions.filter((s) => s.session.blockKind === "deload");
  const workingSets = (s: (typeof sim.sessions)[number]) =>
    s.session.main.filter((i) => i.role !== "ramp").reduce((n, i) => n + i.sets, 0);
  const mainSets = (s: (typeof sim.sessions)[number]) =>
    s.session.main.filter((i) => i.role === "main" || i.role === "secondary").reduce((n, i) => n + i.sets, 0);

  it("exist in the run", () => {
    expect(deload.length).toBe(4);
  });

  it("keep 40-60% of a loading session's working sets", () => {
    const perLoading = loading.reduce((n, s) => n + workingSets(s), 0) / loading.length;
    const perDeload = deload.reduce((n, s) => n + workingSets(s), 0) / deload.length;
    expect(perDeload / perLoading).toBeGreaterThanOrEqual(0.4);
    expect(perDeload / perLoading).toBeLessThanOrEqual(0.6);
  });

  it("never get main or secondary sets back from duration fitting (the method's deload dose stands)", () => {
    // The peaking method's deload: 2 sets of each competition lift, 2 of the close-grip bench.
    for (const s of deload)
      for (const i of s.session.main.filter((x) => x.role === "main" || x.role === "secondary"))
        expect(i.sets, `${s.date} ${i.name}`).toBe(2);
    // ...and each deload day has fewer main and secondary sets than the same day in a loading week.
    for (const s of deload) {
      const same = loading.find((l) => l.session.dayLabel === s.session.dayLabel)!;
      expect(mainSets(s)).toBeLessThan(mainSets(same));
    }
  });

  it("are shorter than the request on purpose and say so", () => {
    for (const s of deload) {
      expect(s.session.estimatedMinutes).toBeLessThan(0.8 * s.session.requestedMinutes);
      const why = s.session.reasons.find((r) => r.ruleId === "duration.lighter_week");
      expect(why?.inputs).toMatchObject({ requestedMinutes: 75, blockKind: "deload" });
    }
  });
});
