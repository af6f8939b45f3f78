/**
 * Session logs reach monitoring through HTTP: POST /api/sessions/:id/log stores monitoring's row in
 * the same transaction and runs the incremental update, so pain, load and flags show at once.
 */
import type { SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, generate, items, logAsPrescribed, publish } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { count, daysAgo } from "./helpers.ts";

type View = {
  level: string;
  automation: { paused: boolean };
  load: { srpe: { date: string; load: number }[] };
  signals: { kind: string; level: string }[];
};
type Flag = { kind: string; level: string; status: string };

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Log To Monitoring");
});
afterAll(() => t.close());

async function publishedSession(clientId: string): Promise<SessionDto> {
  const draft = await generate(org.coach, clientId, { durationMinutes: 45 });
  return publish(org.coach, draft.id);
}

describe("POST /api/sessions/:id/log feeds monitoring", () => {
  it("logged sessions show their sRPE load on GET /api/clients/:id/monitoring", async () => {
    const id = await createClient(org.coach, "Load Client");
    const before = expectOk<View>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    expect(before.load.srpe.reduce((n, d) => n + d.load, 0)).toBe(0);
    const s = await publishedSession(id);
    const body = { ...logAsPrescribed(s, 7), sessionRpe: 6, durationMinutes: 50 };
    expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, body), 201, "log");
    expect(await count(t, "monitoring_sessions", id)).toBe(1);
    const after = expectOk<View>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    const day = after.load.srpe.find((d) => d.date === s.date);
    // Foster sRPE: session RPE × minutes = 6 × 50.
    expect(day?.load).toBe(300);
    // The incremental update ran: the client has a computed state.
    const [state] = await t.database.query<{ last: unknown }>(
      "select last_computed_at as last from client_monitoring where client_id = $1",
      [id],
    );
    expect(state?.last).toBeTruthy();
  });

  it("without durationMinutes the plan's estimate is the duration", async () => {
    const id = await createClient(org.coach, "Estimate Client");
    const s = await publishedSession(id);
    expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, logAsPrescribed(s, 7)), 201, "log");
    const view = expectOk<View>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    const day = view.load.srpe.find((d) => d.date === s.date);
    expect(day?.load).toBeCloseTo(7 * s.plan.estimatedMinutes, 0);
  });

  it("severe pain (≥ 7) in a log → red flag at once and automation paused", async () => {
    const id = await createClient(org.coach, "Severe Pain Client");
    const s = await publishedSession(id);
    const main = items(s).find((i) => i.role === "main")!;
    const body = logAsPrescribed(s, 8, { pain: [{ itemId: main.id, region: "lower_back", severity: 8 }] });
    expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, body), 201, "log");
    const flags = expectOk<{ items: Flag[] }>(await org.coach.get(`/api/clients/${id}/flags`), 200, "flags").items;
    expect(flags.some((f) => f.level === "red" && f.status === "open")).toBe(true);
    const view = expectOk<View>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    expect(view.level).toBe("red");
    expect(view.automation.paused).toBe(true);
    const [state] = await t.database.query<{ level: string; paused: boolean }>(
      "select level, automation_paused as paused from client_monitoring where client_id = $1",
      [id],
    );
    expect(state).toEqual({ level: "red", paused: true });
  });

  it("a rejected log writes no monitoring row", async () => {
    const id = await createClient(org.coach, "Bad Log Client");
    const s = await publishedSession(id);
    const res = await org.coach.post(`/api/sessions/${s.id}/log`, {
      ...logAsPrescribed(s, 7),
      sets: [{ itemId: "main-99", setIndex: 0, reps: 5, completed: true }],
    });
    expect(res.status).toBe(400);
    // Only the planned row from publishing: nothing of the rejected log was written.
    const rows = await t.database.query<{ completed: boolean; rpe: number | null }>(
      "select completed, session_rpe as rpe from monitoring_sessions where client_id = $1",
      [id],
    );
    expect(rows).toEqual([{ completed: false, rpe: null }]);
  });

  it("a published session counts as planned: missed until logged, then completed (adherence)", async () => {
    const id = await createClient(org.coach, "Adherence Client");
    const draft = await generate(org.coach, id, { durationMinutes: 45, date: daysAgo(2) });
    const s = await publish(org.coach, draft.id);
    type Adherence = { adherence: { planned28: number; completedPlanned28: number } };
    const missed = expectOk<Adherence>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    expect(missed.adherence).toMatchObject({ planned28: 1, completedPlanned28: 0 });
    expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, logAsPrescribed(s, 7)), 201, "log");
    const done = expectOk<Adherence>(await org.coach.get(`/api/clients/${id}/monitoring`), 200, "monitoring");
    expect(done.adherence).toMatchObject({ planned28: 1, completedPlanned28: 1 });
    expect(await count(t, "monitoring_sessions", id)).toBe(1);
  });
});
