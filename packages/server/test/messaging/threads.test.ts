/**
 * Coach–client threads over HTTP: posting from both sides, pages newest last, read receipts and
 * unread counts, attachments, input limits, who may read and write, export and deletion. Runs on
 * PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import type { Message, MessageThread, UnreadSummary } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createTestApp, createWorld, inviteAndAccept, type Org, type TestApp } from "../support.ts";

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

const thread = (id: string) => `/api/clients/${id}/messages`;

describe("a conversation between a client and their coach", () => {
  it("delivers both ways, newest last, with receipts and unread counts on each side", async () => {
    const id = await createClient(a.coach, "Talker");
    const clientLogin = t.client();
    await inviteAndAccept(a.coach, clientLogin, { role: "client", clientId: id });

    const sent = await clientLogin.post<Message>("/api/me/messages", { body: "  Knee felt odd on squats  " });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ seq: 1, authorRole: "client", body: "Knee felt odd on squats", clientId: id });

    const unread = await a.coach.get<UnreadSummary>("/api/messages/unread");
    expect(unread.body.threads.find((x) => x.clientId === id)).toMatchObject({ unread: 1, clientName: "Talker" });

    const reply = await a.coach.post<Message>(thread(id), { body: "Thanks, let's swap to box squats." });
    expect(reply.body).toMatchObject({ seq: 2, authorRole: "coach" });
    // Replying marks what came before as read for the coach.
    const after = await a.coach.get<UnreadSummary>("/api/messages/unread");
    expect(after.body.threads.find((x) => x.clientId === id)).toBeUndefined();

    const mine = await clientLogin.get<MessageThread>("/api/me/messages");
    expect(mine.body.items.map((m) => m.seq)).toEqual([1, 2]);
    expect(mine.body.unread).toBe(1);
    const coachReceipt = mine.body.receipts.find((r) => r.role === "coach");
    expect(coachReceipt?.lastReadSeq).toBe(2);

    const read = await clientLogin.post<{ unread: number; receipt: { lastReadSeq: number } }>("/api/me/messages/read", {
      seq: 2,
    });
    expect(read.body).toMatchObject({ unread: 0, receipt: { lastReadSeq: 2, role: "client" } });
    // The pointer never moves backwards, and is capped at the newest message.
    await clientLogin.post("/api/me/messages/read", { seq: 1 });
    const capped = await clientLogin.post<{ receipt: { lastReadSeq: number } }>("/api/me/messages/read", { seq: 99 });
    expect(capped.body.receipt.lastReadSeq).toBe(2);

    const seen = await a.coach.get<MessageThread>(thread(id));
    expect(seen.body.receipts.find((r) => r.role === "client")?.lastReadSeq).toBe(2);
  });

  it("pages older messages with before=<seq>", async () => {
    const id = await createClient(a.coach, "Pager");
    for (let i = 1; i <= 5; i++) expect((await a.coach.post(thread(id), { body: `note ${i}` })).status).toBe(201);
    const newest = await a.coach.get<MessageThread>(`${thread(id)}?limit=2`);
    expect(newest.body.items.map((m) => m.body)).toEqual(["note 4", "note 5"]);
    expect(newest.body).toMatchObject({ hasMore: true, lastSeq: 5 });
    const older = await a.coach.get<MessageThread>(`${thread(id)}?limit=2&before=4`);
    expect(older.body.items.map((m) => m.seq)).toEqual([2, 3]);
    const oldest = await a.coach.get<MessageThread>(`${thread(id)}?limit=2&before=2`);
    expect(oldest.body).toMatchObject({ hasMore: false });
    expect(oldest.body.items.map((m) => m.seq)).toEqual([1]);
  });

  it("numbers concurrent posts without gaps or duplicates", async () => {
    const id = await createClient(a.coach, "Busy");
    const posts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => a.coach.post<Message>(thread(id), { body: `parallel ${i}` })),
    );
    expect(posts.map((p) => p.status)).toEqual(Array(8).fill(201));
    expect(posts.map((p) => p.body.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("lets the owner join: they read and write, and count unread only once joined", async () => {
    const id = await createClient(a.coach, "Owned");
    await a.coach.post(thread(id), { body: "coach note" });
    const before = await a.owner.get<UnreadSummary>("/api/messages/unread");
    expect(before.body.threads.find((x) => x.clientId === id)).toBeUndefined();
    const posted = await a.owner.post<Message>(thread(id), { body: "Owner here, welcome!" });
    expect(posted.body.authorRole).toBe("owner");
    await a.coach.post(thread(id), { body: "coach again" });
    const joined = await a.owner.get<UnreadSummary>("/api/messages/unread");
    expect(joined.body.threads.find((x) => x.clientId === id)?.unread).toBe(1);
  });
});

describe("attachments", () => {
  it("references the client's own session, proposal or chart, and refuses anything else", async () => {
    const id = await createClient(a.coach, "Attach");
    const chart = await a.coach.post<Message>(thread(id), {
      body: "Look",
      attachment: { kind: "chart", chart: "readiness" },
    });
    expect(chart.body.attachment).toMatchObject({ kind: "chart", chart: "readiness", label: "Readiness chart" });

    const draft = await a.coach.post<{ id: string }>(`/api/clients/${id}/sessions`, { durationMinutes: 45 });
    expect(draft.status).toBe(201);
    {
      const withSession = await a.coach.post<Message>(thread(id), {
        body: "Here is Monday",
        attachment: { kind: "session", id: draft.body.id },
      });
      expect(withSession.status).toBe(201);
      expect(withSession.body.attachment).toMatchObject({ kind: "session", id: draft.body.id, available: true });
      // Another client's thread cannot point at this session.
      const elsewhere = await a.coach.post(thread(a.ids.spareClientId), {
        body: "wrong",
        attachment: { kind: "session", id: draft.body.id },
      });
      expect(elsewhere.status).toBe(400);
      // A draft is the coach's: the client cannot attach it.
      const login = t.client();
      await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
      const byClient = await login.post("/api/me/messages", {
        body: "x",
        attachment: { kind: "session", id: draft.body.id },
      });
      expect(byClient.status).toBe(400);
    }
    const unknown = await a.coach.post<{ error: { details: { fields: { path: string }[] } } }>(thread(id), {
      body: "x",
      attachment: { kind: "proposal", id: "00000000-0000-4000-8000-000000000000" },
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain("attachment");
    const badChart = await a.coach.post(thread(id), { body: "x", attachment: { kind: "chart", chart: "mood" } });
    expect(badChart.status).toBe(400);
  });
});

describe("input limits", () => {
  it("refuses empty, too long, NUL and lone-surrogate bodies with a 400 naming the field", async () => {
    const cases: unknown[] = [
      { body: "   " },
      { body: "x".repeat(4001) },
      { body: "bad\u0000byte" },
      '{"body":"half \\ud800 a pair"}',
      {},
    ];
    for (const body of cases) {
      const res = await a.client.post<{ error: { code: string; message: string } }>("/api/me/messages", body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.body.error.code).toBe("validation_error");
      expect(res.body.error.message).toContain("body");
    }
    expect((await a.client.post("/api/me/messages", { body: "x".repeat(4000) })).status).toBe(201);
  });
});

describe("who may take part", () => {
  it("refuses a coach of other clients, another organization and another client (404, nothing leaks)", async () => {
    const id = a.ids.clientId;
    await a.client.post("/api/me/messages", { body: "private to my coach" });
    for (const outsider of [a.otherCoach, b.owner, b.coach]) {
      expect((await outsider.get(thread(id))).status).toBe(404);
      expect((await outsider.post(thread(id), { body: "hi" })).status).toBe(404);
      expect((await outsider.post(`${thread(id)}/read`, { seq: 1 })).status).toBe(404);
      expect((await outsider.get(`${thread(id)}/stream`)).status).toBe(404);
      const unread = await outsider.get<UnreadSummary>("/api/messages/unread");
      expect(JSON.stringify(unread.body)).not.toContain(id);
      const awaiting = await outsider.get("/api/messages/awaiting-reply");
      expect(JSON.stringify(awaiting.body)).not.toContain(id);
    }
    // Client B asks for A's thread by id: 404; their own /me thread is theirs only.
    expect((await b.client.get(thread(id))).status).toBe(404);
    expect((await b.client.post(thread(id), { body: "hi" })).status).toBe(404);
    const own = await b.client.get<MessageThread>("/api/me/messages");
    expect(own.body.clientId).toBe(b.ids.clientId);
    expect(JSON.stringify(own.body)).not.toContain("private to my coach");
    // A client cannot read their coach's other client (same coach, same organization).
    expect((await a.client.get(thread(a.ids.spareClientId))).status).toBe(404);
    // Coach-only summaries are not for clients.
    expect((await a.client.get("/api/messages/unread")).status).toBe(403);
    expect((await a.client.get("/api/messages/awaiting-reply")).status).toBe(403);
  });

  it("audits reads and writes without the message text", async () => {
    const id = await createClient(a.coach, "Audited");
    await a.coach.post(thread(id), { body: "secret words" });
    await a.coach.get(thread(id));
    const rows = await t.database.query<{ action: string; metadata: unknown }>(
      "select action, metadata from audit_events where client_id = $1 order by at",
      [id],
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toContain("message.posted");
    expect(actions).toContain("messages.listed");
    expect(JSON.stringify(rows)).not.toContain("secret words");
  });
});

describe("client data rights", () => {
  it("exports the client's messages and deletes them with the client", async () => {
    const id = await createClient(a.coach, "Leaving");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    await login.post("/api/me/messages", { body: "my words" });
    await a.coach.post(thread(id), { body: "coach words" });
    const exported = await login.get<{ records: { messages: { body: string }[]; messageReads: unknown[] } }>(
      `/api/clients/${id}/export`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.records.messages.map((m) => m.body)).toEqual(["my words", "coach words"]);
    expect(exported.body.records.messageReads.length).toBe(2);

    expect((await a.owner.delete(`/api/clients/${id}`)).status).toBe(200);
    const left = await t.database.query<{ n: number }>(
      "select (select count(*) from messages where client_id = $1)::int + (select count(*) from message_threads where client_id = $1)::int + (select count(*) from message_reads where client_id = $1)::int as n",
      [id],
    );
    expect(Number(left[0]?.n)).toBe(0);
  });
});

describe("notifications of new messages", () => {
  it("records one unread-message notification per thread until the recipient reads it", async () => {
    const id = await createClient(a.coach, "Notifier");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    const count = async (userId: string) =>
      Number(
        (
          await t.database.query<{ n: number }>(
            "select count(*)::int as n from notifications where recipient_user_id = $1 and client_id = $2 and kind = 'message'",
            [userId, id],
          )
        )[0]?.n,
      );
    await login.post("/api/me/messages", { body: "one" });
    await login.post("/api/me/messages", { body: "two" });
    expect(await count(a.ids.coachId)).toBe(1);
    await a.coach.post(`${thread(id)}/read`, { seq: 2 });
    await login.post("/api/me/messages", { body: "three" });
    expect(await count(a.ids.coachId)).toBe(2);
    // The owner has not joined this thread: nothing for them.
    expect(await count(a.ids.ownerId)).toBe(0);
    const reply = await a.coach.post<Message>(thread(id), { body: "on it" });
    expect(reply.status).toBe(201);
    const rows = await t.database.query<{ subject: string; body: string }>(
      "select subject, body from notifications where client_id = $1 and kind = 'message'",
      [id],
    );
    expect(rows.length).toBe(3);
    expect(JSON.stringify(rows)).not.toContain("three");
  });
});
