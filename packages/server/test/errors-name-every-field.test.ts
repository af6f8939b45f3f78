/**
 * Errors name every field (issue 10, item 7): for EVERY write route with a JSON body (read from
 * the running app's OpenAPI description, so a new route is covered without an edit here), a
 * generated body with several independent mistakes at once — a wrong type, a missing required
 * field, a number out of range, a string too long, a value outside an enum, a reference to a
 * record that does not exist — is answered 400 whose `fields` name every broken path.
 *
 * Two stages, because they are checked in two places: the body's shape (the route's zod schema,
 * every mistake at once), then the references a valid shape carries (a handler looking ids up).
 * A body wrong in both stages names its shape mistakes; its references are looked at once the
 * shape is right (a reference inside a malformed list cannot be resolved reliably).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess } from "../src/auth/actor.ts";
import { PARAM_VALUES, SAMPLE_BODIES, type World } from "./matrix-fixtures.ts";
import { createTestApp, createWorld, type TestApp, type TestClient } from "./support.ts";

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  nullable?: boolean;
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
};
type Path = (string | number)[];
type Slot = { path: Path; schema: Schema; required: boolean; present: boolean };
type Mistake = { path: Path; kind: string; value?: unknown; remove?: boolean };
type Op = { key: string; method: string; url: string; schema: Schema; sample: unknown; caller: TestClient | null };

/** Every property reachable in the schema, walking the sample's values where it has them. */
function slots(schema: Schema, value: unknown, path: Path = [], out: Slot[] = []): Slot[] {
  if (schema.type === "object" && schema.properties) {
    const obj = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    for (const [name, child] of Object.entries(schema.properties)) {
      const present = name in obj;
      out.push({ path: [...path, name], schema: child, required: schema.required?.includes(name) ?? false, present });
      if (present) slots(child, obj[name], [...path, name], out);
    }
  } else if (schema.type === "array" && schema.items && Array.isArray(value) && value.length > 0) {
    out.push({ path: [...path, 0], schema: schema.items, required: false, present: true });
    slots(schema.items, value[0], [...path, 0], out);
  }
  return out;
}

const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const branchTypes = (s: Schema): string[] =>
  s.oneOf || s.anyOf
    ? (s.oneOf ?? s.anyOf ?? []).flatMap(branchTypes)
    : [s.type === "integer" ? "number" : (s.type ?? "any"), ...(s.nullable ? ["null"] : [])];

/** The mistakes one slot can carry, each a value its schema refuses. */
function mistakesFor(slot: Slot): Mistake[] {
  const s = slot.schema;
  const out: Mistake[] = [];
  const types = branchTypes(s);
  if (!types.includes("any")) {
    const wrong = [12345, "not-a-valid-value", true, ["x"], { unexpected: 1 }].find(
      (v) => !types.includes(jsonType(v)),
    );
    if (wrong !== undefined) out.push({ path: slot.path, kind: "wrong type", value: wrong });
  }
  if (slot.required && slot.present) out.push({ path: slot.path, kind: "missing required", remove: true });
  if ((s.type === "number" || s.type === "integer") && s.maximum !== undefined && s.maximum < 1e12)
    out.push({ path: slot.path, kind: "above maximum", value: s.maximum + 1000 });
  if ((s.type === "number" || s.type === "integer") && s.minimum !== undefined)
    out.push({ path: slot.path, kind: "below minimum", value: s.minimum - 1000 });
  if (s.type === "integer") out.push({ path: slot.path, kind: "not an integer", value: (s.minimum ?? 0) + 0.5 });
  if (s.type === "string" && s.maxLength !== undefined && !s.enum)
    out.push({ path: slot.path, kind: "too long", value: "x".repeat(s.maxLength + 1) });
  if (s.type === "string" && s.enum) out.push({ path: slot.path, kind: "not an option", value: "no-such-option" });
  if (
    s.type === "array" &&
    s.maxItems !== undefined &&
    s.maxItems <= 500 &&
    s.items?.type === "string" &&
    !s.items.format
  )
    out.push({ path: slot.path, kind: "too many items", value: Array.from({ length: s.maxItems + 1 }, () => "x") });
  return out;
}

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((x, i) => x === b[i]);
const fieldName = (p: Path) => ["body", ...p].join(".");

function apply(body: unknown, mistakes: Mistake[]): unknown {
  const copy = structuredClone(body ?? {}) as Record<string | number, unknown>;
  for (const m of mistakes) {
    let at: Record<string | number, unknown> = copy;
    for (const seg of m.path.slice(0, -1)) {
      if (at[seg] === null || typeof at[seg] !== "object")
        at[seg] = typeof m.path[m.path.indexOf(seg) + 1] === "number" ? [] : {};
      at = at[seg] as Record<string | number, unknown>;
    }
    const last = m.path[m.path.length - 1] as string | number;
    if (m.remove) delete at[last];
    else at[last] = m.value;
  }
  return copy;
}

/** Independent mistakes: no broken path inside another. */
function independent(all: Mistake[], picks: number[]): Mistake[] {
  const chosen: Mistake[] = [];
  for (const i of picks) {
    const m = all[i % all.length] as Mistake;
    if (chosen.some((c) => isPrefix(c.path, m.path) || isPrefix(m.path, c.path))) continue;
    chosen.push(m);
  }
  return chosen;
}

/** The paths the 400 must name: each mistake's path, or a field below it (a nested schema's own message). */
function unnamed(fields: { path: string }[], mistakes: Mistake[]): string[] {
  return mistakes
    .filter((m) => !fields.some((f) => f.path === fieldName(m.path) || f.path.startsWith(`${fieldName(m.path)}.`)))
    .map((m) => `${fieldName(m.path)} (${m.kind})`);
}

describe("a 400 names every broken field, on every write route", () => {
  let t: TestApp;
  let w: World;
  let ops: Op[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    const doc = (
      await t.client().get<{
        paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
      }>("/docs/json")
    ).body;
    ops = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(methods)) {
        const method = m.toUpperCase();
        const schema = op.requestBody?.content?.["application/json"]?.schema;
        if (!["POST", "PUT", "PATCH", "DELETE"].includes(method) || !schema) continue;
        const route = `${method} ${path.replace(/\{(\w+)\}/g, ":$1")}`;
        // A plugin's "/" route is documented with a trailing slash and may be registered without one.
        const access = (t.app.routeAccess.get(route) ?? t.app.routeAccess.get(route.replace(/\/$/, ""))) as
          | RouteAccess
          | undefined;
        if (!access) throw new Error(`no access declaration found for ${method} ${path}`);
        const role =
          "public" in access ? null : (["owner", "coach", "client"] as const).find((r) => access.roles.includes(r));
        const caller = role === null ? null : role === "owner" ? w.a.owner : role === "coach" ? w.a.coach : w.a.client;
        let url = path;
        for (const [whole, name] of path.matchAll(/\{(\w+)\}/g)) {
          const fill = PARAM_VALUES[name ?? ""];
          if (!fill) throw new Error(`no PARAM_VALUES entry for {${name}} (matrix-fixtures.ts)`);
          url = url.replace(whole, encodeURIComponent(await fill(w)));
        }
        const key = `${method} ${path}`;
        ops.push({ key, method, url, schema, sample: SAMPLE_BODIES[key]?.(w), caller });
      }
    }
  }, 600_000);
  afterAll(() => t.close());

  const send = (op: Op, body: unknown) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (op.caller?.cookie) headers.cookie = op.caller.cookie;
    if (op.caller?.csrfToken) headers["x-csrf-token"] = op.caller.csrfToken;
    return t.app.inject({ method: op.method as "POST", url: op.url, headers, payload: JSON.stringify(body) });
  };

  it("finds the write routes with bodies in the OpenAPI description", () => {
    expect(ops.length).toBeGreaterThan(30);
  });

  it("shape mistakes: wrong types, missing required, out of range, too long, not an option — all named at once", async () => {
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    let requests = 0;
    let covered = 0;
    for (const op of ops) {
      const all = slots(op.schema, op.sample).flatMap(mistakesFor);
      if (all.length === 0) continue;
      covered++;
      await fc
        .assert(
          fc.asyncProperty(fc.array(fc.nat(), { minLength: 2, maxLength: 5 }), async (picks) => {
            const mistakes = independent(all, picks);
            for (const m of mistakes) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
            requests++;
            const res = await send(op, apply(op.sample, mistakes));
            const body = res.json() as { error?: { fields?: { path: string }[] } };
            const missing = res.statusCode === 400 ? unnamed(body.error?.fields ?? [], mistakes) : ["(status)"];
            if (missing.length > 0 && failures.length < 30)
              failures.push(
                `${op.key} → ${res.statusCode}: not named ${missing.join(", ")}; named ${(body.error?.fields ?? []).map((f) => f.path).join(", ")}`,
              );
            return missing.length === 0;
          }),
          { numRuns: 12, seed: 10, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    console.log(
      `errors-name-every-field: ${requests} bodies over ${covered} routes; mistakes ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    expect(covered).toBe(ops.length);
    expect(failures).toEqual([]);
  }, 600_000);

  it("unknown references: every id that points at nothing is named, several at once", async () => {
    const failures: string[] = [];
    let requests = 0;
    let routes = 0;
    for (const op of ops) {
      if (op.sample === undefined) continue;
      const refs = slots(op.schema, op.sample).filter(
        (s) =>
          s.present &&
          s.schema.type === "string" &&
          /Id$/.test(String(s.path[s.path.length - 1])) &&
          s.path[s.path.length - 1] !== "ruleId",
      );
      if (refs.length === 0) continue;
      routes++;
      await fc
        .assert(
          fc.asyncProperty(fc.subarray(refs, { minLength: 1 }), fc.uuid({ version: 4 }), async (picked, uuid) => {
            const mistakes = picked.map((s, i) => ({
              path: s.path,
              kind: "unknown reference",
              value: s.schema.format === "uuid" ? `${uuid.slice(0, -2)}${String(10 + i)}` : `no-such-ref-${i + 1}`,
            }));
            requests++;
            const res = await send(op, apply(op.sample, mistakes));
            const body = res.json() as { error?: { fields?: { path: string }[] } };
            // A reference to a record the caller cannot see may answer 404 (existence stays private), naming the field.
            const named = res.statusCode === 400 || res.statusCode === 404;
            const missing = named ? unnamed(body.error?.fields ?? [], mistakes) : ["(status)"];
            if (missing.length > 0 && failures.length < 30)
              failures.push(
                `${op.key} → ${res.statusCode}: not named ${missing.join(", ")} of ${mistakes.map((m) => fieldName(m.path)).join(", ")}; named ${(body.error?.fields ?? []).map((f) => f.path).join(", ")}`,
              );
            return missing.length === 0;
          }),
          { numRuns: 6, seed: 10, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    console.log(`errors-name-every-field: ${requests} bodies with unknown references over ${routes} routes`);
    expect(failures).toEqual([]);
  }, 600_000);

  it("a session log with several unknown item and exercise ids names each of them (not only the first)", async () => {
    const session = ops.find((o) => o.key === "POST /api/sessions/{sessionId}/log");
    expect(session).toBeDefined();
    const url = (session as Op).url;
    const plan = (
      await w.a.client.get<{ plan: { main: { id: string; exerciseId: string }[] } }>(url.replace(/\/log$/, ""))
    ).body.plan;
    const item = plan.main[0] as { id: string; exerciseId: string };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("itemId", "exerciseId", "mismatch"), { minLength: 0, maxLength: 4 }),
        async (setsKnown, painKinds) => {
          const sets = setsKnown.map((known, i) => ({
            itemId: known ? item.id : `no-such-item-${i}`,
            setIndex: i,
            reps: 5,
            completed: true,
          }));
          const pain = painKinds.map((k, i) =>
            k === "itemId"
              ? { itemId: `no-such-item-p${i}`, region: "knee", severity: 3 }
              : k === "exerciseId"
                ? { exerciseId: `no-such-exercise-${i}`, region: "knee", severity: 3 }
                : { itemId: item.id, exerciseId: `not-${item.exerciseId}`, region: "knee", severity: 3 },
          );
          const expected = [
            ...setsKnown.flatMap((known, i) => (known ? [] : [`body.sets.${i}.itemId`])),
            ...painKinds.map((k, i) => `body.pain.${i}.${k === "mismatch" ? "exerciseId" : k}`),
          ];
          fc.pre(expected.length >= 1);
          const res = await w.a.client.post<{ error: { fields?: { path: string }[] } }>(url, {
            sets,
            pain,
            sessionRpe: 5,
          });
          expect(res.status).toBe(400);
          expect((res.body.error.fields ?? []).map((f) => f.path).sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 25, seed: 10 },
    );
  }, 120_000);
});
