/**
 * Who may do what with programming data: a coach only for assigned clients, the owner
 * organization-wide, a client only their own (reading published sessions, logging them); other
 * organizations get 404. Every read and change of client data leaves an audit event.
 */
import type { SessionDto, SessionListResponse } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { expectOk, generate, logAsPrescribed, publish } from "./programming-support.ts";

let t: TestApp;
let a: Org;
let b: Org;
let published: SessionDto;
let draft: SessionDto;

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
  published = await generate(a.coach, a.ids.clientId);
  await publish(a.coach, published.id);
  draft = await generate(a.coach, a.ids.clientId);
});
afterAll(() => t.close());

describe("programming access", () => {
  it("keeps the Trainer Profile to coaches and owners", async () => {
    expect((await a.client.get("/api/trainer-profile")).status).toBe(403);
    expect((await a.client.request("PUT", "/api/trainer-profile", {})).status).toBe(403);
    expect((await t.client().get("/api/trainer-profile")).status).toBe(401);
    expect((await a.owner.get("/api/trainer-profile")).status).toBe(200);
  });

  it("hides another coach's clients and other organizations behind 404", async () => {
    for (const caller of [a.otherCoach, b.owner, b.coach]) {
      expect((await caller.get(`/api/clients/${a.ids.clientId}/roadmap`)).status).toBe(404);
      expect((await caller.post(`/api/clients/${a.ids.clientId}/sessions`, { durationMinutes: 45 })).status).toBe(404);
      expect((await caller.get(`/api/clients/${a.ids.clientId}/sessions`)).status).toBe(404);
      expect((await caller.get(`/api/clients/${a.ids.clientId}/progress`)).status).toBe(404);
      expect((await caller.get(`/api/sessions/${published.id}`)).status).toBe(404);
      expect(
        (await caller.patch(`/api/sessions/${draft.id}`, { ops: [{ op: "set", itemId: "main-0", sets: 2 }] })).status,
      ).toBe(404);
      expect((await caller.post(`/api/sessions/${draft.id}/publish`)).status).toBe(404);
    }
    expect((await b.client.get(`/api/sessions/${published.id}`)).status).toBe(404);
    expect((await b.client.post(`/api/sessions/${published.id}/log`, logAsPrescribed(published))).status).toBe(404);
    const today = expectOk<{ session: unknown }>(await b.client.get("/api/me/today"), 200, "b today");
    expect(today.session).toBeNull();
  });

  it("lets a client read their own published sessions, never drafts, and never edit", async () => {
    expect((await a.client.get(`/api/sessions/${published.id}`)).status).toBe(200);
    expect((await a.client.get(`/api/sessions/${draft.id}`)).status).toBe(404);
    const list = expectOk<SessionListResponse>(await a.client.get(`/api/clients/${a.ids.clientId}/sessions`), 200, "l");
    expect(list.items.map((s) => s.id)).toEqual([published.id]);
    const mine = expectOk<SessionListResponse>(await a.client.get("/api/me/sessions"), 200, "me");
    expect(mine.items.map((s) => s.id)).toEqual([published.id]);
    const coachList = expectOk<SessionListResponse>(
      await a.coach.get(`/api/clients/${a.ids.clientId}/sessions`),
      200,
      "c",
    );
    expect(coachList.items.map((s) => s.id).sort()).toEqual([published.id, draft.id].sort());
    expect(
      (await a.client.patch(`/api/sessions/${draft.id}`, { ops: [{ op: "set", itemId: "main-0", sets: 2 }] })).status,
    ).toBe(403);
    expect((await a.client.post(`/api/sessions/${draft.id}/publish`)).status).toBe(403);
    expect((await a.client.post(`/api/clients/${a.ids.clientId}/sessions`, { durationMinutes: 45 })).status).toBe(403);
    expect((await a.client.post(`/api/clients/${a.ids.clientId}/roadmap`, {})).status).toBe(403);
    expect((await a.client.get(`/api/clients/${a.ids.clientId}/roadmap`)).status).toBe(200);
    expect((await a.client.get(`/api/clients/${a.ids.clientId}/progress`)).status).toBe(200);
    expect((await a.client.get(`/api/clients/${a.ids.spareClientId}/sessions`)).status).toBe(404);
    expect((await a.coach.get("/api/me/today")).status).toBe(403);
  });

  it("generates with the client's coach's Trainer Profile even when the owner presses the button", async () => {
    await a.coach.request("PUT", "/api/trainer-profile", { finisherStyle: "none", effortScale: "rir" });
    const byOwner = await generate(a.owner, a.ids.spareClientId);
    expect(byOwner.plan.finisher).toEqual([]);
    const efforts = byOwner.plan.main.flatMap((i) => (i.effort ? [i.effort.scale] : []));
    expect(efforts.length).toBeGreaterThan(0);
    expect(new Set(efforts)).toEqual(new Set(["rir"]));
  });

  it("lets the coach log for their client, and audits reads and changes", async () => {
    const s = await generate(a.coach, a.ids.spareClientId);
    await publish(a.coach, s.id);
    expect((await a.coach.post(`/api/sessions/${s.id}/log`, logAsPrescribed(s))).status).toBe(201);
    await a.owner.get(`/api/sessions/${s.id}`);
    const events = await t.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, s.id), eq(auditEvents.clientId, a.ids.spareClientId)));
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["session.generated", "session.published", "session.logged", "session.read"]),
    );
    expect(events.find((e) => e.action === "session.read")?.actor).toBe(a.ids.ownerId);
  });
});
