/**
 * Assigning one method to several clients through the real server: the candidates list says what
 * each client follows now and what would change; the assignment is one request with a result per
 * client (each all-or-nothing): clients the caller cannot see (another organization's, another
 * coach's, made up) come back as `not_found` alike and are untouched, the others are assigned and
 * their saved roadmaps follow; nothing visible at all is a 404; every assignment is audited.
 */
import type {
  ClientMethodView,
  MethodAssignCandidatesResponse,
  MethodBulkAssignResponse,
  MethodEntry,
  RoadmapResponse,
} from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { createMethod, sampleMethod, uniqueMethodId } from "./method-fixtures.ts";

const assignUrl = (methodId: string) => `/api/methods/${encodeURIComponent(methodId)}/assign`;
const candidatesUrl = (methodId: string) => `/api/methods/${encodeURIComponent(methodId)}/assignments`;
type ErrorBody = { error: { code: string; fields?: { path: string }[] } };

describe("bulk method assignment", () => {
  let t: TestApp;
  let a: Org;
  let b: Org;
  let third: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ a, b } = await createWorld(t));
    third = await createClient(a.coach, "Org A third client");
  });
  afterAll(() => t.close());

  it("lists the coach's clients with their current method and what assigning would change", async () => {
    const methodId = await createMethod(a);
    expect((await a.coach.post(`/api/clients/${a.ids.spareClientId}/roadmap`, {})).status).toBe(201);
    const res = await a.coach.get<MethodAssignCandidatesResponse>(candidatesUrl(methodId));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const byId = new Map(res.body.items.map((c) => [c.clientId, c]));
    expect([...byId.keys()].sort()).toEqual([a.ids.clientId, a.ids.spareClientId, third].sort());
    expect(byId.get(a.ids.spareClientId)?.effect).toBe("rebuilt");
    expect(byId.get(third)).toMatchObject({ name: "Org A third client", effect: "none" });
    // The unassigned coach sees none of these clients; the other organization not the method.
    const other = await a.otherCoach.get<MethodAssignCandidatesResponse>(candidatesUrl(methodId));
    expect(other.body.items).toEqual([]);
    expect((await b.owner.get(candidatesUrl(methodId))).status).toBe(404);
  });

  it("assigns visible clients, reports invisible ones per client as not_found and leaves them untouched", async () => {
    const methodId = await createMethod(a);
    const bClientBefore = (await b.owner.get<ClientMethodView>(`/api/clients/${b.ids.clientId}/method`)).body;
    const madeUp = "00000000-0000-4000-8000-000000000001";
    const clientIds = [a.ids.clientId, b.ids.clientId, a.ids.spareClientId, madeUp, third];
    const res = await a.coach.post<MethodBulkAssignResponse>(assignUrl(methodId), { clientIds });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ methodId, assigned: 3, failed: 2 });
    expect(res.body.results.map((r) => [r.clientId, r.status])).toEqual([
      [a.ids.clientId, "assigned"],
      [b.ids.clientId, "not_found"],
      [a.ids.spareClientId, "assigned"],
      [madeUp, "not_found"],
      [third, "assigned"],
    ]);
    // Another organization's client and a made-up id answer identically: nothing about B leaks.
    const [foreign, unknown] = [res.body.results[1], res.body.results[3]];
    expect({ ...foreign, clientId: "x" }).toEqual({ ...unknown, clientId: "x" });
    expect(JSON.stringify(res.body)).not.toContain("Org B");
    const spare = res.body.results[2];
    expect(spare?.status === "assigned" && spare.roadmap).toBe("rebuilt");

    for (const id of [a.ids.clientId, a.ids.spareClientId, third]) {
      const view = await a.coach.get<ClientMethodView>(`/api/clients/${id}/method`);
      expect(view.body.resolved).toMatchObject({ id: methodId, via: "client_assignment" });
    }
    const roadmap = (await a.coach.get<RoadmapResponse>(`/api/clients/${a.ids.spareClientId}/roadmap`)).body.roadmap;
    expect(roadmap?.method?.id).toBe(methodId);
    const bClientAfter = (await b.owner.get<ClientMethodView>(`/api/clients/${b.ids.clientId}/method`)).body;
    expect(bClientAfter).toEqual(bClientBefore);

    const again = await a.coach.get<MethodAssignCandidatesResponse>(candidatesUrl(methodId));
    expect(again.body.items.every((c) => c.effect === "unchanged" && c.current?.id === methodId)).toBe(true);

    const audit = await a.owner.get<{ items: { action: string; entityId: string | null; clientId: string | null }[] }>(
      "/api/audit?pageSize=100",
    );
    const assignedEvents = audit.body.items.filter((e) => e.action === "client.method_assigned");
    for (const id of [a.ids.clientId, a.ids.spareClientId, third])
      expect(assignedEvents.some((e) => e.clientId === id)).toBe(true);
    expect(audit.body.items.some((e) => e.action === "method.bulk_assigned" && e.entityId === methodId)).toBe(true);
  });

  it("answers 404 when no listed client is visible, and when the method is not the organization's", async () => {
    const methodId = await createMethod(a);
    const noneVisible = await a.otherCoach.post<ErrorBody>(assignUrl(methodId), { clientIds: [a.ids.clientId] });
    expect(noneVisible.status).toBe(404);
    expect(JSON.stringify(noneVisible.body)).not.toContain(a.ids.clientId);
    expect((await b.owner.post(assignUrl(methodId), { clientIds: [b.ids.clientId] })).status).toBe(404);
    expect((await a.client.post(assignUrl(methodId), { clientIds: [a.ids.clientId] })).status).toBe(403);
  });

  it("refuses bad input with 400 naming the field", async () => {
    const methodId = await createMethod(a);
    for (const body of [{ clientIds: [] }, { clientIds: ["nope"] }, { clientIds: [third, third] }, {}]) {
      const res = await a.coach.post<ErrorBody>(assignUrl(methodId), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields?.[0]?.path).toMatch(/^body\.clientIds/);
    }
  });

  it("saves a client's current program (their per-client copy) as an organization method", async () => {
    const copy = sampleMethod(uniqueMethodId("per-client"));
    copy.days = copy.days.map((d, i) => ({ ...d, label: `Tuned day ${i + 1}` }));
    const put = await a.coach.request("PUT", `/api/clients/${third}/method`, { method: copy });
    expect(put.status).toBe(200);
    const id = uniqueMethodId("from-client");
    const saved = await a.coach.post<MethodEntry>(`/api/clients/${third}/method/template`, { id, name: "Tuned 2-day" });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.method).toMatchObject({ id, name: "Tuned 2-day" });
    expect(saved.body.method.days.map((d) => d.label)).toEqual(["Tuned day 1", "Tuned day 2"]);
    expect((await a.otherCoach.get<MethodEntry>(`/api/methods/${encodeURIComponent(id)}`)).status).toBe(200);
    // The client still follows their own copy; a second save under the same id conflicts.
    const view = await a.coach.get<ClientMethodView>(`/api/clients/${third}/method`);
    expect(view.body.resolved).toMatchObject({ id: copy.id, via: "client_override" });
    const dup = await a.coach.post(`/api/clients/${third}/method/template`, { id, name: "Again" });
    expect(dup.status).toBe(409);
    const bad = await a.coach.post<ErrorBody>(`/api/clients/${third}/method/template`, { id: "plain-id", name: "X" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.[0]?.path).toBe("body.id");
    expect(
      (await b.owner.post(`/api/clients/${third}/method/template`, { id: uniqueMethodId(), name: "X" })).status,
    ).toBe(404);
  });
});
