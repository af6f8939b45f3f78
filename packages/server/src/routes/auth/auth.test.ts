import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, login, PASSWORD, signup, type TestApp, uniqueEmail } from "../../testing/index.ts";

describe("auth through the real server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { loginRateLimit: { max: 3, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it("signup creates an organization whose first user is owner, with a hardened session cookie", async () => {
    const c = t.client();
    const email = uniqueEmail();
    const res = await c.post("/api/auth/signup", { organizationName: "Acme", name: "Ann", email, password: PASSWORD });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: "owner", organization: { name: "Acme" }, user: { email } });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^spotter_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure"); // plain http in tests; "auto" sets it behind https
    expect((await c.get("/api/auth/me")).body).toMatchObject({ role: "owner", user: { email } });
  });

  it("sets Secure on the cookie when the request came over https behind a trusted proxy", async () => {
    const tt = await createTestApp({ config: { trustProxy: ["loopback"] } });
    try {
      const c = tt.client();
      const res = await c.request(
        "POST",
        "/api/auth/signup",
        { organizationName: "S", name: "S", email: uniqueEmail(), password: PASSWORD },
        { "x-forwarded-proto": "https" },
      );
      expect(res.headers.get("set-cookie")).toContain("Secure");
    } finally {
      await tt.close();
    }
  });

  it("refuses a duplicate email with 409 conflict", async () => {
    const a = t.client();
    const me = await signup(a);
    const res = await t.client().post("/api/auth/signup", {
      organizationName: "X",
      name: "X",
      email: me.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: "conflict" } });
  });

  it("two simultaneous signups with one email give one 201 and one 409, never a 500", async () => {
    const email = uniqueEmail("race");
    const body = { organizationName: "Race", name: "R", email, password: PASSWORD };
    const results = await Promise.all([
      t.client().post("/api/auth/signup", body),
      t.client().post("/api/auth/signup", body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("logs in, reads me, logs out; the old cookie then stops working", async () => {
    const a = t.client();
    const me = await signup(a);
    const b = t.client();
    const logged = await login(b, me.email);
    expect(logged.role).toBe("owner");
    const oldCookie = b.cookie;
    expect((await b.post("/api/auth/logout")).status).toBe(200);
    expect(b.cookie).toBeUndefined();
    b.cookie = oldCookie;
    expect((await b.get("/api/auth/me")).status).toBe(401);
  });

  it("wrong password and unknown email get the same 401", async () => {
    const me = await signup(t.client());
    const wrong = await t.client().post("/api/auth/login", { email: me.email, password: "not the password" });
    const unknown = await t.client().post("/api/auth/login", { email: uniqueEmail(), password: "whatever-it-is" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it("refuses a cookie-authenticated write without the right x-csrf-token (403 csrf_failed)", async () => {
    const c = t.client();
    await signup(c);
    c.sendCsrf = false;
    const missing = await c.post("/api/auth/logout");
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ error: { code: "csrf_failed" } });
    const wrong = await c.request("POST", "/api/auth/logout", undefined, { "x-csrf-token": "nope" });
    expect(wrong.status).toBe(403);
    c.sendCsrf = true;
    expect((await c.post("/api/auth/logout")).status).toBe(200);
  });

  it("rate-limits failed logins per source address with 429, a clear message and Retry-After", async () => {
    // Its own app: the address counter must not carry the failures of the tests above.
    const tt = await createTestApp({ config: { loginRateLimit: { max: 3, windowMs: 60_000 } } });
    try {
      const me = await signup(tt.client());
      const c = tt.client();
      for (let i = 0; i < 3; i++)
        expect((await c.post("/api/auth/login", { email: me.email, password: "bad-password" })).status).toBe(401);
      const limited = await c.post<{ error: { code: string; message: string } }>("/api/auth/login", {
        email: me.email,
        password: PASSWORD,
      });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("rate_limited");
      expect(limited.body.error.message).toMatch(/try again in \d+ seconds/);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      // The address limit counts failures across accounts (spraying); test/throttle.test.ts covers
      // the per-account delay, device cookies and proxies.
      const other = await signup(tt.client());
      expect((await c.post("/api/auth/login", { email: other.email, password: PASSWORD })).status).toBe(429);
    } finally {
      await tt.close();
    }
  });

  it("anonymous me is 401 and security headers are set", async () => {
    const res = await t.client().get("/api/auth/me");
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
