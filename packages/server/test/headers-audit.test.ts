import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, type Org, PASSWORD, type TestApp } from "./support.ts";

/** Issue 11, item 6 and the audit part of item 4: origin checks, no-store, Secure cookies, audited reads and refusals. */
describe("headers, cookies and audited access", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Headers");
  });
  afterAll(() => t.close());

  const host = () => new URL(t.baseUrl).host;
  const rename = (headers: Record<string, string>) =>
    org.owner.request("PATCH", `/api/clients/${org.ids.clientId}`, { name: "Renamed" }, headers);

  it("refuses a cookie-authenticated write from another origin (403), even with the CSRF token", async () => {
    const evil = await rename({ origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.body).toMatchObject({ error: { code: "csrf_failed" } });
    expect((await rename({ referer: "https://evil.example/page" })).status).toBe(403);
    expect((await rename({ origin: "null" })).status).toBe(403);
    // Same host (any scheme: a TLS proxy may not be configured as trusted), or no browser headers.
    expect((await rename({ origin: `http://${host()}` })).status).toBe(200);
    expect((await rename({ origin: `https://${host()}` })).status).toBe(200);
    expect((await rename({ referer: `http://${host()}/clients` })).status).toBe(200);
    expect((await rename({})).status).toBe(200);
  });

  it("accepts the configured public URL's origin", async () => {
    const tt = await createTestApp({ config: { publicUrl: "https://coach.example.com" } });
    try {
      const o = await createOrg(tt, "Public");
      const res = await o.owner.request(
        "PATCH",
        `/api/clients/${o.ids.clientId}`,
        { name: "Renamed" },
        { origin: "https://coach.example.com" },
      );
      expect(res.status).toBe(200);
      // Secure whenever the public URL is https, though this request came over plain http.
      const login = await tt.client().post("/api/auth/login", { email: o.ids.ownerEmail, password: PASSWORD });
      expect(login.status).toBe(200);
      expect(login.headers.get("set-cookie")).toMatch(/spotter_session=[^;]+;.*Secure/);
    } finally {
      await tt.close();
    }
  });

  it("answers the API with Cache-Control: no-store (reads, exports, errors)", async () => {
    for (const path of ["/api/clients", `/api/clients/${org.ids.clientId}/export`, "/api/auth/me", "/api/nope"]) {
      const res = await org.owner.get(path);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
  });

  it("audits failed sign-ins, refusals, and reads of the audit trail and the member list", async () => {
    const before = new Date();
    expect(
      (await t.client().post("/api/auth/login", { email: org.ids.ownerEmail, password: "wrong-one" })).status,
    ).toBe(401);
    expect((await org.coach.get("/api/audit")).status).toBe(403);
    expect((await org.owner.get("/api/audit")).status).toBe(200);
    expect((await org.owner.get("/api/members")).status).toBe(200);
    const rows = await t.database.query<{ action: string; actor: string | null; metadata: Record<string, unknown> }>(
      `select action, actor_user_id as actor, metadata from audit_events
       where organization_id = $1 and at >= $2 order by at`,
      [org.ids.organizationId, before],
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(["auth.login_failed", "access.denied", "audit.read", "members.read"]),
    );
    const denied = rows.find((r) => r.action === "access.denied");
    expect(denied?.actor).toBe(org.ids.coachId);
    expect(denied?.metadata).toEqual({ method: "GET", route: "/api/audit" });
  });
});
