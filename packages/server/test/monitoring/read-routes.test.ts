/**
 * Read routes: one proposal by id (same access as its client), a longer
 * readiness history on the monitoring view, and roster lights that say "no data" (null) for a
 * client never computed instead of green.
 */
import { randomUUID } from "node:crypto";
import { rosterLevelsSchema } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { checkInBody, daysAgo, seedHistory, steadyCheckIns, today } from "./helpers.ts";

type Point = { date: string; score: number | null; band: string };
type View = { readinessRecent: Point[]; readinessHistory: Point[]; load: { srpe: { date: string }[] } };
type Levels = {
  items: { clientId: string; level: string | null; lastComputedAt: string | null; pendingProposals?: number }[];
};

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("GET /api/proposals/:proposalId", () => {
  it("returns one proposal to whoever may see its client, 404 to others", async () => {
    const url = `/api/clients/${a.ids.clientId}`;
    await a.coach.post(`${url}/checkins`, checkInBody({ sleepHours: 3, fatigue: 7, soreness: 7, stress: 7, mood: 7 }));
    const list = await a.coach.get<{ items: { id: string; kind: string }[] }>(`${url}/proposals`);
    const first = list.body.items[0]!;
    expect(first).toBeDefined();
    const one = await a.coach.get<{ id: string; kind: string; clientId: string }>(`/api/proposals/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: first.id, kind: first.kind, clientId: a.ids.clientId });
    expect((await a.client.get(`/api/proposals/${first.id}`)).status).toBe(200);
    expect((await a.owner.get(`/api/proposals/${first.id}`)).status).toBe(200);
    expect((await b.coach.get(`/api/proposals/${first.id}`)).status).toBe(404);
    expect((await b.client.get(`/api/proposals/${first.id}`)).status).toBe(404);
    expect((await a.coach.get(`/api/proposals/${randomUUID()}`)).status).toBe(404);
    expect((await a.coach.get("/api/proposals/not-a-uuid")).status).toBe(400);
    const [audit] = await t.database.query<{ n: string | number }>(
      "select count(*) as n from audit_events where action = 'proposal.read' and entity_id = $1",
      [first.id],
    );
    expect(Number(audit?.n)).toBeGreaterThanOrEqual(3);
  });
});

describe("GET /api/clients/:id/monitoring?days=", () => {
  let org: Org;
  let id: string;
  beforeAll(async () => {
    org = a;
    id = await createClient(org.coach, "History Client");
    await seedHistory(t, org.ids.organizationId, id, { checkIns: steadyCheckIns(130) });
  });

  it("defaults to 28 days of readiness history, oldest first, ending today", async () => {
    const res = await org.coach.get<View>(`/api/clients/${id}/monitoring`);
    expect(res.status).toBe(200);
    expect(res.body.readinessHistory).toHaveLength(28);
    expect(res.body.readinessHistory.at(-1)?.date).toBe(today());
    expect(res.body.readinessHistory[0]?.date).toBe(daysAgo(27));
    expect(res.body.readinessRecent).toHaveLength(7);
    expect(res.body.load.srpe).toHaveLength(28);
  });

  it("?days=90 gives 90 scored days (each with its own look-back), and sRPE for as long", async () => {
    const res = await org.coach.get<View>(`/api/clients/${id}/monitoring?days=90`);
    expect(res.status).toBe(200);
    const h = res.body.readinessHistory;
    expect(h).toHaveLength(90);
    expect(h[0]?.date).toBe(daysAgo(89));
    // Every day with a check-in is scored, even the oldest; today has no check-in yet.
    expect(h.slice(0, -1).every((p) => typeof p.score === "number")).toBe(true);
    expect(h.at(-1)).toMatchObject({ score: null, band: "no_data" });
    expect(res.body.load.srpe).toHaveLength(90);
    // The last 7 days agree with the 7-day view the streak is read from.
    const recent = (await org.coach.get<View>(`/api/clients/${id}/monitoring?days=42`)).body.readinessRecent;
    expect(h.slice(-7).map((p) => p.score)).toEqual(recent.map((p) => p.score));
  });

  it("out-of-range days → 400 naming the field", async () => {
    for (const q of ["days=91", "days=3", "days=abc"]) {
      const res = await org.coach.get<{ error: { fields: { path: string }[] } }>(`/api/clients/${id}/monitoring?${q}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain("days");
    }
  });
});

describe("GET /api/queue/levels for never-computed clients", () => {
  it("level is null (no data) until the client is computed, then a real level", async () => {
    const id = await createClient(a.coach, "Never Computed");
    // A tier assignment creates a monitoring row without computing anything.
    await a.coach.request("PUT", `/api/clients/${id}/tier`, { model: "human_in_loop_premium" });
    const before = (await a.coach.get<Levels>("/api/queue/levels")).body.items.find((i) => i.clientId === id);
    expect(before).toMatchObject({ level: null, lastComputedAt: null });
    await a.coach.post(`/api/clients/${id}/checkins`, checkInBody());
    const after = (await a.coach.get<Levels>("/api/queue/levels")).body.items.find((i) => i.clientId === id);
    expect(after?.level).toBe("green");
    expect(after?.lastComputedAt).not.toBeNull();
  });

  it("answers what the schema gives, byte for byte (written without zod), and only the caller's roster", async () => {
    const ownersOwn = await createClient(a.owner, "Owner's Own");
    await a.owner.post(`/api/clients/${ownersOwn}/checkins`, checkInBody({ sleepHours: 3, fatigue: 7, soreness: 7 }));
    for (const who of [a.owner, a.coach]) {
      const res = await who.get("/api/queue/levels");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      // JSON.parse keeps the answer's key order, so this compares what was written.
      expect(JSON.stringify(res.body)).toBe(JSON.stringify(rosterLevelsSchema.parse(res.body)));
    }
    const owner = (await a.owner.get<Levels>("/api/queue/levels")).body.items;
    const coach = (await a.coach.get<Levels>("/api/queue/levels")).body.items;
    const assigned = await t.database.query<{ client_id: string }>(
      "select cc.client_id from coach_clients cc join clients c on c.id = cc.client_id where cc.coach_user_id = $1 and c.status = 'active'",
      [a.ids.coachId],
    );
    expect(new Set(coach.map((i) => i.clientId))).toEqual(new Set(assigned.map((r) => r.client_id)));
    expect(owner.some((i) => i.clientId === ownersOwn)).toBe(true);
    const counts = await t.database.query<{ open: string | number; pending: string | number }>(
      `select (select count(*) from flags where client_id = $1 and status = 'open') as open,
              (select count(*) from proposals where client_id = $1 and status = 'pending_review') as pending`,
      [ownersOwn],
    );
    expect(Number(counts[0]?.open) + Number(counts[0]?.pending)).toBeGreaterThan(0);
    expect(owner.find((i) => i.clientId === ownersOwn)).toMatchObject({
      openFlags: Number(counts[0]?.open),
      pendingProposals: Number(counts[0]?.pending),
    });
    expect((await b.owner.get<Levels>("/api/queue/levels")).body.items.some((i) => i.clientId === ownersOwn)).toBe(
      false,
    );
    const [stored] = await t.database.query<{ text: string }>(
      "select last_computed_at::text as text from client_monitoring where client_id = $1",
      [ownersOwn],
    );
    expect(owner.find((i) => i.clientId === ownersOwn)?.lastComputedAt).toBe(
      new Date(stored?.text ?? "").toISOString(),
    );
  });

  it("an open flag raises the light as an evaluation would, even before the first one", async () => {
    // Flags can open outside an evaluation (a weekly check-in a coach escalates, a yellow); here
    // straight in the table, on a client never computed (red) and on one computed green (yellow).
    const never = await createClient(a.coach, "Flagged Before Any Pass");
    const green = await createClient(a.coach, "Green Then Escalated");
    await a.coach.post(`/api/clients/${green}/checkins`, checkInBody());
    const open = (clientId: string, level: string) =>
      t.database.query(
        `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action)
         values ($1, $2, $3, $4, 'test', 'test.rule', 'Opened outside an evaluation', '{}', 'review')`,
        [a.ids.organizationId, clientId, `test_${level}`, level],
      );
    const light = async (id: string) =>
      (await a.coach.get<Levels & { items: { automationPaused: boolean }[] }>(`/api/queue/levels?clientIds=${id}`)).body
        .items[0];
    expect(await light(never)).toMatchObject({ level: null, lastComputedAt: null, automationPaused: false });
    expect(await light(green)).toMatchObject({ level: "green", automationPaused: false });
    await open(never, "red");
    await open(green, "yellow");
    expect(await light(never)).toMatchObject({ level: "red", lastComputedAt: null, automationPaused: true });
    expect(await light(green)).toMatchObject({ level: "yellow", automationPaused: false });
    await open(green, "red");
    expect(await light(green)).toMatchObject({ level: "red", automationPaused: true, openFlags: 2 });
  });

  it("clientIds gives those clients' lights only (the roster's page), within the caller's roster", async () => {
    const mine = [await createClient(a.coach, "Page One"), await createClient(a.coach, "Page Two")];
    await a.coach.post(`/api/clients/${mine[0]}/checkins`, checkInBody({ sleepHours: 3, fatigue: 7, soreness: 7 }));
    const ownersOwn = await createClient(a.owner, "Owner's Other");
    const otherOrg = b.ids.clientId;
    const ids = [...mine, ownersOwn, otherOrg, randomUUID()];
    const url = `/api/queue/levels?clientIds=${ids.join(",")}`;
    const all = (await a.owner.get<Levels>("/api/queue/levels")).body.items;
    const coach = await a.coach.get<Levels>(url);
    expect(coach.status).toBe(200);
    // The coach's own two; neither the owner's unassigned client, nor another organization's, nor an unknown id.
    expect(coach.body.items.map((i) => i.clientId).sort()).toEqual([...mine].sort());
    // Each light is the one the full list gives, counts included.
    for (const item of coach.body.items) expect(item).toEqual(all.find((i) => i.clientId === item.clientId));
    expect(coach.body.items.find((i) => i.clientId === mine[0])?.level).not.toBeNull();
    const owner = (await a.owner.get<Levels>(url)).body.items.map((i) => i.clientId);
    expect(owner.sort()).toEqual([...mine, ownersOwn].sort());
    expect((await b.owner.get<Levels>(url)).body.items.map((i) => i.clientId)).toEqual([otherOrg]);
  });

  it("refuses malformed or too many clientIds with a 400 that names the field", async () => {
    for (const q of ["not-a-uuid", `${randomUUID()},`, Array.from({ length: 101 }, () => randomUUID()).join(",")]) {
      const res = await a.coach.get<{ error: { code: string; fields: { path: string }[] } }>(
        `/api/queue/levels?clientIds=${q}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_error");
      const paths = res.body.error.fields.map((f) => f.path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((path) => path.startsWith("query.clientIds"))).toBe(true);
    }
  });

  it("lastComputedAt's ISO text from PostgreSQL equals the parsed column (ms truncated), for any microseconds", async () => {
    const rows = await t.database.query<{ text: string; iso: string }>(
      `select t::text as text, to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as iso
       from (select timestamptz '2026-03-01 00:00:00+00' + (n * 7919 + (n * n) % 997) * interval '1.000137 millisecond'
                      + (n % 1000) * interval '1 microsecond' as t
             from generate_series(0, 1999) n) s`,
    );
    expect(rows).toHaveLength(2000);
    for (const r of rows) expect(r.iso, r.text).toBe(new Date(r.text).toISOString());
  });
});
