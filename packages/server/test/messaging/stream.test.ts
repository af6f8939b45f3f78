/**
 * Live updates over a real HTTP stream (server-sent events): a page holding the thread open reads
 * the message another participant posts, and the "seen" receipt; an inbox stream carries only what
 * its caller may see. On PostgreSQL the event travels through NOTIFY/LISTEN.
 */
import type { Message } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageHub, type Subscriber, sees } from "../../src/messaging/hub.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { openSse } from "./sse-reader.ts";

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("server-sent events", () => {
  it("delivers a client's message to the coach's open thread, and the coach's receipt back", async () => {
    const coachPage = await openSse(a.coach, `/api/clients/${a.ids.clientId}/messages/stream`);
    const clientPage = await openSse(a.client, "/api/me/messages/stream");
    try {
      expect(coachPage.status).toBe(200);
      expect(coachPage.contentType).toContain("text/event-stream");
      await coachPage.next((e) => e.event === "ready");
      await clientPage.next((e) => e.event === "ready");

      const sent = await a.client.post<Message>("/api/me/messages", { body: "Live from my phone" });
      const got = await coachPage.next((e) => e.event === "message");
      expect(got.data).toMatchObject({ type: "message", message: { id: sent.body.id, body: "Live from my phone" } });

      await a.coach.post(`/api/clients/${a.ids.clientId}/messages/read`, { seq: sent.body.seq });
      const receipt = await clientPage.next((e) => e.event === "read");
      expect(receipt.data).toMatchObject({ receipt: { role: "coach", lastReadSeq: sent.body.seq } });

      const reply = await a.coach.post<Message>(`/api/clients/${a.ids.clientId}/messages`, { body: "Got it" });
      const back = await clientPage.next((e) => e.event === "message");
      expect(back.data).toMatchObject({ message: { id: reply.body.id, authorRole: "coach" } });
    } finally {
      coachPage.close();
      clientPage.close();
    }
  });

  it("sends the coach's inbox stream their clients' messages only", async () => {
    const inbox = await openSse(a.coach, "/api/messages/stream");
    const otherInbox = await openSse(a.otherCoach, "/api/messages/stream");
    const ownerInbox = await openSse(a.owner, "/api/messages/stream");
    try {
      await inbox.next((e) => e.event === "ready");
      await otherInbox.next((e) => e.event === "ready");
      const spare = await a.coach.post<Message>(`/api/clients/${a.ids.spareClientId}/messages`, { body: "to spare" });
      expect((await inbox.next((e) => e.event === "message")).data).toMatchObject({ message: { id: spare.body.id } });
      expect((await ownerInbox.next((e) => e.event === "message")).data).toMatchObject({
        message: { id: spare.body.id },
      });
      // The other coach gets a thread only once assigned one: their first event is that thread's.
      const theirs = await createClient(a.owner, "Other coach's client");
      await a.owner.post(`/api/clients/${theirs}/assign`, { coachUserId: a.ids.otherCoachId });
      const mine = await a.owner.post<Message>(`/api/clients/${theirs}/messages`, { body: "for the other coach" });
      const first = await otherInbox.next((e) => e.event === "message");
      expect(first.data).toMatchObject({ message: { id: mine.body.id } });
    } finally {
      inbox.close();
      otherInbox.close();
      ownerInbox.close();
    }
  });

  it("answers a plain GET (no event-stream Accept header) with the snapshot once", async () => {
    const res = await a.client.get<{ lastSeq: number; unread: number }>("/api/me/messages/stream");
    expect(res.status).toBe(200);
    expect(typeof res.body.lastSeq).toBe("number");
    expect((await b.client.get(`/api/clients/${a.ids.clientId}/messages/stream`)).status).toBe(404);
  });
});

describe("the hub's visibility rule", () => {
  const event = {
    organizationId: "org",
    clientId: "c1",
    coachUserIds: ["coach1"],
    event: { type: "read" as const, clientId: "c1", receipt: {} as never },
  };
  const sub = (s: Partial<Subscriber>): Subscriber => ({
    organizationId: "org",
    userId: "u",
    role: "coach",
    send: () => {},
    ...s,
  });

  it("shows an event to the owner, the assigned coaches and the client, not to others", () => {
    expect(sees(sub({ role: "owner" }), event)).toBe(true);
    expect(sees(sub({ userId: "coach1" }), event)).toBe(true);
    expect(sees(sub({ userId: "coach2" }), event)).toBe(false);
    expect(sees(sub({ role: "client", ownClientId: "c1" }), event)).toBe(true);
    expect(sees(sub({ role: "client", ownClientId: "c2" }), event)).toBe(false);
    expect(sees(sub({ role: "owner", organizationId: "other" }), event)).toBe(false);
    expect(sees(sub({ threadClientId: "c2", role: "owner" }), event)).toBe(false);
  });

  it("stops delivering after unsubscribe", () => {
    const hub = new MessageHub();
    const got: unknown[] = [];
    const off = hub.subscribe(sub({ role: "owner", send: (e) => got.push(e) }));
    expect(hub.publish(event)).toBe(1);
    off();
    off();
    expect(hub.publish(event)).toBe(0);
    expect(hub.size).toBe(0);
    expect(got).toHaveLength(1);
  });
});
