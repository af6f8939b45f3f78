/**
 * GET /api/today: the coach's Today page in one request. Drafts, recent logs and the clients still
 * without a session today, limited to the clients the caller may see (coach: assigned; owner: all).
 */
import { COACH_TODAY_TO_BUILD_MAX, type CoachTodayResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOk, generate, logAsPrescribed, publish } from "../programming/programming-support.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

let t: TestApp;
let a: Org;
let b: Org;

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("GET /api/today", () => {
  it("starts with the whole roster to build and nothing to review", async () => {
    const today = expectOk<CoachTodayResponse>(await a.coach.get("/api/today"), 200, "today");
    expect(today.totalClients).toBe(2);
    expect(today.drafts).toEqual([]);
    expect(today.recentLogs).toEqual([]);
    expect(today.toBuild.map((c) => c.name)).toEqual(["Org A client", "Org A spare client"]);
    expect(today.toBuildTotal).toBe(2);
  });

  it("lists drafts and logs with client names, and drops a client from toBuild once today has a session", async () => {
    const { date } = expectOk<CoachTodayResponse>(await a.coach.get("/api/today"), 200, "today");
    const draft = await generate(a.coach, a.ids.clientId);
    expect(draft.date).toBe(date);
    const done = await generate(a.coach, a.ids.spareClientId, { date: dayBefore(date) });
    await publish(a.coach, done.id);
    expectOk(await a.coach.post(`/api/sessions/${done.id}/log`, logAsPrescribed(done)), 201, "log");

    const today = expectOk<CoachTodayResponse>(await a.coach.get("/api/today"), 200, "today");
    expect(today.drafts).toEqual([
      {
        id: draft.id,
        clientId: a.ids.clientId,
        clientName: "Org A client",
        status: "draft",
        date,
        sessionRpe: null,
      },
    ]);
    expect(today.recentLogs).toEqual([
      {
        id: done.id,
        clientId: a.ids.spareClientId,
        clientName: "Org A spare client",
        status: "logged",
        date: dayBefore(date),
        sessionRpe: 7,
      },
    ]);
    // The spare client's only session is yesterday's: still to build today.
    expect(today.toBuild).toEqual([{ id: a.ids.spareClientId, name: "Org A spare client" }]);
    expect(today.toBuildTotal).toBe(1);
    // The owner sees the same organization-wide.
    const owner = expectOk<CoachTodayResponse>(await a.owner.get("/api/today"), 200, "owner today");
    expect(owner.drafts.map((s) => s.id)).toEqual([draft.id]);
    expect(owner.recentLogs.map((s) => s.id)).toEqual([done.id]);
  });

  it("shows a coach nobody else's clients, and another organization nothing of A", async () => {
    for (const caller of [a.otherCoach, b.owner, b.coach]) {
      const today = expectOk<CoachTodayResponse>(await caller.get("/api/today"), 200, "today");
      const text = JSON.stringify(today);
      expect(text).not.toContain(a.ids.clientId);
      expect(text).not.toContain(a.ids.spareClientId);
      expect(today.drafts).toEqual([]);
      expect(today.recentLogs).toEqual([]);
    }
    expect(expectOk<CoachTodayResponse>(await b.coach.get("/api/today"), 200, "b").totalClients).toBe(2);
    expect(expectOk<CoachTodayResponse>(await a.otherCoach.get("/api/today"), 200, "other").totalClients).toBe(0);
  });

  it("is for coaches and owners only", async () => {
    expect((await a.client.get("/api/today")).status).toBe(403);
    expect((await t.client().get("/api/today")).status).toBe(401);
  });

  it("lists the first clients to build by name and counts them all", async () => {
    // b.otherCoach starts with no clients: every one made here is theirs, and none has a session.
    const names = Array.from({ length: COACH_TODAY_TO_BUILD_MAX + 3 }, (_, i) => `Build ${String(i).padStart(2, "0")}`);
    for (const name of [...names].reverse()) await createClient(b.otherCoach, name);
    const today = expectOk<CoachTodayResponse>(await b.otherCoach.get("/api/today"), 200, "today");
    expect(today.totalClients).toBe(names.length);
    expect(today.toBuildTotal).toBe(names.length);
    expect(today.toBuild.map((c) => c.name)).toEqual(names.slice(0, COACH_TODAY_TO_BUILD_MAX));
  });
});
