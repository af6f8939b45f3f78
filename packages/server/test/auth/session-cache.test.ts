import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { RELAXED_LIMITS } from "../../src/config.ts";
import type { Database } from "../../src/db/open.ts";
import { createOrg, createTestDatabase, login, PASSWORD, type TestApp, TestClient } from "../support.ts";

/**
 * Issue 12: sessions are answered from memory for a few seconds, and every way a session or the
 * access behind it ends reaches that memory before the ending request's response — including
 * code this module does not know (here: raw SQL in a route added for the test, as a later
 * deactivation or password-reset route would do it) and, on PostgreSQL, another API node.
 */
describe("session cache invalidation", () => {
  let database: Database;
  let app: FastifyInstance;
  let t: TestApp;
  let nowMs = Date.parse("2026-03-02T08:00:00Z");
  const clock = { now: () => new Date(nowMs) };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({
      database,
      logger: false,
      clock,
      config: { ...RELAXED_LIMITS },
      extend: (a) => {
        // What another engineer's route might do: end access with plain SQL, no call into auth/.
        a.post<{ Body: { statement: string; userId: string } }>(
          "/test/end-access",
          { config: { access: { public: true } } },
          async (request) => {
            const { statement, userId } = request.body;
            if (statement === "delete-sessions")
              await a.db.execute(sql`delete from login_sessions where user_id = ${userId}`);
            if (statement === "delete-membership")
              await a.db.execute(sql`delete from memberships where user_id = ${userId}`);
            if (statement === "update-user")
              await a.db.execute(sql`update users set name = name || '.' where id = ${userId}`);
            if (statement === "truncate-sessions") await a.db.execute(sql`truncate login_sessions`);
            if (statement === "unlink-client")
              await a.db.execute(sql`update clients set user_id = null where user_id = ${userId}`);
            return { ok: true };
          },
        );
      },
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    t = { app, db: database.db, database, baseUrl, client: () => new TestClient(baseUrl), close: async () => {} };
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const endAccess = (statement: string, userId: string) => t.client().post("/test/end-access", { statement, userId });

  it("answers a known session from memory: with the trigger off, a deleted row is not noticed", async () => {
    const org = await createOrg(t, "Cached");
    expect((await org.coach.get("/api/auth/me")).status).toBe(200);
    expect(app.sessionCache.enabled).toBe(true);
    await database.query("alter table login_sessions disable trigger login_sessions_notify_ended");
    try {
      await database.query("delete from login_sessions where user_id = $1", [org.ids.coachId]);
      // Proof the cache serves: the database no longer has the row, the cached session still answers.
      expect((await org.coach.get("/api/auth/me")).status).toBe(200);
    } finally {
      await database.query("alter table login_sessions enable trigger login_sessions_notify_ended");
    }
    app.sessionCache.clear();
    expect((await org.coach.get("/api/auth/me")).status).toBe(401);
  });

  it("logout, password change and sign-out-everywhere refuse the same cookie's next request", async () => {
    const org = await createOrg(t, "Revoke");
    const copy = org.coach.clone();
    expect((await copy.get("/api/clients")).status).toBe(200);
    expect((await org.coach.post("/api/auth/logout")).status).toBe(200);
    expect((await copy.get("/api/clients")).status).toBe(401);

    const other = t.client();
    await login(other, org.ids.ownerEmail);
    expect((await other.get("/api/clients")).status).toBe(200);
    const changed = await org.owner.post("/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "another long password",
    });
    expect(changed.status).toBe(200);
    expect((await other.get("/api/clients")).status).toBe(401);
    expect((await org.owner.get("/api/clients")).status).toBe(200);

    const ownerCopy = org.owner.clone();
    expect((await ownerCopy.get("/api/clients")).status).toBe(200);
    expect((await org.owner.request("DELETE", "/api/auth/sessions")).status).toBe(200);
    expect((await ownerCopy.get("/api/clients")).status).toBe(401);
  });

  it("member removal refuses the removed coach's cached session at once", async () => {
    const org = await createOrg(t, "Removal");
    expect((await org.otherCoach.get("/api/clients")).status).toBe(200);
    expect((await org.owner.post(`/api/members/${org.ids.otherCoachId}/remove`, {})).status).toBe(200);
    expect((await org.otherCoach.get("/api/clients")).status).toBe(401);
  });

  it("access ended by code outside auth/ (raw SQL on sessions, memberships, users, client links) applies at once", async () => {
    const org = await createOrg(t, "Foreign");
    expect((await org.coach.get("/api/clients")).status).toBe(200);
    await endAccess("delete-sessions", org.ids.coachId);
    expect((await org.coach.get("/api/clients")).status).toBe(401);

    expect((await org.otherCoach.get("/api/clients")).status).toBe(200);
    await endAccess("delete-membership", org.ids.otherCoachId);
    expect((await org.otherCoach.get("/api/clients")).status).toBe(401);

    // A client whose login is unlinked from their record loses the record's data at once.
    expect((await org.client.get("/api/me/today")).status).toBe(200);
    const before = app.sessionCache.size;
    await endAccess("unlink-client", org.ids.clientUserId);
    expect(app.sessionCache.size).toBeLessThan(before);
    const afterUnlink = await org.client.get<{ error: { code: string } }>("/api/me/today");
    expect(afterUnlink.status).not.toBe(500);
    expect(afterUnlink.body).not.toMatchObject({ session: expect.anything() });

    // Any change to the user row (password reset, deactivation) drops their cached sessions.
    expect((await org.owner.get("/api/clients")).status).toBe(200);
    const cachedBefore = app.sessionCache.size;
    await endAccess("update-user", org.ids.ownerId);
    expect(app.sessionCache.size).toBe(cachedBefore - 1);
  });

  it("a cached session still expires on the app clock", async () => {
    const org = await createOrg(t, "Expiry");
    expect((await org.coach.get("/api/clients")).status).toBe(200);
    const saved = nowMs;
    nowMs += 15 * 24 * 3600 * 1000;
    try {
      expect((await org.coach.get("/api/clients")).status).toBe(401);
    } finally {
      nowMs = saved;
    }
  });

  it("TRUNCATE (restore --force) fires no row trigger, yet every cached session is dropped", async () => {
    const org = await createOrg(t, "Truncate");
    expect((await org.coach.get("/api/clients")).status).toBe(200);
    expect(app.sessionCache.size).toBeGreaterThan(0);
    await endAccess("truncate-sessions", org.ids.coachId);
    expect(app.sessionCache.size).toBe(0);
    expect((await org.coach.get("/api/clients")).status).toBe(401);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "PostgreSQL: a second API node drops the session when the first ends it",
    async () => {
      const second = await buildApp({ database: { ...database, close: async () => {} }, logger: false, clock });
      try {
        await second.listen({ port: 0, host: "127.0.0.1" });
        const address = second.server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        const org = await createOrg(t, "TwoNodes");
        const onSecond = new TestClient(`http://127.0.0.1:${port}`);
        onSecond.cookie = org.coach.cookie;
        expect((await onSecond.get("/api/clients")).status).toBe(200);
        expect(second.sessionCache.size).toBe(1);
        expect((await org.coach.post("/api/auth/logout")).status).toBe(200);
        // Every invalidation committed before the barrier has reached the second node's memory.
        await second.sessionListener.barrier();
        expect((await onSecond.get("/api/clients")).status).toBe(401);
      } finally {
        await second.close();
      }
    },
  );
});
