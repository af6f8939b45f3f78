/**
 * Methods owned by the organization, through the real server: create, read, list, replace,
 * export → import round trip, delete; bad input is a 400 naming the field; another organization's
 * method is a 404; built-ins are read-only; every change leaves an audit event.
 */
import type { MethodEntry, MethodListResponse } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { createMethod, sampleMethod, uniqueMethodId } from "./method-fixtures.ts";

type ErrorBody = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
const url = (id: string) => `/api/methods/${encodeURIComponent(id)}`;

describe("methods (organization-owned weekly templates)", () => {
  let t: TestApp;
  let a: Org;
  let b: Org;

  beforeAll(async () => {
    t = await createTestApp();
    ({ a, b } = await createWorld(t));
  });
  afterAll(() => t.close());

  it("creates, reads, lists, replaces and deletes an organization method", async () => {
    const method = sampleMethod();
    const created = await a.coach.post<MethodEntry>("/api/methods", method);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ source: "organization", method: { id: method.id, name: method.name } });

    const read = await a.otherCoach.get<MethodEntry>(url(method.id));
    expect(read.status).toBe(200);
    expect(read.body.method).toEqual(method);

    const list = await a.owner.get<MethodListResponse>("/api/methods");
    const row = list.body.items.find((m) => m.id === method.id);
    expect(row).toMatchObject({
      source: "organization",
      daysPerWeek: 2,
      dayLabels: ["Alpha squat day", "Beta hinge day"],
    });
    expect(list.body.items.filter((m) => m.source === "builtin").every((m) => !m.id.startsWith("org:"))).toBe(true);

    const renamed: Method = { ...method, name: "Renamed two-day" };
    const put = await a.owner.request<MethodEntry>("PUT", url(method.id), renamed);
    expect(put.status).toBe(200);
    expect((await a.coach.get<MethodEntry>(url(method.id))).body.method.name).toBe("Renamed two-day");

    const dup = await a.coach.post<ErrorBody>("/api/methods", method);
    expect(dup.status).toBe(409);

    const del = await a.coach.delete(url(method.id));
    expect(del.status).toBe(200);
    expect((await a.coach.get(url(method.id))).status).toBe(404);

    const audit = await a.owner.get<{ items: { action: string; entityId: string | null }[] }>(
      "/api/audit?pageSize=100",
    );
    const actions = audit.body.items.filter((e) => e.entityId === method.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["method.created", "method.updated", "method.deleted"]));
  });

  it("exports a method as a JSON attachment that imports back unchanged", async () => {
    const id = await createMethod(a);
    const res = await a.coach.get<Method>(`${url(id)}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.method\.json"$/);
    const exported = res.body;
    expect(exported.id).toBe(id);

    const copy = { ...exported, id: uniqueMethodId("imported") };
    const imported = await b.owner.post<MethodEntry>("/api/methods", copy);
    expect(imported.status).toBe(201);
    expect(imported.body.method).toEqual(copy);
    const again = await b.owner.get<MethodEntry>(url(copy.id));
    expect({ ...again.body.method, id: id }).toEqual(exported);
  });

  it("answers bad input with a 400 naming the field", async () => {
    const cases: [Method | Record<string, unknown>, string][] = [
      [{ ...sampleMethod(), days: [] }, "body.days"],
      [{ ...sampleMethod(), deload: { setsScale: 0.9, loadScale: 0.9, rpeShift: -1 } }, "body.deload.setsScale"],
      [{ ...sampleMethod(), id: "my-method" }, "body.id"],
      [
        (() => {
          const m = sampleMethod();
          m.days[1]!.slots[0]!.exerciseIds = ["no-such-lift"];
          return m;
        })(),
        "body.days.1.slots.0.exerciseIds.0",
      ],
    ];
    for (const [body, field] of cases) {
      const res = await a.coach.post<ErrorBody>("/api/methods", body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.fields?.map((f) => f.path)).toContain(field);
    }
    const id = await createMethod(a);
    const mismatch = await a.coach.request<ErrorBody>("PUT", url(id), sampleMethod());
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.fields?.[0]?.path).toBe("body.id");
  });

  it("hides another organization's method (404) and keeps built-ins read-only", async () => {
    const id = await createMethod(a);
    expect((await b.owner.get(url(id))).status).toBe(404);
    expect((await b.coach.request("PUT", url(id), sampleMethod(id))).status).toBe(404);
    expect((await b.owner.delete(url(id))).status).toBe(404);
    expect((await a.client.get(url(id))).status).toBe(403);
    const builtin = (await a.coach.get<MethodListResponse>("/api/methods")).body.items.find(
      (m) => m.source === "builtin",
    );
    if (builtin) {
      const m = (await a.coach.get<MethodEntry>(url(builtin.id))).body.method;
      expect((await a.owner.request("PUT", url(builtin.id), m)).status).toBe(403);
      expect((await a.owner.delete(url(builtin.id))).status).toBe(403);
    }
  });
});
