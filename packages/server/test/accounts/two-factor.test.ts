import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, login, PASSWORD, type TestApp } from "../support.ts";

/** Issue 11, item 4: optional TOTP two-factor for owners and coaches, on an injected clock. */
describe("two-factor sign-in (TOTP)", () => {
  let t: TestApp;
  let now = Date.parse("2026-03-02T09:00:10Z");
  const clock = { now: () => new Date(now) };
  const codeAt = (secret: string, ms = now) => generate({ secret, epoch: Math.floor(ms / 1000) });

  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  it("enrol, confirm, then sign-in needs a current code once; recovery codes work once; disable needs the password", async () => {
    const org = await createOrg(t, "Totp");
    const email = org.ids.ownerEmail;
    const enrol = await org.owner.post<{ secret: string; otpauthUri: string; qrSvg: string }>("/api/auth/totp/enrol");
    expect(enrol.status).toBe(200);
    const { secret } = enrol.body;
    expect(enrol.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Spotter:.+secret=[A-Z2-7]+/);
    expect(enrol.body.qrSvg).toMatch(/^<svg/);
    // Not on until confirmed: sign-in still needs only the password.
    await login(t.client(), email);
    const wrong = await org.owner.post("/api/auth/totp/confirm", { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { fields: [{ path: "body.code" }] } });
    const confirmed = await org.owner.post<{ recoveryCodes: string[] }>("/api/auth/totp/confirm", {
      code: await codeAt(secret),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(
      (await org.owner.get<{ twoFactor: { enabled: boolean } }>("/api/auth/security")).body.twoFactor.enabled,
    ).toBe(true);

    const noCode = await t.client().post("/api/auth/login", { email, password: PASSWORD });
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ error: { code: "two_factor_required", fields: [{ path: "body.code" }] } });
    // The wrong password still says only "wrong email or password", with or without a code.
    const badPw = await t.client().post("/api/auth/login", { email, password: "not the password", code: "123456" });
    expect(badPw.body).toMatchObject({ error: { code: "unauthenticated" } });

    now += 30_000; // next step: the confirm code's step is spent
    const code = await codeAt(secret);
    expect((await t.client().post("/api/auth/login", { email, password: PASSWORD, code })).status).toBe(200);
    // The same code again (a replay, or someone watching over a shoulder) is refused.
    const replay = await t.client().post("/api/auth/login", { email, password: PASSWORD, code });
    expect(replay.status).toBe(401);
    // A code from a step 5 minutes ago is refused; one step of drift either side is accepted.
    expect(
      (
        await t
          .client()
          .post("/api/auth/login", { email, password: PASSWORD, code: await codeAt(secret, now - 300_000) })
      ).status,
    ).toBe(401);
    now += 30_000;
    expect(
      (
        await t
          .client()
          .post("/api/auth/login", { email, password: PASSWORD, code: await codeAt(secret, now + 30_000) })
      ).status,
    ).toBe(200);

    const recovery = confirmed.body.recoveryCodes[0] ?? "";
    expect(
      (await t.client().post("/api/auth/login", { email, password: PASSWORD, code: recovery.toUpperCase() })).status,
    ).toBe(200);
    expect((await t.client().post("/api/auth/login", { email, password: PASSWORD, code: recovery })).status).toBe(401);
    expect(
      (await org.owner.get<{ twoFactor: { recoveryCodesLeft: number } }>("/api/auth/security")).body.twoFactor
        .recoveryCodesLeft,
    ).toBe(9);

    const badDisable = await org.owner.post("/api/auth/totp/disable", { password: "not the password" });
    expect(badDisable.status).toBe(400);
    expect((await org.owner.post("/api/auth/totp/disable", { password: PASSWORD })).status).toBe(200);
    await login(t.client(), email);

    const audit = await t.database.query<{ action: string; reason: string | null }>(
      `select action, metadata->>'reason' as reason from audit_events
        where entity_id = $1 and action in ('auth.two_factor_enabled', 'auth.two_factor_disabled', 'auth.login_failed')
        order by at`,
      [org.ids.ownerId],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["auth.two_factor_enabled", "auth.two_factor_disabled", "auth.login_failed"]),
    );
    expect(audit.filter((a) => a.reason === "two_factor").length).toBeGreaterThanOrEqual(3);
  });

  it("clients do not get two-factor; enrolling twice without disabling is refused", async () => {
    const org = await createOrg(t, "TotpRoles");
    expect((await org.client.post("/api/auth/totp/enrol")).status).toBe(403);
    expect(
      (await org.client.get<{ twoFactor: { available: boolean } }>("/api/auth/security")).body.twoFactor.available,
    ).toBe(false);
    const first = await org.coach.post<{ secret: string }>("/api/auth/totp/enrol");
    expect((await org.coach.post("/api/auth/totp/confirm", { code: await codeAt(first.body.secret) })).status).toBe(
      200,
    );
    expect((await org.coach.post("/api/auth/totp/enrol")).status).toBe(409);
    const members = await org.owner.get<{ items: { userId: string; twoFactorEnabled: boolean }[] }>("/api/members");
    expect(members.body.items.find((m) => m.userId === org.ids.coachId)?.twoFactorEnabled).toBe(true);
  });
});
