import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import type { Database } from "../src/db/open.ts";
import { loggerOptions, redactUrl } from "../src/http/logger.ts";
import { createTestDatabase, PASSWORD, profileInput } from "./support.ts";

/**
 * Issue 11: a 500's log line carried every SQL parameter (check-in values, notes, emails, password
 * hashes) and `/invite/<token>` URLs were logged in clear. Here each class of error is caused with
 * values no log may hold, through real routes and through a test route that makes the database
 * refuse a parameterised query the way a bug would, and the captured log is searched for them.
 */
describe("logs never carry the values a request sent", () => {
  const lines: string[] = [];
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const marker = (what: string) => `${what}${Math.random().toString(36).slice(2, 10)}`;
  const secrets: string[] = [];
  const secret = (what: string) => {
    const value = marker(what);
    secrets.push(value);
    return value;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({
      database,
      logger: { ...(loggerOptions("debug") as object), stream: { write: (l: string) => lines.push(l) } },
      extend: (a) => {
        // A route with the kinds of bugs that once produced 500s, each with a value in its parameters.
        a.post<{ Body: { kind: string; value: string } }>(
          "/test/fail",
          { config: { access: { public: true } } },
          async (request) => {
            const { kind, value } = request.body;
            if (kind === "unique") {
              await a.db.execute(sql`insert into organizations (name) values (${value})`);
              const [org] = await database.query<{ id: string }>("select id from organizations limit 1");
              await a.db.execute(
                sql`insert into users (email, name, password_hash) values (${value}, ${value}, ${value}), (${value}, ${value}, ${value})`,
              );
              return org;
            }
            if (kind === "not-null")
              await a.db.execute(sql`insert into users (email, name) values (${value}, ${value})`);
            if (kind === "bad-int") await a.db.execute(sql`select ${value}::int`);
            if (kind === "raw-pool") await database.query("select $1::int as n", [value]);
            if (kind === "plain") throw new Error(`could not handle ${value}`);
            if (kind === "syntax") JSON.parse(`{${value}`);
            if (kind === "log-call")
              request.log.error({ err: new Error(value), note: "ok" }, "a handler logged an error");
            return { ok: true };
          },
        );
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("database errors, thrown errors and logged errors keep code and constraint, not values", async () => {
    for (const kind of ["unique", "not-null", "bad-int", "raw-pool", "plain", "syntax", "log-call"]) {
      const value = secret(`fail-${kind}-`);
      const res = await app.inject({ method: "POST", url: "/test/fail", payload: { kind, value } });
      const expected = { unique: 409, "not-null": 400, "bad-int": 400, "raw-pool": 400, "log-call": 200 }[kind] ?? 500;
      expect(res.statusCode, kind).toBe(expected);
      expect(res.body).not.toContain(value);
    }
    const all = lines.join("");
    for (const value of secrets) expect(all).not.toContain(value);
    // What the lines do say: the SQLSTATE and the constraint, so an operator can still act.
    expect(all).toContain('"code":"23505"');
    expect(all).toContain("users_email");
    expect(all).toContain('"code":"23502"');
    expect(all).toContain('"code":"22P02"');
  });

  it("check-in values, notes, emails, passwords and tokens sent to real routes stay out of the log", async () => {
    const email = `${secret("owner")}@example.com`;
    const signup = await app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { organizationName: secret("org"), name: secret("name"), email, password: PASSWORD },
    });
    expect(signup.statusCode).toBe(201);
    const cookie = String(signup.headers["set-cookie"]).split(";")[0] ?? "";
    const csrf = (signup.json() as { csrfToken: string }).csrfToken;
    const headers = { cookie, "x-csrf-token": csrf };
    const note = secret("HEALTHNOTE");
    const created = await app.inject({
      method: "POST",
      url: "/api/clients",
      headers,
      payload: {
        name: secret("client"),
        profile: profileInput({ preferences: { likes: [], dislikes: [], notes: note } }),
      },
    });
    const clientId = (created.json() as { id: string }).id;
    const checkIn = {
      date: new Date().toISOString().slice(0, 10),
      sleepHours: 6.123456,
      sleepQuality: 3,
      fatigue: 4,
      soreness: 5,
      stress: 6,
      mood: 3,
      hrvLnRmssd: 4.321987,
      note: secret("checkin-note-"),
    };
    const url = `/api/clients/${clientId}/checkins`;
    expect((await app.inject({ method: "POST", url, headers, payload: checkIn })).statusCode).toBe(200);
    // Each refused input class: NUL, lone surrogate, underflow, oversize, and the same with a query.
    for (const bad of [
      { ...checkIn, note: `${secret("nul-")}\u0000` },
      { ...checkIn, note: `${secret("surrogate-")}\ud800` },
      { ...checkIn, sleepHours: 1e-320, note: secret("underflow-") },
      { ...checkIn, note: `${secret("long-")}${"x".repeat(20_000)}` },
    ])
      expect((await app.inject({ method: "POST", url, headers, payload: bad })).statusCode).toBe(400);
    const q = secret("search");
    await app.inject({ method: "GET", url: `/api/clients?q=${q}%00`, headers });
    // A wrong password and an unknown email at login; a duplicate signup.
    await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password: secret("wrongpw") } });
    const unknown = `${secret("nobody")}@example.com`;
    await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: unknown, password: PASSWORD } });
    await app.inject({
      method: "POST",
      url: "/api/auth/signup",
      payload: { organizationName: "Dup", name: "Dup", email, password: PASSWORD },
    });
    // Invitation tokens in URLs: the API's and the web app's /invite/<token>.
    const invite = await app.inject({
      method: "POST",
      url: "/api/invitations",
      headers,
      payload: { email: `${secret("invitee")}@example.com`, role: "coach" },
    });
    const token = (invite.json() as { token: string }).token;
    secrets.push(token);
    await app.inject({ method: "GET", url: `/api/invitations/${token}` });
    await app.inject({ method: "GET", url: `/invite/${token}` });
    await app.inject({ method: "GET", url: `/reset/${token}?email=${encodeURIComponent(unknown)}` });
    await app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      payload: { name: secret("accepter"), password: secret("newpassword-long") },
    });
    const all = lines.join("");
    expect(lines.length).toBeGreaterThan(20);
    const leaked = [...secrets, PASSWORD, csrf, cookie.split("=")[1] ?? "", "6.123456", "4.321987"].filter((s) =>
      all.includes(s),
    );
    expect(leaked).toEqual([]);
    expect(all).toContain("/invite/[redacted]");
    expect(all).toContain("/api/invitations/[redacted]");
  });

  it("URLs keep record ids and lose tokens and query strings", () => {
    const id = "0b7e5c1a-1234-4abc-8def-0123456789ab";
    const token = "Ab3_xYz-0123456789abcdefghijklmnopqrstuvwxy";
    expect(redactUrl(`/api/clients/${id}/export?q=anna`)).toBe(`/api/clients/${id}/export`);
    expect(redactUrl(`/api/invitations/${id}/revoke`)).toBe(`/api/invitations/${id}/revoke`);
    expect(redactUrl(`/invite/${token}`)).toBe("/invite/[redacted]");
    expect(redactUrl(`/api/invitations/${token}/accept`)).toBe("/api/invitations/[redacted]/accept");
    expect(redactUrl(`/reset/short?email=a@b.c`)).toBe("/reset/[redacted]");
    expect(redactUrl(`/anything/${token}`)).toBe("/anything/[redacted]");
  });
});
