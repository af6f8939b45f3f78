/**
 * Bad input through HTTP: every refusal is a 4xx naming the field, and nothing is stored.
 */
import type { ErrorResponse, RoadmapResponse, SessionDto, SessionListResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { expectOk, generate, items, logAsPrescribed, publish } from "./programming-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Bad");
});
afterAll(() => t.close());

const paths = (res: { body: unknown }) => ((res.body as ErrorResponse).error.fields ?? []).map((f) => f.path);

async function sessionCount(clientId = org.ids.clientId) {
  const res = await org.coach.get<SessionListResponse>(`/api/clients/${clientId}/sessions`);
  return expectOk<SessionListResponse>(res, 200, "list").total;
}

describe("generate", () => {
  it("refuses out-of-range and unknown parameters with 400 naming the field, storing nothing", async () => {
    const before = await sessionCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ durationMinutes: 5 }, "body.durationMinutes"],
      [{ durationMinutes: 60, newPain: [{ region: "knee", severity: 11 }] }, "body.newPain.0.severity"],
      [{ durationMinutes: 60, newPain: [{ region: "elbowz", severity: 2 }] }, "body.newPain.0.region"],
      [{ durationMinutes: 60, equipment: ["laser"] }, "body.equipment.0"],
      [{ durationMinutes: 60, readiness: { sleepHours: 30 } }, "body.readiness.sleepHours"],
      [{ durationMinutes: 60, date: "2026-02-30" }, "body.date"],
      // Passes the schema; the engine refuses it (no such location for this client).
      [{ durationMinutes: 60, locationId: "moon-base" }, "body.locationId"],
    ];
    for (const [body, path] of cases) {
      const res = await org.coach.post(`/api/clients/${org.ids.clientId}/sessions`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((res.body as ErrorResponse).error.code).toBe("validation_error");
      expect(paths(res)).toContain(path);
    }
    expect(await sessionCount()).toBe(before);
  });

  it("answers 422 engine_unsatisfiable naming the field when nothing can be trained", async () => {
    // A roadmap whose every day is one barbell squat slot, no equipment and knee pain 10/10: no
    // squat fits, and no related pattern can be loaded with a barbell either.
    const clientId = org.ids.spareClientId;
    const built = expectOk<RoadmapResponse>(await org.coach.post(`/api/clients/${clientId}/roadmap`, {}), 201, "build");
    const roadmap = structuredClone(built.roadmap!);
    for (const block of roadmap.blocks)
      block.split = [
        { label: "Squat only", slots: [{ pattern: "squat", role: "main", constraints: { loadTypes: ["barbell"] } }] },
      ];
    expectOk(await org.coach.request("PUT", `/api/clients/${clientId}/roadmap`, { roadmap }), 200, "edit");
    const before = await sessionCount(clientId);
    const res = await org.coach.post(`/api/clients/${clientId}/sessions`, {
      durationMinutes: 45,
      equipment: [],
      newPain: [{ region: "knee", severity: 10 }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect((res.body as ErrorResponse).error.code).toBe("engine_unsatisfiable");
    expect(paths(res)).toContain("body.equipment");
    expect(await sessionCount(clientId)).toBe(before);
  });
});

describe("edit", () => {
  it("refuses a swap outside the offered alternatives and unknown items, all or nothing", async () => {
    const draft = await generate(org.coach, org.ids.clientId);
    const item = draft.plan.main[0]!;
    const notOffered = await org.coach.patch(`/api/sessions/${draft.id}`, {
      ops: [
        { op: "set", itemId: item.id, sets: 1 },
        { op: "swap", itemId: item.id, exerciseId: "handstand-push-up-on-the-moon" },
      ],
    });
    expect(notOffered.status).toBe(400);
    expect(paths(notOffered)).toContain("body.ops.1.exerciseId");
    const unknownItem = await org.coach.patch(`/api/sessions/${draft.id}`, {
      ops: [{ op: "set", itemId: "main-99", sets: 2 }],
    });
    expect(unknownItem.status).toBe(400);
    expect(paths(unknownItem)).toContain("body.ops.0.itemId");
    const badSets = await org.coach.patch(`/api/sessions/${draft.id}`, {
      ops: [{ op: "set", itemId: item.id, sets: 0 }],
    });
    expect(badSets.status).toBe(400);
    expect(paths(badSets)).toContain("body.ops.0.sets");
    const unchanged = expectOk<SessionDto>(await org.coach.get(`/api/sessions/${draft.id}`), 200, "read");
    expect(unchanged.plan).toEqual(draft.plan);
    expect(unchanged.editedByCoach).toBe(false);
  });

  it("answers 409 on editing or re-publishing a published session", async () => {
    const draft = await generate(org.coach, org.ids.clientId);
    await publish(org.coach, draft.id);
    const edit = await org.coach.patch(`/api/sessions/${draft.id}`, {
      ops: [{ op: "set", itemId: "main-0", sets: 2 }],
    });
    expect(edit.status).toBe(409);
    expect((edit.body as ErrorResponse).error.code).toBe("conflict");
    expect((await org.coach.post(`/api/sessions/${draft.id}/publish`)).status).toBe(409);
  });
});

describe("log", () => {
  it("refuses impossible sets, unknown items and foreign exercises with 400 naming the field, storing nothing", async () => {
    const draft = await generate(org.coach, org.ids.clientId);
    await publish(org.coach, draft.id);
    // A client without baselines gets no printed load on a first exposure ("find your working
    // weight"), so the logged load is the client's own.
    const loaded = items(draft).find((i) => i.reps !== undefined && i.role === "main")!;
    const good = { itemId: loaded.id, load: loaded.load ?? 40, reps: loaded.reps, rpe: 8, completed: true };
    const cases: [Record<string, unknown>, string][] = [
      [{ sets: [{ ...good, rpe: 11 }] }, "body.sets.0.rpe"],
      [{ sets: [{ ...good, rpe: 0.5 }] }, "body.sets.0.rpe"],
      [{ sets: [good, { ...good, load: -5 }] }, "body.sets.1.load"],
      [{ sets: [{ ...good, reps: 0 }] }, "body.sets.0.reps"],
      [{ sets: [{ ...good, itemId: "main-42" }] }, "body.sets.0.itemId"],
      [
        { sets: [good], pain: [{ exerciseId: "back-squat-not-here", region: "knee", severity: 3 }] },
        "body.pain.0.exerciseId",
      ],
      [{ sets: [good], pain: [{ itemId: loaded.id, region: "knee", severity: 12 }] }, "body.pain.0.severity"],
      [{ sets: [good], feel: 9 }, "body.feel"],
    ];
    for (const [body, path] of cases) {
      const res = await org.client.post(`/api/sessions/${draft.id}/log`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(paths(res), JSON.stringify(body)).toContain(path);
    }
    const still = expectOk<SessionDto>(await org.client.get(`/api/sessions/${draft.id}`), 200, "read");
    expect(still.status).toBe("published");
    expect(still.log).toBeUndefined();
    const progress = expectOk<{ progression: unknown[] }>(
      await org.coach.get(`/api/clients/${org.ids.clientId}/progress`),
      200,
      "progress",
    );
    expect(progress.progression).toEqual([]);
  });

  it("answers 409 for a draft and for a second log", async () => {
    const draft = await generate(org.coach, org.ids.clientId);
    expect((await org.coach.post(`/api/sessions/${draft.id}/log`, logAsPrescribed(draft))).status).toBe(409);
    await publish(org.coach, draft.id);
    expect((await org.client.post(`/api/sessions/${draft.id}/log`, logAsPrescribed(draft))).status).toBe(201);
    expect((await org.client.post(`/api/sessions/${draft.id}/log`, logAsPrescribed(draft))).status).toBe(409);
  });
});

describe("roadmap, exercises, trainer profile", () => {
  it("refuses an edited roadmap the engine finds invalid, naming the field, keeping the old one", async () => {
    const built = expectOk<RoadmapResponse>(
      await org.coach.post(`/api/clients/${org.ids.clientId}/roadmap`),
      201,
      "build",
    );
    const broken = structuredClone(built.roadmap!);
    broken.blocks[1]!.startDate = "2020-01-01";
    const res = await org.coach.request("PUT", `/api/clients/${org.ids.clientId}/roadmap`, { roadmap: broken });
    expect(res.status).toBe(400);
    expect(paths(res)).toContain("body.roadmap.blocks.1.startDate");
    const schemaBad = structuredClone(built.roadmap!);
    schemaBad.blocks[0]!.effort.mainRpe = 14;
    const res2 = await org.coach.request("PUT", `/api/clients/${org.ids.clientId}/roadmap`, { roadmap: schemaBad });
    expect(res2.status).toBe(400);
    expect(paths(res2)).toContain("body.roadmap.blocks.0.effort.mainRpe");
    const after = expectOk<RoadmapResponse>(
      await org.coach.get(`/api/clients/${org.ids.clientId}/roadmap`),
      200,
      "get",
    );
    expect(after.roadmap).toEqual(built.roadmap);
    expect(after.editedByCoach).toBe(false);
  });

  it("validates organization exercises against the built-ins", async () => {
    const base = {
      name: "Sled drag",
      pattern: "carry",
      primaryMuscles: ["quads"],
      equipment: [["sled"]],
      level: "beginner",
      unilateral: false,
      loadType: "machine",
      measure: "distance",
      cues: { setup: ["Strap in."], execution: ["Drive."], faults: ["Upright torso."] },
      tempo: "0-0-0-0",
      secondsPerRep: 1,
    };
    const badRef = await org.coach.post("/api/exercises", {
      ...base,
      id: "org:sled-drag",
      regressions: ["no-such-thing"],
    });
    expect(badRef.status).toBe(400);
    expect(paths(badRef)).toContain("body.regressions.0");
    const noPrefix = await org.coach.post("/api/exercises", { ...base, id: "sled-drag" });
    expect(noPrefix.status).toBe(400);
    expect(paths(noPrefix)).toContain("body.id");
    const ok = await org.coach.post("/api/exercises", { ...base, id: "org:sled-drag", regressions: ["farmers-carry"] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect((await org.coach.post("/api/exercises", { ...base, id: "org:sled-drag" })).status).toBe(409);
    const listed = expectOk<{ items: { id: string; source: string }[] }>(
      await org.coach.get("/api/exercises?pattern=carry&source=organization"),
      200,
      "list",
    );
    expect(listed.items.map((e) => e.id)).toEqual(["org:sled-drag"]);
    const withDumbbells = expectOk<{ items: { id: string; pattern: string }[] }>(
      await org.coach.get("/api/exercises?equipment=dumbbells&q=press"),
      200,
      "filter",
    );
    expect(withDumbbells.items.length).toBeGreaterThan(0);
    expect(withDumbbells.items.some((e) => e.id.includes("barbell"))).toBe(false);
    expect((await org.coach.get("/api/exercises?equipment=laser")).status).toBe(400);
  });

  it("refuses unknown exercises in a Trainer Profile and keeps the saved one", async () => {
    const res = await org.otherCoach.request("PUT", "/api/trainer-profile", {
      bannedExercises: ["back-squat", "nope"],
    });
    expect(res.status).toBe(400);
    expect(paths(res)).toContain("body.bannedExercises.1");
    const range = await org.otherCoach.request("PUT", "/api/trainer-profile", { deloadEveryWeeks: 40 });
    expect(range.status).toBe(400);
    expect(paths(range)).toContain("body.deloadEveryWeeks");
    const still = expectOk<{ isDefault: boolean }>(await org.otherCoach.get("/api/trainer-profile"), 200, "get");
    expect(still.isDefault).toBe(true);
  });
});
