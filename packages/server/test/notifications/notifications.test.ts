/**
 * Notifications through HTTP and a real SMTP server in this process: a red flag raised by a
 * client's check-in reaches the assigned coach in-app at once and by email (the test reads what
 * the SMTP server received); the list, unread count, mark-read and preferences routes.
 */
import type { NotificationList, NotificationPreferencesView } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueEmails } from "../../src/notifications/deliver.ts";
import { createSmtpMailer, type MailConfig, type Mailer } from "../../src/notifications/mailer.ts";
import { notify } from "../../src/notifications/notify.ts";
import { checkInBody } from "../monitoring/helpers.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { startTestSmtp, type TestSmtp, toAddresses } from "./smtp.ts";

let t: TestApp;
let org: Org;
let smtp: TestSmtp;
let mail: MailConfig;
let mailer: Mailer;
let coachEmail: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Bell Org");
  smtp = await startTestSmtp();
  mail = { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>", publicUrl: "https://spotter.test" };
  mailer = createSmtpMailer(mail);
  const [u] = await t.database.query<{ email: string }>("select email from users where id = $1", [org.ids.coachId]);
  coachEmail = u?.email ?? "";
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
  await t.close();
});

const list = async (who = org.coach, query = "") => {
  const res = await who.get<NotificationList>(`/api/notifications${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe("a red flag notifies its coach at once (in-app and email)", () => {
  it("client reports chest pain → the assigned coach has one unread red_flag; the SMTP server receives it", async () => {
    const res = await org.client.post("/api/me/checkins", checkInBody({ redFlags: { chestPain: true } }));
    expect(res.status).toBeLessThan(300);

    const coach = await list();
    const red = coach.items.filter((n) => n.kind === "red_flag");
    expect(red).toHaveLength(1);
    expect(coach.unreadCount).toBe(1);
    expect(red[0]).toMatchObject({
      urgency: "high",
      subject: "Red flag: Bell Org client",
      linkPath: `/clients/${org.ids.clientId}`,
      clientId: org.ids.clientId,
      readAt: null,
      email: "pending",
    });
    // No health detail in what may leave by email.
    expect(`${red[0]?.subject} ${red[0]?.body}`).not.toMatch(/chest/i);
    // The owner is not the assigned coach: told only if it goes overdue (escalation.test.ts).
    expect((await list(org.owner)).items.filter((n) => n.kind === "red_flag")).toEqual([]);
    expect((await list(org.otherCoach)).unreadCount).toBe(0);

    // The same check-in again (it replaces the day's) records no second notification.
    await org.client.post("/api/me/checkins", checkInBody({ redFlags: { chestPain: true } }));
    expect((await list()).items.filter((n) => n.kind === "red_flag")).toHaveLength(1);

    const stats = await deliverDueEmails(t.database, { mailer, mail, now: t.app.clock.now() });
    expect(stats.sent).toBeGreaterThanOrEqual(1);
    expect(stats.retrying + stats.failed).toBe(0);
    const got = await smtp.find((m) => m.subject === "Red flag: Bell Org client");
    expect(toAddresses(got)).toEqual([coachEmail]);
    expect(got.from?.text).toContain("no-reply@spotter.test");
    expect(got.text).toContain(`https://spotter.test/clients/${org.ids.clientId}`);
    expect(got.text).not.toMatch(/chest/i);

    const attempts = await t.database.query<{ to_address: string; outcome: string; error_code: string | null }>(
      `select a.to_address, a.outcome, a.error_code from notification_attempts a
         join notifications n on n.id = a.notification_id where n.kind = 'red_flag'`,
    );
    expect(attempts).toEqual([{ to_address: coachEmail, outcome: "sent", error_code: null }]);
    expect((await list()).items.find((n) => n.kind === "red_flag")?.email).toBe("sent");
    // Delivered once: a second run finds nothing due for it.
    await deliverDueEmails(t.database, { mailer, mail, now: t.app.clock.now() });
    expect(smtp.received.filter((m) => m.subject === "Red flag: Bell Org client")).toHaveLength(1);
  }, 60_000);
});

describe("the notification centre routes", () => {
  it("pages newest first, marks some read (others' ids ignored), then all", async () => {
    for (let i = 1; i <= 5; i++)
      await notify(t.db, {
        organizationId: org.ids.organizationId,
        recipientUserIds: [org.ids.coachId],
        kind: "message",
        subject: `Message ${i}`,
        body: "Open the conversation in Spotter.",
      });
    const before = await list();
    const page1 = await list(org.coach, "?limit=2");
    expect(page1.items).toHaveLength(2);
    expect(page1.nextBefore).not.toBeNull();
    const seen = [...page1.items];
    let cursor = page1.nextBefore;
    while (cursor) {
      const page = await list(org.coach, `?limit=2&before=${encodeURIComponent(cursor)}`);
      seen.push(...page.items);
      cursor = page.nextBefore;
    }
    expect(new Set(seen.map((n) => n.id)).size).toBe(before.items.length);

    const theirs = (await list(org.client)).items.map((n) => n.id);
    const target = before.items.filter((n) => !n.readAt).slice(0, 2);
    const marked = await org.coach.post<{ marked: number }>("/api/notifications/read", {
      ids: [...target.map((n) => n.id), ...theirs],
    });
    expect(marked.body).toEqual({ marked: 2 });
    expect((await org.coach.get<{ unreadCount: number }>("/api/notifications/unread-count")).body.unreadCount).toBe(
      before.unreadCount - 2,
    );
    expect((await list(org.coach, "?unreadOnly=true")).items.map((n) => n.id)).not.toContain(target[0]?.id);
    const all = await org.coach.post<{ marked: number }>("/api/notifications/read-all");
    expect(all.body.marked).toBe(before.unreadCount - 2);
    expect((await list()).unreadCount).toBe(0);
  });

  it("rejects bad input naming the field", async () => {
    const bad = await org.coach.post<{ error: { fields: { path: string }[] } }>("/api/notifications/read", {
      ids: ["nope"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.path)).toEqual(["body.ids.0"]);
    const badLimit = await org.coach.get("/api/notifications?limit=1000");
    expect(badLimit.status).toBe(400);
  });

  it("preferences: email per kind; a red flag's email cannot be muted", async () => {
    const initial = await org.coach.get<NotificationPreferencesView>("/api/notifications/preferences");
    expect(initial.body.email.message).toBe(true);
    expect(initial.body.mandatory).toContain("red_flag");
    const put = await org.coach.request<NotificationPreferencesView>("PUT", "/api/notifications/preferences", {
      email: { message: false, red_flag: false },
    });
    expect(put.status).toBe(200);
    expect(put.body.email).toMatchObject({ message: false, red_flag: true, check_in_due: true });

    const muted = await notify(t.db, {
      organizationId: org.ids.organizationId,
      recipientUserIds: [org.ids.coachId, org.ids.ownerId],
      kind: "message",
      subject: "Muted for the coach",
      body: "x",
    });
    const rows = await t.database.query<{ recipient_user_id: string; email_status: string; reason: string | null }>(
      "select recipient_user_id, email_status, email_skip_reason as reason from notifications where id = any($1::uuid[])",
      [muted.ids],
    );
    expect(rows.find((r) => r.recipient_user_id === org.ids.coachId)).toMatchObject({
      email_status: "skipped",
      reason: "preference_off",
    });
    expect(rows.find((r) => r.recipient_user_id === org.ids.ownerId)?.email_status).toBe("pending");
    // Still in-app for the coach.
    expect((await list()).items.some((n) => n.subject === "Muted for the coach")).toBe(true);
  });

  it("a member the owner deactivated gets no more email; the row says why", async () => {
    await t.database.query(
      "update memberships set deactivated_at = now() where user_id = $1 and organization_id = $2",
      [org.ids.otherCoachId, org.ids.organizationId],
    );
    const { ids } = await notify(t.db, {
      organizationId: org.ids.organizationId,
      recipientUserIds: [org.ids.otherCoachId],
      kind: "system",
      subject: "For a deactivated coach",
      body: "x",
    });
    await deliverDueEmails(t.database, { mailer, mail, now: t.app.clock.now() });
    const [row] = await t.database.query<{ email_status: string; reason: string }>(
      "select email_status, email_skip_reason as reason from notifications where id = $1",
      [ids[0]],
    );
    expect(row).toEqual({ email_status: "skipped", reason: "recipient_inactive" });
    expect(smtp.received.some((m) => m.subject === "For a deactivated coach")).toBe(false);
  });

  it("the client's own notifications are in their data export; a coach's are not", async () => {
    await notify(t.db, {
      organizationId: org.ids.organizationId,
      recipientUserIds: [org.ids.clientUserId],
      clientId: org.ids.clientId,
      kind: "message",
      subject: "New message from your coach",
      body: "Open the conversation in Spotter.",
    });
    const res = await org.client.get<{ records: { notifications: { subject: string }[] } }>(
      `/api/clients/${org.ids.clientId}/export`,
    );
    expect(res.status).toBe(200);
    expect(res.body.records.notifications.map((n) => n.subject)).toEqual(["New message from your coach"]);
  });

  it("a red flag whose coach was deactivated goes to the owners instead", async () => {
    const id = await createClient(org.coach, "Orphan Red");
    await t.database.query(
      "update memberships set deactivated_at = now() where user_id = $1 and organization_id = $2",
      [org.ids.coachId, org.ids.organizationId],
    );
    const res = await org.owner.post(`/api/clients/${id}/checkins`, checkInBody({ redFlags: { chestPain: true } }));
    expect(res.status).toBeLessThan(300);
    const rows = await t.database.query<{ recipient_user_id: string }>(
      "select recipient_user_id from notifications where kind = 'red_flag' and client_id = $1",
      [id],
    );
    expect(rows.map((r) => r.recipient_user_id)).toEqual([org.ids.ownerId]);
  });
});
