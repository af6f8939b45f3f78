/**
 * The organization's own exercises through the real server: edit (id fixed, media link validated,
 * methods that name it must stay valid), delete refused with a message naming what still uses it
 * (a method, an unpublished session, training history) and archive instead; archived exercises are
 * listed flagged, left out of pickers with `archived=exclude`, and restorable; another organization's
 * exercise is a 404; built-ins are read-only; every change is audited.
 */
import type { ExerciseEntry, ExerciseListResponse, SessionDto } from "@spotter/contracts";
import type { Method } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMethod, sampleMethod, uniqueMethodId } from "../methods/method-fixtures.ts";
import { generate, items, logAsPrescribed, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

type ErrorBody = { error: { code: string; message: string; fields?: { path: string }[] } };
const url = (id: string) => `/api/exercises/${encodeURIComponent(id)}`;
let counter = 0;

function drill(id = `org:drill-${Date.now().toString(36)}-${++counter}`) {
  return {
    id,
    name: `Dead bug drill ${counter}`,
    pattern: "core_anti_extension" as const,
    primaryMuscles: ["abs" as const],
    equipment: [[]],
    level: "beginner" as const,
    unilateral: false,
    loadType: "bodyweight" as const,
    measure: "time" as const,
    regressions: ["front-plank"],
    cues: { setup: ["Lie on your back."], execution: ["Brace."], faults: ["Arching."] },
    tempo: "0-0-0-0",
    secondsPerRep: 1,
  };
}

/** The sample method with `exerciseId` as an accessory on both days, so any draft includes it. */
function methodUsing(exerciseId: string): Method {
  const m = sampleMethod(uniqueMethodId("uses-drill"));
  for (const day of m.days)
    day.slots.push({ pattern: "core_anti_extension", role: "accessory", exerciseIds: [exerciseId] });
  return m;
}

describe("the exercise library (organization exercises)", () => {
  let t: TestApp;
  let a: Org;
  let b: Org;

  beforeAll(async () => {
    t = await createTestApp();
    ({ a, b } = await createWorld(t));
  });
  afterAll(() => t.close());

  it("edits an exercise and its media link; refuses a bad link, a changed id, a built-in and another organization", async () => {
    const ex = drill();
    const created = await a.coach.post<ExerciseEntry>("/api/exercises", { ...ex, mediaUrl: "https://example.com/v/1" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      source: "organization",
      mediaUrl: "https://example.com/v/1",
      archived: false,
    });

    const edited = await a.coach.request<ExerciseEntry>("PUT", url(ex.id), {
      ...ex,
      name: "Dead bug, long lever",
      mediaUrl: "https://www.youtube.com/watch?v=abc",
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      name: "Dead bug, long lever",
      mediaUrl: "https://www.youtube.com/watch?v=abc",
    });
    const listed = await a.owner.get<ExerciseListResponse>("/api/exercises?source=organization");
    expect(listed.body.items.find((e) => e.id === ex.id)?.name).toBe("Dead bug, long lever");

    for (const mediaUrl of ["javascript:alert(1)", "data:text/html,<script>x</script>", "not a url", "ftp://x.org/a"]) {
      const bad = await a.coach.request<ErrorBody>("PUT", url(ex.id), { ...ex, mediaUrl });
      expect(bad.status, mediaUrl).toBe(400);
      expect(bad.body.error.fields?.[0]?.path).toBe("body.mediaUrl");
    }
    const renamed = await a.coach.request<ErrorBody>("PUT", url(ex.id), { ...ex, id: "org:other" });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.fields?.[0]?.path).toBe("body.id");
    const cycle = await a.coach.request<ErrorBody>("PUT", url(ex.id), { ...ex, regressions: [ex.id] });
    expect(cycle.status).toBe(400);
    const builtin = await a.coach.request<ErrorBody>("PUT", url("back-squat"), { ...ex, id: "back-squat" });
    expect(builtin.status).toBe(400);
    expect(builtin.body.error.fields?.[0]?.path).toBe("params.exerciseId");
    expect((await b.owner.request("PUT", url(ex.id), ex)).status).toBe(404);
    // Existence is checked before the body: another organization learns nothing from a 400.
    expect((await b.owner.request("PUT", url(ex.id), { ...ex, id: "org:other" })).status).toBe(404);
    expect((await b.owner.request("DELETE", url(ex.id))).status).toBe(404);
    expect((await b.owner.post(`${url(ex.id)}/archive`, { archived: true })).status).toBe(404);
    expect((await a.client.request("DELETE", url(ex.id))).status).toBe(403);

    // Nothing uses it: it can be deleted, and is gone.
    const deleted = await a.coach.request("DELETE", url(ex.id));
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await a.coach.get<ExerciseListResponse>(`/api/exercises?q=${encodeURIComponent(ex.id)}`)).body.total).toBe(
      0,
    );
    const audit = await a.owner.get<{ items: { action: string; entityId: string | null }[] }>(
      "/api/audit?pageSize=100",
    );
    const actions = audit.body.items.filter((e) => e.entityId === ex.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["exercise.created", "exercise.updated", "exercise.deleted"]));
  });

  it("refuses to delete while a method, an unpublished session or history uses it; archive instead", async () => {
    const ex = drill();
    expect((await a.coach.post("/api/exercises", ex)).status).toBe(201);
    const method = methodUsing(ex.id);
    await createMethod(a, method);

    const byMethod = await a.coach.request<ErrorBody>("DELETE", url(ex.id));
    expect(byMethod.status).toBe(409);
    expect(byMethod.body.error.message).toContain(method.name);
    expect(byMethod.body.error.message).toContain("archive it instead");

    // An edit that would break the method (its slot asks for an anti-extension drill) is refused.
    const broken = await a.coach.request<ErrorBody>("PUT", url(ex.id), { ...ex, pattern: "squat" });
    expect(broken.status, JSON.stringify(broken.body)).toBe(409);

    // Assign, draft: the draft names the exercise; delete the method: the draft still holds it.
    expect(
      (await a.coach.request("PUT", `/api/clients/${a.ids.clientId}/method`, { methodId: method.id })).status,
    ).toBe(200);
    const draft = await generate(a.coach, a.ids.clientId);
    expect(items(draft).some((i) => i.exerciseId === ex.id)).toBe(true);
    expect((await a.coach.request("DELETE", `/api/methods/${encodeURIComponent(method.id)}`)).status).toBe(200);
    const byDraft = await a.coach.request<ErrorBody>("DELETE", url(ex.id));
    expect(byDraft.status).toBe(409);
    expect(byDraft.body.error.message).toMatch(/1 unpublished session/);

    // Published and logged, it is history: still refused, and archiving is the way out.
    const published = await publish(a.coach, draft.id);
    const logged = await a.client.post<SessionDto>(`/api/sessions/${published.id}/log`, logAsPrescribed(published));
    expect(logged.status, JSON.stringify(logged.body)).toBe(201);
    const byHistory = await a.coach.request<ErrorBody>("DELETE", url(ex.id));
    expect(byHistory.status).toBe(409);
    expect(byHistory.body.error.message).toMatch(/training history/);

    const archived = await a.coach.post<ExerciseEntry>(`${url(ex.id)}/archive`, { archived: true });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body.archived).toBe(true);
    const all = await a.coach.get<ExerciseListResponse>("/api/exercises?source=organization");
    expect(all.body.items.find((e) => e.id === ex.id)?.archived).toBe(true);
    const pickers = await a.coach.get<ExerciseListResponse>("/api/exercises?archived=exclude");
    expect(pickers.body.items.some((e) => e.id === ex.id)).toBe(false);
    const only = await a.coach.get<ExerciseListResponse>("/api/exercises?archived=only");
    expect(only.body.items.map((e) => e.id)).toEqual([ex.id]);
    // History still reads it: the client's next draft and the coach's session view work.
    expect((await a.coach.get(`/api/sessions/${published.id}`)).status).toBe(200);

    const restored = await a.coach.post<ExerciseEntry>(`${url(ex.id)}/archive`, { archived: false });
    expect(restored.body.archived).toBe(false);
    const bad = await a.coach.post<ErrorBody>(`${url(ex.id)}/archive`, { archived: "yes" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.[0]?.path).toBe("body.archived");
  });

  it("filters the catalog by level", async () => {
    const res = await a.coach.get<ExerciseListResponse>("/api/exercises?level=advanced&source=builtin");
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items.every((e) => e.level === "advanced" && e.mediaUrl === null)).toBe(true);
    expect((await a.coach.get<ErrorBody>("/api/exercises?level=expert")).status).toBe(400);
  });
});
