/**
 * A client's method through the real server: assigning one changes the next draft's day labels to
 * the method's; a per-client copy wins over the assigned id; the saved roadmap follows a change
 * (rebuilt when the coach never edited it); the trainer's default per goal applies when nothing is
 * assigned; another organization cannot touch the assignment.
 */
import type { ClientMethodView, RoadmapResponse, TrainerProfileResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { createMethod, sampleMethod, uniqueMethodId } from "./method-fixtures.ts";

const METHOD_LABELS = ["Alpha squat day", "Beta hinge day"];

describe("assigning a method to a client", () => {
  let t: TestApp;
  let a: Org;
  let b: Org;

  beforeAll(async () => {
    t = await createTestApp();
    ({ a, b } = await createWorld(t));
  });
  afterAll(() => t.close());

  const methodUrl = (clientId: string) => `/api/clients/${clientId}/method`;

  it("makes the next draft follow the method's days", async () => {
    const clientId = a.ids.clientId;
    const before = await generate(a.coach, clientId);
    expect(METHOD_LABELS).not.toContain(before.plan.dayLabel);

    const methodId = await createMethod(a);
    const put = await a.coach.request<ClientMethodView>("PUT", methodUrl(clientId), { methodId });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ methodId, override: null, resolved: { id: methodId, via: "client_assignment" } });
    expect(put.body.roadmap).toBe("none");

    const after = await generate(a.coach, clientId);
    expect(METHOD_LABELS).toContain(after.plan.dayLabel);
    const read = await a.owner.get<ClientMethodView>(methodUrl(clientId));
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.resolved?.id).toBe(methodId);
  });

  it("rebuilds the saved roadmap when the method changes, and a per-client copy wins", async () => {
    const clientId = a.ids.spareClientId;
    const built = await a.coach.post<RoadmapResponse>(`/api/clients/${clientId}/roadmap`, {});
    expect(built.status).toBe(201);

    const methodId = await createMethod(a);
    const copy = sampleMethod(uniqueMethodId("client-copy"));
    copy.days = copy.days.map((d, i) => ({ ...d, label: `Gamma day ${i + 1}` }));
    const put = await a.coach.request<ClientMethodView>("PUT", methodUrl(clientId), { method: copy });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ roadmap: "rebuilt", resolved: { id: copy.id, via: "client_override" } });
    const roadmap = (await a.coach.get<RoadmapResponse>(`/api/clients/${clientId}/roadmap`)).body.roadmap;
    expect(roadmap?.method?.id).toBe(copy.id);
    expect(roadmap?.startDate).toBe(built.body.roadmap?.startDate);
    expect(roadmap?.blocks.every((bl) => bl.split.map((d) => d.label).join() === "Gamma day 1,Gamma day 2")).toBe(true);
    const draft = await generate(a.coach, clientId);
    expect(draft.plan.dayLabel).toMatch(/^Gamma day/);

    // The id alone, the copy cleared: the assigned method applies again.
    const byId = await a.coach.request<ClientMethodView>("PUT", methodUrl(clientId), { methodId });
    expect(byId.body.resolved).toMatchObject({ id: methodId, via: "client_assignment" });
    expect(METHOD_LABELS).toContain((await generate(a.coach, clientId)).plan.dayLabel);

    const cleared = await a.coach.request<ClientMethodView>("PUT", methodUrl(clientId), null);
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body.methodId).toBeNull();
    expect(cleared.body.resolved?.via ?? "engine_default").toBe("engine_default");
  });

  it("falls back to the trainer's default method for the client's goal", async () => {
    const methodId = await createMethod(a);
    const profile = (await a.coach.get<TrainerProfileResponse>("/api/trainer-profile")).body.profile;
    const bad = await a.coach.request<{ error: { fields: { path: string }[] } }>("PUT", "/api/trainer-profile", {
      ...profile,
      defaultMethods: { strength: "org:does-not-exist" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]?.path).toBe("body.defaultMethods.strength");

    const saved = await a.coach.request<TrainerProfileResponse>("PUT", "/api/trainer-profile", {
      ...profile,
      defaultMethods: { strength: methodId },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.profile.defaultMethods).toEqual({ strength: methodId });
    // The spare client's assignment was cleared above; the fixture's profile is a strength client.
    const view = await a.coach.get<ClientMethodView>(methodUrl(a.ids.spareClientId));
    expect(view.body.resolved).toMatchObject({ id: methodId, via: "trainer_default" });
  });

  it("answers bad input with 400 naming the field, and another organization with 404", async () => {
    const clientId = a.ids.clientId;
    const unknown = await a.coach.request<{ error: { fields: { path: string }[] } }>("PUT", methodUrl(clientId), {
      methodId: "org:nope",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]?.path).toBe("body.methodId");
    const broken = sampleMethod();
    broken.days[0]!.slots[0]!.exerciseIds = ["no-such-lift"];
    const bad = await a.coach.request<{ error: { fields: { path: string }[] } }>("PUT", methodUrl(clientId), {
      method: broken,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.path)).toContain("body.method.days.0.slots.0.exerciseIds.0");
    const methodId = await createMethod(a);
    expect((await b.owner.request("PUT", methodUrl(clientId), { methodId })).status).toBe(404);
    expect((await b.owner.get(methodUrl(clientId))).status).toBe(404);
    // A's method id means nothing in B.
    const own = await b.owner.post<{ id: string }>("/api/clients", {
      name: "B client",
      profile: (await a.coach.get<{ profile: unknown }>(`/api/clients/${clientId}`)).body.profile,
    });
    const foreign = await b.owner.request<{ error: { fields: { path: string }[] } }>("PUT", methodUrl(own.body.id), {
      methodId,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0]?.path).toBe("body.methodId");
  });
});
