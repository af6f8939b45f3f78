/**
 * The response-time promise on messages, on a clock the test moves: a client message waits under
 * the tier's hours (yellow-level hours; red-level while the client is red, stored or by an open red
 * flag), is listed as overdue once they pass, and leaves the list when a coach or the owner
 * answers. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import type { AwaitingReply, NotificationList } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/programming/clock.ts";
import { escalateOverdueReplies } from "../../src/weekly-checkins/schedule.ts";
import { createClient, createTestApp, createWorld, inviteAndAccept, type Org, type TestApp } from "../support.ts";

const START = Date.parse("2026-03-02T09:00:00Z");
const HOUR = 3_600_000;
let nowMs = START;
const clock: Clock = { now: () => new Date(nowMs) };

let t: TestApp;
let a: Org;
beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

const awaiting = async () => (await a.coach.get<AwaitingReply>("/api/messages/awaiting-reply")).body;

describe("replies owed under the tier's promise", () => {
  it("counts from the oldest unanswered client message and marks it overdue after the tier's hours", async () => {
    const id = await createClient(a.coach, "Waiting Wendy");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    // Premium promises a reply to a yellow within 12 h (monitoring/tiers.ts DEFAULT_TIERS).
    expect((await a.coach.request("PUT", `/api/clients/${id}/tier`, { model: "human_in_loop_premium" })).status).toBe(
      200,
    );

    nowMs = START;
    await login.post("/api/me/messages", { body: "Can I move Thursday's session?" });
    nowMs = START + 2 * HOUR;
    await login.post("/api/me/messages", { body: "Also, Friday?" });

    nowMs = START + 11 * HOUR;
    const early = (await awaiting()).items.find((i) => i.clientId === id);
    expect(early).toMatchObject({
      tierName: "Premium",
      promiseHours: 12,
      awaitingSince: new Date(START).toISOString(),
      dueAt: new Date(START + 12 * HOUR).toISOString(),
      overdue: false,
    });

    nowMs = START + 13 * HOUR;
    const late = await awaiting();
    expect(late.items.find((i) => i.clientId === id)?.overdue).toBe(true);
    expect(late.overdue).toBeGreaterThanOrEqual(1);

    // The owner answering counts as the coaching team's reply.
    await a.owner.post(`/api/clients/${id}/messages`, { body: "Yes to both." });
    expect((await awaiting()).items.find((i) => i.clientId === id)).toBeUndefined();

    // The next client message starts a new clock.
    nowMs = START + 20 * HOUR;
    await login.post("/api/me/messages", { body: "Thanks!" });
    const again = (await awaiting()).items.find((i) => i.clientId === id);
    expect(again?.awaitingSince).toBe(new Date(START + 20 * HOUR).toISOString());
  });

  it("promises the red-level hours while an open red flag no evaluation has seen stands, yellow once resolved", async () => {
    const id = await createClient(a.coach, "Flagged Fiona");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    // Premium: 12 h at yellow level, 2 h at red.
    expect((await a.coach.request("PUT", `/api/clients/${id}/tier`, { model: "human_in_loop_premium" })).status).toBe(
      200,
    );
    const since = START + 40 * HOUR;
    nowMs = since;
    await login.post("/api/me/messages", { body: "I felt chest pain on my run." });
    // The last evaluation said green (stored as a pass would; the tier already made the row).
    const stored = await t.database.query(
      "update client_monitoring set level = 'green', last_computed_at = $2 where client_id = $1 returning 1",
      [id, new Date(since)],
    );
    expect(stored).toHaveLength(1);
    // A red flag opened outside an evaluation (straight in the table).
    const [flag] = await t.database.query<{ id: string }>(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action)
       values ($1, $2, 'test_red', 'red', 'test', 'test.rule', 'Opened outside an evaluation', '{}', 'review') returning id`,
      [a.ids.organizationId, id],
    );

    nowMs = since + 3 * HOUR;
    expect((await awaiting()).items.find((i) => i.clientId === id)).toMatchObject({
      promiseHours: 2,
      dueAt: new Date(since + 2 * HOUR).toISOString(),
      overdue: true,
    });
    // The escalation job goes by the same hours (weekly-checkins/schedule.ts).
    await escalateOverdueReplies(t.database, new Date(nowMs));
    const told = (await a.owner.get<NotificationList>("/api/notifications")).body.items.filter(
      (n) => n.kind === "overdue_escalation" && n.subject === "Message reply overdue: Flagged Fiona",
    );
    expect(told).toHaveLength(1);

    const resolved = await a.coach.post(`/api/flags/${flag?.id}/resolve`, {
      outcome: "note",
      note: "Called; GP saw them",
    });
    expect(resolved.status).toBe(200);
    expect((await awaiting()).items.find((i) => i.clientId === id)).toMatchObject({
      promiseHours: 12,
      dueAt: new Date(since + 12 * HOUR).toISOString(),
      overdue: false,
    });
  });

  it("uses the organization's default tier for a client without one, and only lists visible clients", async () => {
    const id = await createClient(a.coach, "Default Dan");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    nowMs = START + 30 * HOUR;
    await login.post("/api/me/messages", { body: "Hello?" });
    const item = (await awaiting()).items.find((i) => i.clientId === id);
    expect(item?.promiseHours).toBeGreaterThan(0);
    // A coach's own message never waits for a reply.
    await a.coach.post(`/api/clients/${a.ids.spareClientId}/messages`, { body: "Note to self" });
    expect((await awaiting()).items.find((i) => i.clientId === a.ids.spareClientId)).toBeUndefined();
    // The unassigned coach sees none of this coach's clients.
    const other = (await a.otherCoach.get<AwaitingReply>("/api/messages/awaiting-reply")).body;
    expect(other.items).toEqual([]);
  });
});
