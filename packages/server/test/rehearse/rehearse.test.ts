import type { CohortAuditResponse, ScenarioRunResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";

describe("owner rehearsal routes", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Rehearse");
  }, 300_000);
  afterAll(() => t.close());

  it("GET /api/rehearse/cohorts runs the cohort audit on the organization's methods and trainer profile", async () => {
    const res = await org.owner.get<CohortAuditResponse>("/api/rehearse/cohorts?start=2026-03-02");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ start: "2026-03-02", clients: 36, pairs: 33 });
    expect(res.body.against).toMatchObject({ trainerProfile: "default", organizationMethods: 0 });
    expect(res.body.against.methods).toBeGreaterThan(5);
    expect(res.body.explained + res.body.unexplained).toBe(res.body.differences.length);
    // Sex alone changes nothing the engine decides.
    expect(res.body.differences.filter((d) => d.attribute === "sex")).toEqual([]);
  }, 120_000);

  it("a bad start date is a 400 naming query.start (malformed, or well-formed but not a calendar date)", async () => {
    for (const start of ["03/02/2026", "2026-02-30"]) {
      const res = await org.owner.get<{ error: { fields: { path: string }[] } }>(
        `/api/rehearse/cohorts?start=${start}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f) => f.path)).toEqual(["query.start"]);
    }
  });

  it("the same inputs give the same report (kept, not recomputed)", async () => {
    const a = await org.owner.get<CohortAuditResponse>("/api/rehearse/cohorts?start=2026-03-02");
    const b = await org.owner.get<CohortAuditResponse>("/api/rehearse/cohorts?start=2026-03-02");
    expect(b.body).toEqual(a.body);
  }, 120_000);

  it("GET /api/rehearse/scenarios runs every scenario under each of the organization's tiers", async () => {
    const res = await org.owner.get<ScenarioRunResponse>("/api/rehearse/scenarios");
    expect(res.status).toBe(200);
    expect(res.body.tiers.length).toBeGreaterThan(0);
    expect(res.body.outcomes).toHaveLength(res.body.tiers.length * res.body.scenarios.length);
    expect(res.body.outcomes.filter((o) => !o.expectationsMet)).toEqual([]);
    const red = res.body.outcomes.filter((o) => o.scenarioId === "red_flag_chest_pain");
    for (const o of red) {
      expect(o.level).toBe("red");
      expect(o.humanPaged).toBe(true);
      expect(o.proposals.filter((p) => p.status === "auto_applied")).toEqual([]);
    }
  });

  it("a tier the owner edits to auto-apply everything still routes reds and yellows to a human", async () => {
    const created = await org.owner.post<{ id: string }>("/api/tiers", {
      name: "All automatic",
      price: { amountMinor: 1000, currency: "EUR", period: "month" },
      reviewCadence: "monthly",
      responseHours: { yellow: 48, red: 6 },
      autoApplyKinds: ["progression", "load_hold", "session_swap", "volume_change", "substitution", "deload"],
    });
    expect(created.status).toBe(201);
    const res = await org.owner.get<ScenarioRunResponse>("/api/rehearse/scenarios");
    const mine = res.body.outcomes.filter((o) => o.tier === "All automatic");
    expect(mine).toHaveLength(res.body.scenarios.length);
    expect(mine.every((o) => o.expectationsMet)).toBe(true);
    expect(mine.find((o) => o.scenarioId === "steady_progression")?.proposals[0]?.status).toBe("auto_applied");
    expect(mine.find((o) => o.scenarioId === "red_flag_chest_pain")?.flags[0]?.dueAt).toMatch(/T/);
  });

  it("coaches and clients may not run them", async () => {
    for (const caller of [org.coach, org.client])
      for (const path of ["/api/rehearse/cohorts", "/api/rehearse/scenarios"])
        expect((await caller.get(path)).status).toBe(403);
  });
});
