import { describe, expect, test } from "vitest";
import { EXAMPLE_TIERS, runScenario, runScenarios, SCENARIOS, type ServiceTier } from "../../src/index.ts";

const NOW = "2026-03-02T06:00:00Z";
const TIERS: ServiceTier[] = Object.values(EXAMPLE_TIERS);
const outcome = (id: string, tier: ServiceTier = EXAMPLE_TIERS.selfGuided) =>
  runScenario(SCENARIOS.find((s) => s.id === id)!, tier, NOW);

describe("scenario simulator", () => {
  test("every scenario meets its safe routing under every example tier", () => {
    const all = runScenarios(SCENARIOS, TIERS, NOW);
    expect(all).toHaveLength(SCENARIOS.length * TIERS.length);
    expect(all.filter((o) => !o.expectationsMet).map((o) => `${o.tier}/${o.scenarioId}: ${o.mismatches}`)).toEqual([]);
  });

  test("a tier that auto-applies everything still cannot act on a red, yellow or a client asking for a human", () => {
    const permissive: ServiceTier = {
      ...EXAMPLE_TIERS.selfGuided,
      name: "Everything automatic",
      autoApplyKinds: ["progression", "load_hold", "session_swap", "volume_change", "substitution", "deload"],
    };
    for (const o of runScenarios(SCENARIOS, [permissive], NOW)) {
      expect(o.expectationsMet, `${o.scenarioId}: ${o.mismatches}`).toBe(true);
      if (o.level !== "green" || o.scenarioId === "asks_for_human")
        expect(o.proposals.filter((p) => p.status === "auto_applied")).toEqual([]);
    }
  });

  test("red flag (chest pain) → red, no automation, the human is paged within the tier's red promise", () => {
    const o = outcome("red_flag_chest_pain", EXAMPLE_TIERS.hybrid);
    expect(o.level).toBe("red");
    expect(o.automationAllowed).toBe(false);
    expect(o.humanPaged).toBe(true);
    expect(o.proposals.filter((p) => p.status === "auto_applied")).toEqual([]);
    const red = o.flags.find((f) => f.kind === "chest_pain")!;
    expect(red.dueAt).toBe("2026-03-02T10:00:00.000Z"); // Hybrid promises 4 h for a red
    expect(red.referTo.length).toBeGreaterThan(0);
    expect(o.coachAsked[0]).toMatch(/^Red \(chest_pain/);
  });

  test("client asking for a human → the auto-applied increase is reverted to the coach's queue", () => {
    const steady = outcome("steady_progression");
    expect(steady.proposals.map((p) => p.status)).toEqual(["auto_applied"]);
    const asked = outcome("asks_for_human");
    expect(asked.proposals.map((p) => [p.status, p.humanRequested])).toEqual([["pending_review", true]]);
    expect(asked.coachAsked.at(-1)).toMatch(/the client asked for you$/);
  });

  test("missed sessions with fatigue and the dropping strong lifter wait for the coach with their evidence", () => {
    const missed = outcome("missed_with_fatigue");
    expect(missed.proposals.map((p) => [p.kind, p.status]).sort()).toEqual([
      ["load_hold", "pending_review"],
      ["volume_change", "pending_review"],
    ]);
    const drop = outcome("strong_lifter_dropping");
    expect(drop.flags.find((f) => f.kind === "performance_drop")?.message).toMatch(/check-ins look normal/);
    expect(drop.proposals.every((p) => p.status === "pending_review")).toBe(true);
  });

  test("pain after a new exercise proposes the substitution for review; a disordered-eating note is a red", () => {
    expect(outcome("pain_after_new_exercise").proposals.map((p) => [p.kind, p.status])).toEqual([
      ["substitution", "pending_review"],
    ]);
    const note = outcome("disordered_eating_note");
    expect(note.level).toBe("red");
    expect(note.humanPaged).toBe(true);
  });

  test("a planned taper's lighter sessions raise nothing", () => {
    const o = outcome("taper_before_meet");
    expect(o.level).toBe("green");
    expect(o.flags.filter((f) => f.level !== "green")).toEqual([]);
  });
});
