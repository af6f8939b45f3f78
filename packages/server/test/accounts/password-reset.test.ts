import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueEmails } from "../../src/notifications/deliver.ts";
import { createSmtpMailer, type MailConfig, type Mailer } from "../../src/notifications/mailer.ts";
import { startTestSmtp, type TestSmtp, toAddresses } from "../notifications/smtp.ts";
import { createOrg, createTestApp, login, PASSWORD, type TestApp, uniqueEmail } from "../support.ts";

/** Issue 11, item 4: password reset by email, read from a real SMTP server in this process. */
describe("password reset by email", () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let mail: MailConfig;
  let now = Date.parse("2026-03-02T09:00:00Z");
  const clock = { now: () => new Date(now) };

  beforeAll(async () => {
    t = await createTestApp({ clock, config: { publicUrl: "https://spotter.test" } });
    smtp = await startTestSmtp();
    mail = { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>", publicUrl: "https://spotter.test" };
    mailer = createSmtpMailer(mail);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await t.close();
  });

  const deliver = () => deliverDueEmails(t.database, { mailer, mail, now: clock.now() });
  /** The token in the newest reset email to `email` (it rides in the link's fragment). */
  async function tokenFor(email: string): Promise<string> {
    await deliver();
    const got = smtp.received.filter(
      (m) => m.subject === "Reset your Spotter password" && toAddresses(m).includes(email),
    );
    const text = got.at(-1)?.text ?? "";
    const token = /https:\/\/spotter\.test\/reset-password#([A-Za-z0-9_-]+)/.exec(text)?.[1];
    if (!token) throw new Error(`no reset link in ${JSON.stringify(text)}`);
    return token;
  }

  it("emails a single-use link; using it sets the password and ends every session", async () => {
    const org = await createOrg(t, "Reset");
    const email = org.ids.ownerEmail;
    const laptop = t.client();
    await login(laptop, email);
    const asked = await t.client().post("/api/auth/password-reset/request", { email: email.toUpperCase() });
    expect(asked.status).toBe(200);
    const token = await tokenFor(email);
    // Stored hashed: the token itself appears nowhere in the database.
    const rows = await t.database.query<{ n: number }>(
      "select count(*)::int as n from password_resets where token_hash = $1",
      [token],
    );
    expect(rows[0]?.n).toBe(0);
    const done = await t
      .client()
      .post("/api/auth/password-reset/complete", { token, newPassword: "a brand new password" });
    expect(done.status).toBe(200);
    expect((await laptop.get("/api/auth/me")).status).toBe(401);
    expect((await org.owner.get("/api/auth/me")).status).toBe(401);
    expect((await t.client().post("/api/auth/login", { email, password: PASSWORD })).status).toBe(401);
    await login(t.client(), email, "a brand new password");
    const again = await t
      .client()
      .post("/api/auth/password-reset/complete", { token, newPassword: "another password!" });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { fields: [{ path: "body.token" }] } });
    // The outbox keeps no live link once the email went out.
    const outbox = await t.database.query<{ body: string; sensitive: string }>(
      "select body, sensitive from notifications where kind = 'password_reset' and recipient_email = $1",
      [email],
    );
    expect(outbox.every((o) => o.sensitive === "redacted" && !o.body.includes(token))).toBe(true);
    const audit = await t.database.query<{ action: string }>(
      "select action from audit_events where entity_id = $1 and action like 'auth.password_reset%' order by at",
      [org.ids.ownerId],
    );
    expect(audit.map((a) => a.action)).toEqual(["auth.password_reset_requested", "auth.password_reset"]);
  });

  it("a link expires after 30 minutes", async () => {
    const org = await createOrg(t, "Expiry");
    await t.client().post("/api/auth/password-reset/request", { email: org.ids.ownerEmail });
    const token = await tokenFor(org.ids.ownerEmail);
    now += 31 * 60_000;
    const late = await t
      .client()
      .post("/api/auth/password-reset/complete", { token, newPassword: "too late for this" });
    expect(late.status).toBe(400);
    await login(t.client(), org.ids.ownerEmail);
  });

  it("answers an unknown email exactly like a known one, and sends nothing", async () => {
    const before = smtp.received.length;
    const ghost = uniqueEmail("ghost");
    const res = await t.client().post("/api/auth/password-reset/request", { email: ghost });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    await deliver();
    expect(smtp.received.slice(before).flatMap(toAddresses)).not.toContain(ghost);
  });

  it("sends at most 3 emails an hour to one address (same answer), and refuses a flood from one source", async () => {
    now += 2 * 3600_000; // a fresh window
    const org = await createOrg(t, "Flood");
    const email = org.ids.ownerEmail;
    for (let i = 0; i < 5; i++)
      expect((await t.client().post("/api/auth/password-reset/request", { email })).status).toBe(200);
    await deliver();
    const sent = smtp.received.filter((m) => toAddresses(m).includes(email) && m.subject?.startsWith("Reset"));
    expect(sent).toHaveLength(3);
    // 20 per source address per hour: 5 used above, 15 more pass, the next is a 429 with Retry-After.
    for (let i = 0; i < 15; i++)
      expect((await t.client().post("/api/auth/password-reset/request", { email: uniqueEmail("x") })).status).toBe(200);
    const refused = await t.client().post("/api/auth/password-reset/request", { email: uniqueEmail("x") });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    now += 3600_000;
    expect((await t.client().post("/api/auth/password-reset/request", { email: uniqueEmail("x") })).status).toBe(200);
  });
});
