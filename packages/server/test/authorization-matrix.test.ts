/**
 * The authorization matrix: every route in the OpenAPI description, called as every kind of
 * caller, with path parameters and bodies pointing at organization A's records. Wrong callers
 * must be refused (401/403/404) and must not see A's client ids; right callers must not be
 * refused. New routes are covered automatically; a route whose path parameter or body this file
 * cannot fill fails loudly, asking for an entry in matrix-fixtures.ts (PARAM_VALUES, SAMPLE_BODIES).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess } from "../src/auth/actor.ts";
import { ORG_SCOPED_PARAMS, PARAM_VALUES, SAMPLE_BODIES, type World } from "./matrix-fixtures.ts";
import { createTestApp, createWorld, type TestApp, type TestClient } from "./support.ts";

type CallerName = "anonymous" | "clientA" | "coachA" | "otherCoachA" | "ownerA" | "ownerB" | "coachB" | "clientB";
const CALLERS: CallerName[] = [
  "anonymous",
  "clientA",
  "coachA",
  "otherCoachA",
  "ownerA",
  "ownerB",
  "coachB",
  "clientB",
];
const ROLE: Record<CallerName, string | null> = {
  anonymous: null,
  clientA: "client",
  coachA: "coach",
  otherCoachA: "coach",
  ownerA: "owner",
  ownerB: "owner",
  coachB: "coach",
  clientB: "client",
};
/** Who may touch org A's client records at all (row-level): the owner, the assigned coach, the client themself. */
const SEES_A_CLIENT = new Set<CallerName>(["ownerA", "coachA", "clientA"]);
/** Members of org A: who may touch a record the organization shares (ORG_SCOPED_PARAMS). */
const IN_ORG_A = new Set<CallerName>(["ownerA", "coachA", "otherCoachA", "clientA"]);

/** Routes that end the caller's session or delete the subject: right callers get a fresh world. */
const isDestructive = (method: string, path: string) => method === "DELETE" || path.endsWith("/logout");

type Operation = { method: string; path: string; hasBody: boolean };

function callerClient(w: World, name: CallerName, t: TestApp): TestClient {
  const map: Record<CallerName, TestClient> = {
    anonymous: t.client(),
    clientA: w.a.client,
    coachA: w.a.coach,
    otherCoachA: w.a.otherCoach,
    ownerA: w.a.owner,
    ownerB: w.b.owner,
    coachB: w.b.coach,
    clientB: w.b.client,
  };
  return map[name];
}

describe("authorization matrix (every route × every caller)", () => {
  let t: TestApp;
  let shared: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    shared = await createWorld(t);
    const doc = (
      await t.client().get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>("/docs/json")
    ).body;
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: Boolean(op.requestBody),
      })),
    );
    // A {flagId} is made by a chest-pain check-in, and an open red refuses every later publish
    // (the {sessionId} fixture publishes a fresh session per call): visit flag routes last.
    const makesARed = (o: Operation) => Number(o.path.includes("{flagId}"));
    operations.sort((x, y) => makesARed(x) - makesARed(y));
  });
  afterAll(() => t.close());

  it("finds the API routes in the OpenAPI description, each with an access declaration", () => {
    expect(operations.length).toBeGreaterThanOrEqual(16);
    const undeclared = operations.filter(
      (o) => !t.app.routeAccess.has(`${o.method} ${o.path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(undeclared).toEqual([]);
  });

  it("refuses every wrong caller, admits every right one, and leaks no client of org A", async () => {
    const problems: string[] = [];
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      const access = t.app.routeAccess.get(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ":$1")}`) as RouteAccess;
      const sample = SAMPLE_BODIES[key];
      if (op.hasBody && !sample) {
        problems.push(`${key}: add a valid body to SAMPLE_BODIES in matrix-fixtures.ts`);
        continue;
      }
      for (const caller of CALLERS) {
        const role = ROLE[caller];
        const roleAllowed = "public" in access || (role !== null && access.roles.includes(role as never));
        const probe = sample ? JSON.stringify(sample(shared)) : "";
        const scopedToA =
          op.path.includes("{") || probe.includes(shared.a.ids.clientId) || probe.includes(shared.a.ids.spareClientId);
        const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
        const orgScoped =
          params.length > 0 && params.every((p) => ORG_SCOPED_PARAMS.has(p)) && !probe.includes(shared.a.ids.clientId);
        const scopedOk =
          "public" in access || !scopedToA || SEES_A_CLIENT.has(caller) || (orgScoped && IN_ORG_A.has(caller));
        const right = roleAllowed && scopedOk;
        const w = right && isDestructive(op.method, op.path) ? await createWorld(t) : shared;
        const missing = params.filter((n) => !PARAM_VALUES[n]);
        if (missing.length > 0) {
          problems.push(`${key}: add {${missing.join("}, {")}} to PARAM_VALUES in matrix-fixtures.ts`);
          break;
        }
        let path = op.path;
        for (const [m, name] of op.path.matchAll(/\{(\w+)\}/g)) {
          const fill = PARAM_VALUES[name ?? ""];
          if (fill) path = path.replace(m, encodeURIComponent(await fill(w)));
        }
        // A copy: signup/login/accept as an already signed-in caller would otherwise swap its session.
        const res = await callerClient(w, caller, t)
          .clone()
          .request(op.method, path, sample ? sample(w) : undefined);
        const refused = [401, 403, 404].includes(res.status);
        const label = `${key} as ${caller} → ${res.status}`;
        if (res.status >= 500) problems.push(`${label}: server error`);
        if (right && refused) problems.push(`${label}: right caller refused`);
        if (!right && !refused) problems.push(`${label}: wrong caller admitted`);
        if (caller === "anonymous" && !("public" in access) && res.status !== 401)
          problems.push(`${label}: expected 401`);
        const text = JSON.stringify(res.body ?? "");
        if (!SEES_A_CLIENT.has(caller) && (text.includes(w.a.ids.clientId) || text.includes(w.a.ids.spareClientId)))
          problems.push(`${label}: response leaks a client of org A`);
      }
    }
    expect(problems).toEqual([]);
    // Every route × 8 callers, one request at a time: the run grows with the API, so it gets its
    // own budget rather than the project's per-test default.
  }, 600_000);
});
