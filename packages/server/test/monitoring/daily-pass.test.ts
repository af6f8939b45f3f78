import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDailyPass } from "../../src/monitoring/run-pass.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { checkInBody, regularSessions, seedHistory, steadyCheckIns, today } from "./helpers.ts";

type Row = Record<string, unknown>;

describe("the scheduled daily pass", () => {
  let t: TestApp;
  let org: Org;
  let ids: { yellow: string; red: string; steady: string };
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Pass Org");
    ids = {
      yellow: await createClient(org.coach, "Pass Yellow"),
      red: await createClient(org.coach, "Pass Red"),
      steady: await createClient(org.coach, "Pass Steady"),
    };
    const base = org.ids.organizationId;
    await seedHistory(t, base, ids.yellow, {
      checkIns: [...steadyCheckIns(60), checkInBody({ fatigue: 6 })],
      sessions: regularSessions(60, { missedLast: 3 }),
    });
    await seedHistory(t, base, ids.red, {
      checkIns: [...steadyCheckIns(20), checkInBody({ redFlags: { chestPain: true } })],
      sessions: regularSessions(30),
    });
    await seedHistory(t, base, ids.steady, { checkIns: steadyCheckIns(60), sessions: regularSessions(60) });
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    flags: await t.database.query<Row>(
      "select id, client_id, kind, level, signal_id, status, due_at::text as due from flags order by id",
    ),
    proposals: await t.database.query<Row>(
      "select id, client_id, engine_id, status, automated from proposals order by id",
    ),
    state: await t.database.query<Row>(
      "select client_id, level, automation_paused, last_computed_for::text as d from client_monitoring order by client_id",
    ),
  });

  it("sets each client's level from rows it never saw over HTTP, and re-running the same day adds nothing", async () => {
    const now = new Date().toISOString();
    const first = await runDailyPass(t.database, { now, chunkSize: 2, organizationId: org.ids.organizationId });
    expect(first.clients).toBe(5); // 3 here + the two clients every test org has
    expect(first.flagsWritten).toBeGreaterThanOrEqual(2);
    const after1 = await snapshot();
    const level = (id: string) => after1.state.find((s) => s.client_id === id);
    expect(level(ids.yellow)).toMatchObject({ level: "yellow", automation_paused: false, d: today() });
    expect(level(ids.red)).toMatchObject({ level: "red", automation_paused: true });
    expect(level(ids.steady)).toMatchObject({ level: "green", automation_paused: false });
    expect(after1.flags.filter((f) => f.client_id === ids.red).map((f) => [f.kind, f.level])).toEqual([
      ["chest_pain", "red"],
    ]);
    expect(after1.proposals.filter((p) => p.client_id === ids.yellow).map((p) => p.status)).toEqual([
      "pending_review",
      "pending_review",
    ]);

    const second = await runDailyPass(t.database, { now, chunkSize: 1000, organizationId: org.ids.organizationId });
    expect(second).toMatchObject({ clients: 5, flagsWritten: 0, proposalsWritten: 0 });
    const after2 = await snapshot();
    expect(after2.flags).toEqual(after1.flags);
    expect(after2.proposals).toEqual(after1.proposals);
    expect(after2.state).toEqual(after1.state);

    // A later run the same day (due times would differ) still opens no second flag per kind.
    const later = new Date(Date.now() + 60_000).toISOString();
    await runDailyPass(t.database, { now: later, organizationId: org.ids.organizationId });
    const after3 = await snapshot();
    expect(after3.flags.map((f) => f.id)).toEqual(after1.flags.map((f) => f.id));
    expect(after3.proposals).toEqual(after1.proposals);
  });

  it("a red whose evidence has left the look-back window keeps the client red until a coach resolves it", async () => {
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString();
    await runDailyPass(t.database, { now: later, organizationId: org.ids.organizationId });
    const [state] = await t.database.query<Row>(
      "select level, automation_paused from client_monitoring where client_id = $1",
      [ids.red],
    );
    expect(state).toMatchObject({ level: "red", automation_paused: true });
  });
});

describe("tiers, segment and message templates", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Tiers Org");
  });
  afterAll(() => t.close());

  type Tier = { id: string; name: string; model: string | null; isDefault: boolean; autoApplyKinds: string[] };

  it("seeds one default tier per coaching model; the owner creates and edits, a coach may not", async () => {
    const list = await org.coach.get<{ items: Tier[] }>("/api/tiers");
    expect(list.body.items.map((t) => t.model).sort()).toEqual(
      [
        "ai_first_human_escalation",
        "ai_led_self_guided",
        "assisted_hybrid",
        "full_service_concierge",
        "human_in_loop_premium",
      ].sort(),
    );
    expect(list.body.items.filter((t) => t.isDefault).map((t) => t.model)).toEqual(["assisted_hybrid"]);
    const body = {
      name: "Team",
      price: { amountMinor: 4900, currency: "EUR", period: "month" },
      reviewCadence: "weekly",
      responseHours: { yellow: 24, red: 4 },
      autoApplyKinds: ["progression"],
      isDefault: true,
    };
    expect((await org.coach.post("/api/tiers", body)).status).toBe(403);
    const created = await org.owner.post<Tier>("/api/tiers", body);
    expect(created.status).toBe(201);
    expect((await org.owner.post("/api/tiers", body)).status).toBe(409);
    const after = await org.owner.get<{ items: Tier[] }>("/api/tiers");
    expect(after.body.items.filter((t) => t.isDefault).map((t) => t.name)).toEqual(["Team"]);
    const bad = await org.owner.request<{ error: { fields: { path: string }[] } }>(
      "PUT",
      `/api/tiers/${created.body.id}`,
      {
        ...body,
        responseHours: { yellow: 2, red: 8 },
        autoApplyKinds: ["progression", "progression"],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.path).sort()).toEqual(["body.autoApplyKinds", "body.responseHours.red"]);
    const put = await org.owner.request<Tier>("PUT", `/api/tiers/${created.body.id}`, { ...body, autoApplyKinds: [] });
    expect(put.body.autoApplyKinds).toEqual([]);
  });

  it("segments a client and suggests the matching tier with reasons", async () => {
    const res = await org.coach.get<{
      suggestedModel: string;
      reasons: { ruleId: string }[];
      suggestedTier: Tier | null;
    }>(`/api/clients/${org.ids.clientId}/segment`);
    expect(res.status).toBe(200);
    expect(res.body.reasons.length).toBeGreaterThan(0);
    expect(res.body.suggestedTier?.model).toBe(res.body.suggestedModel);
    expect((await org.client.get(`/api/clients/${org.ids.clientId}/segment`)).status).toBe(403);
  });

  it("has a message template for every flag kind that frames uncertainty and never diagnoses", async () => {
    const res = await org.coach.get<{ items: { kind: string; level: string; body: string }[] }>(
      "/api/message-templates",
    );
    const kinds = res.body.items.map((m) => m.kind);
    for (const k of ["chest_pain", "emotional_distress", "missed_sessions", "sleep_and_hrv", "pain_after_new_exercise"])
      expect(kinds).toContain(k);
    for (const m of res.body.items) {
      expect(m.body).not.toMatch(/\byou have (a|an)\b|\bdiagnos/i);
      if (m.level === "red") expect(m.body).toMatch(/doctor|GP|physio|professional|psychologist|specialist|emergency/);
    }
  });
});
