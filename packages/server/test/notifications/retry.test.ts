/**
 * A mail server that refuses (SMTP 451) and then accepts: the email is retried with exponential
 * backoff on an injected clock, every attempt is recorded with its error code, nothing is lost;
 * without SMTP the email is recorded as skipped and the notification stays in-app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, deliverDueEmails, MAX_EMAIL_ATTEMPTS } from "../../src/notifications/deliver.ts";
import { createSmtpMailer, type MailConfig } from "../../src/notifications/mailer.ts";
import { notify, notifyAddress } from "../../src/notifications/notify.ts";
import { pruneNotifications } from "../../src/notifications/prune.ts";
import { createTestApp, signup, type TestApp } from "../support.ts";
import { startTestSmtp } from "./smtp.ts";

let t: TestApp;
let organizationId: string;
let ownerId: string;
let ownerEmail: string;
beforeAll(async () => {
  t = await createTestApp();
  const me = await signup(t.client(), "Retry Org");
  organizationId = me.organization.id;
  ownerId = me.user.id;
  ownerEmail = me.email;
});
afterAll(() => t.close());

const T0 = new Date("2030-01-07T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

type Attempt = { attempt: number; outcome: string; error_code: string | null; at: Date | string; to_address: string };
const attemptsOf = (id: string) =>
  t.database.query<Attempt>(
    "select attempt, outcome, error_code, at, to_address from notification_attempts where notification_id = $1 order by attempt",
    [id],
  );
const stateOf = async (id: string) =>
  (
    await t.database.query<{ email_status: string; email_attempts: number; next: Date | string | null }>(
      "select email_status, email_attempts, email_next_attempt_at as next from notifications where id = $1",
      [id],
    )
  )[0];

describe("email delivery retries with backoff", () => {
  it("backoff doubles from one minute and is capped", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20)).toBe(6 * 3600_000);
  });

  it("refused twice (451), then accepted: three attempts recorded, one email received", async () => {
    const smtp = await startTestSmtp({ refuseFirst: 2 });
    const mail: MailConfig = { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>" };
    const mailer = createSmtpMailer(mail);
    try {
      const { ids } = await notify(t.db, {
        organizationId,
        recipientUserIds: [ownerId],
        kind: "check_in_due",
        subject: "Weekly check-ins are due",
        body: "Three clients owe a weekly check-in.",
      });
      const id = ids[0] ?? "";

      const first = await deliverDueEmails(t.database, { mailer, mail, now: T0 });
      expect(first).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
      expect(smtp.refused()).toBe(1);
      const s1 = await stateOf(id);
      expect(s1).toMatchObject({ email_status: "pending", email_attempts: 1 });
      expect(new Date(s1?.next ?? 0).toISOString()).toBe(at(60_000).toISOString());

      // Not due yet: nothing is sent before the backoff has passed.
      expect((await deliverDueEmails(t.database, { mailer, mail, now: at(59_000) })).claimed).toBe(0);

      const second = await deliverDueEmails(t.database, { mailer, mail, now: at(60_000) });
      expect(second).toMatchObject({ claimed: 1, retrying: 1 });
      expect(new Date((await stateOf(id))?.next ?? 0).toISOString()).toBe(at(60_000 + 120_000).toISOString());

      const third = await deliverDueEmails(t.database, { mailer, mail, now: at(180_000) });
      expect(third).toMatchObject({ claimed: 1, sent: 1 });
      const got = await smtp.find((m) => m.subject === "Weekly check-ins are due");
      expect(got.text).toContain("Three clients owe a weekly check-in.");
      expect(smtp.received).toHaveLength(1);
      expect(await stateOf(id)).toMatchObject({ email_status: "sent", email_attempts: 3, next: null });

      const attempts = await attemptsOf(id);
      expect(attempts.map((a) => [a.attempt, a.outcome, a.to_address])).toEqual([
        [1, "failed", ownerEmail],
        [2, "failed", ownerEmail],
        [3, "sent", ownerEmail],
      ]);
      expect(attempts[0]?.error_code).toMatch(/451/);
      expect(new Date(attempts[2]?.at ?? 0).toISOString()).toBe(at(180_000).toISOString());
    } finally {
      mailer.close();
      await smtp.close();
    }
  }, 60_000);

  it("a server that never accepts: the email ends failed after the last attempt; the notification stays in-app", async () => {
    const smtp = await startTestSmtp({ refuseFirst: 1000 });
    const mail: MailConfig = { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>" };
    const mailer = createSmtpMailer(mail);
    try {
      const { ids } = await notify(t.db, {
        organizationId,
        recipientUserIds: [ownerId],
        kind: "system",
        subject: "Never accepted",
        body: "x",
      });
      const id = ids[0] ?? "";
      let now = at(3600_000);
      for (let i = 1; i <= MAX_EMAIL_ATTEMPTS; i++) {
        const stats = await deliverDueEmails(t.database, { mailer, mail, now });
        expect(stats.claimed).toBe(1);
        now = new Date(now.getTime() + backoffMs(i));
      }
      expect(await stateOf(id)).toMatchObject({ email_status: "failed", email_attempts: MAX_EMAIL_ATTEMPTS });
      expect((await deliverDueEmails(t.database, { mailer, mail, now: at(30 * 24 * 3600_000) })).claimed).toBe(0);
      expect(await attemptsOf(id)).toHaveLength(MAX_EMAIL_ATTEMPTS);
      const [inApp] = await t.database.query<{ n: number }>(
        "select count(*)::int as n from notifications where id = $1 and read_at is null",
        [id],
      );
      expect(inApp?.n).toBe(1);
    } finally {
      mailer.close();
      await smtp.close();
    }
  }, 60_000);

  it("without SMTP configured: recorded as skipped with the reason; a sensitive body is blanked", async () => {
    const { ids } = await notify(t.db, {
      organizationId,
      recipientUserIds: [ownerId],
      kind: "system",
      subject: "No SMTP here",
      body: "x",
    });
    const invite = await notifyAddress(t.db, {
      organizationId,
      email: "Someone.New@Example.test",
      kind: "invitation",
      subject: "You are invited",
      body: "Accept: https://spotter.test/invite/secret-token",
      sensitive: true,
    });
    const stats = await deliverDueEmails(t.database, { mailer: null, mail: null, now: at(40 * 24 * 3600_000) });
    expect(stats.skipped).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.query<{ email_status: string; email_skip_reason: string }>(
      "select email_status, email_skip_reason from notifications where id = $1",
      [ids[0]],
    );
    expect(row).toEqual({ email_status: "skipped", email_skip_reason: "smtp_not_configured" });
    expect((await attemptsOf(ids[0] ?? "")).map((a) => [a.outcome, a.error_code])).toEqual([
      ["skipped", "smtp_not_configured"],
    ]);
    const [inv] = await t.database.query<{ body: string; sensitive: string; recipient_email: string }>(
      "select body, sensitive, recipient_email from notifications where id = $1",
      [invite.id],
    );
    expect(inv).toEqual({ body: "", sensitive: "redacted", recipient_email: "someone.new@example.test" });
  });

  it("retention: read notifications go after 180 days, unread after a year, pending emails never", async () => {
    // Relative to the app's clock: the other tests' rows were created "now" and must stay.
    const now = t.app.clock.now();
    const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const make = async (subject: string, createdDaysAgo: number, read: boolean, status: string) => {
      const [row] = await t.database.query<{ id: string }>(
        `insert into notifications (organization_id, recipient_user_id, kind, subject, body, email_status, created_at, read_at)
         values ($1, $2, 'system', $3, 'x', $4, $5, $6) returning id`,
        [organizationId, ownerId, subject, status, ago(createdDaysAgo), read ? ago(createdDaysAgo) : null],
      );
      return row?.id ?? "";
    };
    const keep = [
      await make("read 179 days", 179, true, "sent"),
      await make("unread 300 days", 300, false, "sent"),
      await make("pending 400 days", 400, false, "pending"),
    ];
    const drop = [await make("read 181 days", 181, true, "sent"), await make("unread 366 days", 366, false, "skipped")];
    expect(await pruneNotifications(t.database, { now })).toBe(2);
    const left = await t.database.query<{ id: string }>("select id from notifications where id = any($1::uuid[])", [
      [...keep, ...drop],
    ]);
    expect(left.map((r) => r.id).sort()).toEqual([...keep].sort());
  });
});
