import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { loggerOptions } from "../src/http/logger.ts";
import {
  createOrg,
  createTestApp,
  createTestDatabase,
  type Org,
  PASSWORD,
  profileInput,
  type TestApp,
  uniqueEmail,
} from "./support.ts";

describe("garbage in never gives a 500", () => {
  let t: TestApp;
  let org: Org;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Fuzz");
    headers = { cookie: org.owner.cookie ?? "", "x-csrf-token": org.owner.csrfToken ?? "" };
  });
  afterAll(() => t.close());

  const routes = () => [
    { method: "POST" as const, url: "/api/clients" },
    { method: "PATCH" as const, url: `/api/clients/${org.ids.clientId}` },
    { method: "POST" as const, url: `/api/clients/${org.ids.clientId}/assign` },
    { method: "POST" as const, url: "/api/invitations" },
    { method: "POST" as const, url: "/api/auth/signup" },
    { method: "POST" as const, url: "/api/invitations/abcdefghijklmnopqrstuvwxyz/accept" },
  ];

  it("arbitrary JSON bodies are answered with < 500 on every write route", async () => {
    for (const route of routes()) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          const res = await t.app.inject({ ...route, headers, payload: JSON.stringify(value) ?? "null", query: {} });
          return res.statusCode < 500;
        }),
        { numRuns: 40 },
      );
    }
  });

  it("profile-shaped bodies with random field values get 400 naming fields, never 500", async () => {
    const base = profileInput();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ key: fc.constantFrom(...Object.keys(base)), value: fc.anything() }),
        async ({ key, value }) => {
          const profile = { ...base, [key]: value };
          const res = await t.app.inject({
            method: "POST",
            url: "/api/clients",
            headers,
            payload: { name: "F", profile },
          });
          if (res.statusCode === 400)
            return (res.json() as { error: { fields?: unknown[] } }).error.fields !== undefined;
          return res.statusCode === 201;
        },
      ),
      { numRuns: 40 },
    );
  });

  it("random query strings on the list route are < 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("q", "status", "page", "pageSize", "x"), fc.string()),
        async (query) => {
          const res = await t.app.inject({ method: "GET", url: "/api/clients", headers, query });
          return res.statusCode < 500;
        },
      ),
      { numRuns: 80 },
    );
  });

  it("malformed JSON, wrong content type, empty and oversize bodies are 4xx in the one error shape", async () => {
    const send = (payload: string, contentType: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/clients",
        headers: { ...headers, "content-type": contentType },
        payload,
      });
    const cases = [
      [await send("{not json", "application/json"), 400],
      [await send("name=x", "application/x-www-form-urlencoded"), 415],
      [await send("", "application/json"), 400],
      [await send(JSON.stringify({ name: "x".repeat(2_000_000) }), "application/json"), 413],
    ] as const;
    for (const [res, status] of cases) {
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    const unknown = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("a route without an access declaration cannot be registered", async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        buildApp({
          database,
          logger: false,
          extend: (app) => {
            app.get("/api/undeclared", async () => ({}));
          },
        }),
      ).rejects.toThrow(/no config.access declaration/);
    } finally {
      await database.close();
    }
  });
});

describe("logs", () => {
  it("carry no passwords, tokens, cookies or profile data", async () => {
    const lines: string[] = [];
    const database = await createTestDatabase();
    const app = await buildApp({
      database,
      logger: { ...(loggerOptions("debug") as object), stream: { write: (l: string) => lines.push(l) } },
    });
    try {
      const email = uniqueEmail();
      const signup = await app.inject({
        method: "POST",
        url: "/api/auth/signup",
        payload: { organizationName: "Log Org", name: "L", email, password: PASSWORD },
      });
      const cookie = String(signup.headers["set-cookie"]).split(";")[0] ?? "";
      const csrf = (signup.json() as { csrfToken: string }).csrfToken;
      await app.inject({
        method: "POST",
        url: "/api/clients",
        headers: { cookie, "x-csrf-token": csrf },
        payload: {
          name: "Secretive",
          profile: profileInput({ preferences: { likes: [], dislikes: [], notes: "HEALTHNOTE" } }),
        },
      });
      const inv = await app.inject({
        method: "POST",
        url: "/api/invitations",
        headers: { cookie, "x-csrf-token": csrf },
        payload: { email: uniqueEmail(), role: "coach" },
      });
      const token = (inv.json() as { token: string }).token;
      await app.inject({ method: "GET", url: `/api/invitations/${token}` });
      const all = lines.join("");
      expect(lines.length).toBeGreaterThan(4);
      for (const secret of [PASSWORD, cookie.split("=")[1] ?? "x", csrf, token, "HEALTHNOTE"])
        expect(all).not.toContain(secret);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe("a forbidden __proto__ key in a JSON body", () => {
  it("is a 400 naming the body, not a 500", async () => {
    const t = await createTestApp();
    try {
      const org = await createOrg(t, "Proto");
      const headers = {
        cookie: org.owner.cookie ?? "",
        "x-csrf-token": org.owner.csrfToken ?? "",
        "content-type": "application/json",
      };
      const profile = JSON.stringify(profileInput()).replace('"goals":{', '"goals":{"__proto__":"",');
      const res = await t.app.inject({
        method: "POST",
        url: "/api/clients",
        headers,
        payload: `{"name":"P","profile":${profile}}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: "validation_error", fields: [{ path: "body" }] } });
    } finally {
      await t.close();
    }
  });
});
