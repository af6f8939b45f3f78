import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import type { RouteAccess } from "../src/auth/actor.ts";
import { loggerOptions } from "../src/http/logger.ts";
import { nastyQueryValue, nastyValue, paths, replaceAt, serialize } from "./fuzz-inputs.ts";
import { PARAM_VALUES, SAMPLE_BODIES } from "./matrix-fixtures.ts";
import {
  createOrg,
  createTestApp,
  createTestDatabase,
  createWorld,
  type Org,
  PASSWORD,
  profileInput,
  type TestApp,
  type TestClient,
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
      // One line per request (http/logger.ts OneLineRequestLog): the four requests were logged.
      expect(lines.length).toBeGreaterThanOrEqual(4);
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

/** Requests the generated trial sends (issue 11 asks for at least 10,000 on each database). */
const GENERATED_REQUESTS = 10_500;

describe("generated requests over every route never give a 500 (issue 11 input classes)", () => {
  it(`${GENERATED_REQUESTS} requests: NUL, lone surrogates, oversize text, unstorable numbers, %00 in queries and paths`, async () => {
    const t = await createTestApp();
    try {
      const w = await createWorld(t);
      type Op = { method: string; path: string; body?: unknown; query: string[]; client: TestClient | null };
      const doc = (
        await t.client().get<{
          paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>>;
        }>("/docs/json")
      ).body;
      const ops: Op[] = [];
      // A {flagId} fixture opens a chest-pain red, which rightly refuses every later publish of the
      // {sessionId} fixture: fuzz the flag routes last (as the authorization matrix does).
      const makesARed = (path: string) => Number(path.includes("{flagId}"));
      const docPaths = Object.entries(doc.paths).sort(([x], [y]) => makesARed(x) - makesARed(y));
      for (const [path, methods] of docPaths) {
        for (const [m, op] of Object.entries(methods)) {
          const method = m.toUpperCase();
          // Routes that end the caller's session or delete records would leave nothing to fuzz.
          if (method === "DELETE" || path.endsWith("/logout")) continue;
          const access = t.app.routeAccess.get(`${method} ${path.replace(/\{(\w+)\}/g, ":$1")}`) as RouteAccess;
          const role =
            "public" in access ? null : (["owner", "coach", "client"] as const).find((r) => access.roles.includes(r));
          const client =
            role === null ? null : role === "owner" ? w.a.owner : role === "coach" ? w.a.coach : w.a.client;
          let filled = path;
          for (const [whole, name] of path.matchAll(/\{(\w+)\}/g)) {
            const fill = PARAM_VALUES[name ?? ""];
            if (!fill) throw new Error(`no PARAM_VALUES entry for {${name}}`);
            filled = filled.replace(whole, encodeURIComponent(await fill(w)));
          }
          const sample = SAMPLE_BODIES[`${method} ${path}`];
          const query = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
          ops.push({
            method,
            path: filled,
            body: op.requestBody && sample ? sample(w) : undefined,
            query: [...query, "q"],
            client,
          });
        }
      }
      expect(ops.length).toBeGreaterThan(40);

      const kind = fc.constantFrom("body", "body", "body", "query", "path");
      const cases = fc.sample(
        fc.tuple(
          fc.nat(ops.length - 1),
          kind,
          nastyValue,
          nastyValue,
          fc.nat(),
          fc.nat(),
          nastyQueryValue,
          fc.boolean(),
        ),
        { numRuns: GENERATED_REQUESTS, seed: 11 },
      );
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      for (const [opIndex, what, value, second, pick, pick2, queryValue, twice] of cases) {
        const op = ops[opIndex] as Op;
        let url = op.path;
        let payload: string | undefined;
        if (what === "path" && op.path.split("/").length > 3) {
          const segments = op.path.split("/");
          segments[segments.length - 1 - (pick % 2)] = queryValue;
          url = segments.join("/");
        } else if (what === "query" || op.method === "GET" || op.body === undefined) {
          url = `${op.path}?${op.query[pick % op.query.length]}=${queryValue}`;
        }
        if (op.method !== "GET") {
          const base = op.body ?? {};
          const all = paths(base);
          let body = replaceAt(base, all[pick % all.length] ?? [], value);
          if (twice) body = replaceAt(body, all[pick2 % all.length] ?? [], second);
          payload = serialize(what === "body" || op.body !== undefined ? body : base);
        }
        const headers: Record<string, string> = {};
        if (op.client?.cookie) headers.cookie = op.client.cookie;
        if (op.client?.csrfToken) headers["x-csrf-token"] = op.client.csrfToken;
        if (payload !== undefined) headers["content-type"] = "application/json";
        const res = await t.app.inject({ method: op.method as "GET", url, headers, payload });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500 && failures.length < 20)
          failures.push(
            `${op.method} ${url.slice(0, 200)} ${payload?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
      }
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
      console.log(
        `robustness (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"}): ${total} requests over ${ops.length} routes;`,
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; ≥500: ${fiveHundreds}`,
      );
      expect(failures).toEqual([]);
      expect(total).toBeGreaterThanOrEqual(10_000);
      expect(fiveHundreds).toBe(0);
    } finally {
      await t.close();
    }
  }, 600_000);
});

describe("unstorable input is a 400 naming the field", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Fields");
  });
  afterAll(() => t.close());

  const checkIn = (over: Record<string, unknown>) => ({
    date: new Date().toISOString().slice(0, 10),
    sleepHours: 7.5,
    sleepQuality: 2,
    fatigue: 2,
    soreness: 2,
    stress: 2,
    mood: 2,
    ...over,
  });

  it.each([
    ["a NUL in a name", "POST", "/api/clients", { name: "a\u0000b", profile: "PROFILE" }, "body.name"],
    ["a lone surrogate in a note", "CHECKIN", "", checkIn({ note: "ok \ud800" }), "body.note"],
    ["a NUL in a check-in note", "CHECKIN", "", checkIn({ note: "\u0000" }), "body.note"],
    ["an underflowing float", "CHECKIN", "", checkIn({ sleepHours: 1e-320 }), "body.sleepHours"],
    [
      "a NUL deep in a profile",
      "POST",
      "/api/clients",
      { name: "N", profile: "NUL_NOTES" },
      "body.profile.preferences.notes",
    ],
    ["a NUL in the search", "GET", "/api/clients?q=%00", undefined, "query.q"],
    ["a lone surrogate in the search", "GET", "/api/clients?q=%ED%A0%80", undefined, "query.q"],
  ])("%s", async (_label, method, url, body, field) => {
    const payload =
      body && (body as { profile?: string }).profile === "PROFILE"
        ? { ...(body as object), profile: profileInput() }
        : body && (body as { profile?: string }).profile === "NUL_NOTES"
          ? {
              ...(body as object),
              profile: profileInput({ preferences: { likes: [], dislikes: [], notes: "x\u0000" } }),
            }
          : body;
    const target = method === "CHECKIN" ? `/api/clients/${org.ids.clientId}/checkins` : url;
    const res = await org.owner.request(method === "CHECKIN" ? "POST" : method, target, payload);
    if (field === "query.q" && url.includes("%ED")) {
      // Invalid UTF-8 in a URL decodes to U+FFFD (storable): refused or served, never a 500.
      expect(res.status).toBeLessThan(500);
      return;
    }
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation_error", fields: [{ path: field }] } });
  });
});
