/**
 * Today's parameters reach the engine (readiness, date, equipment), sessions page newest first,
 * and an organization's own exercises stay inside it.
 */
import type { SessionListResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { expectOk, generate, items } from "./programming-support.ts";

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("session parameters", () => {
  it("lowers intensity on poor sleep with HRV below baseline, and says so", async () => {
    const s = await generate(a.coach, a.ids.clientId, {
      readiness: { sleepHours: 5, hrvStatus: "below", soreness: 2 },
    });
    expect(s.plan.reasons.map((r) => r.ruleId)).toContain("readiness.lower_intensity");
    expect(s.request.readiness).toEqual({ sleepHours: 5, hrvStatus: "below", soreness: 2 });
  });

  it("plans for a given date and respects today's equipment", async () => {
    const s = await generate(a.coach, a.ids.clientId, { date: "2030-06-03", equipment: ["dumbbells", "bench"] });
    expect(s.date).toBe("2030-06-03");
    const { items: catalog } = expectOk<{ items: { id: string }[] }>(
      await a.coach.get("/api/exercises?equipment=dumbbells,bench"),
      200,
      "catalog",
    );
    const doable = new Set(catalog.map((e) => e.id));
    expect(items(s).filter((i) => !doable.has(i.exerciseId))).toEqual([]);
  });

  it("pages a client's sessions newest first", async () => {
    const list = expectOk<SessionListResponse>(
      await a.coach.get(`/api/clients/${a.ids.clientId}/sessions?pageSize=1&page=1`),
      200,
      "page 1",
    );
    expect(list.items).toHaveLength(1);
    expect(list.total).toBe(2);
    expect(list.items[0]?.date).toBe("2030-06-03");
    const second = expectOk<SessionListResponse>(
      await a.coach.get(`/api/clients/${a.ids.clientId}/sessions?pageSize=1&page=2`),
      200,
      "page 2",
    );
    expect((second.items[0]?.date ?? "9999") < "2030-06-03").toBe(true);
    expect((await a.coach.get(`/api/clients/${a.ids.clientId}/sessions?status=bogus`)).status).toBe(400);
  });
});

describe("organization exercises", () => {
  it("are visible only inside their organization and usable in a Trainer Profile there", async () => {
    const exercise = {
      id: "org:b-only-hold",
      name: "B-only hold",
      pattern: "core_anti_extension",
      primaryMuscles: ["abs"],
      equipment: [[]],
      level: "beginner",
      unilateral: false,
      loadType: "bodyweight",
      measure: "time",
      regressions: ["front-plank"],
      cues: { setup: ["Set."], execution: ["Hold."], faults: ["Sag."] },
      tempo: "0-0-0-0",
      secondsPerRep: 1,
    };
    expect((await b.coach.post("/api/exercises", exercise)).status).toBe(201);
    const inA = expectOk<{ items: { id: string }[] }>(await a.coach.get("/api/exercises?q=b-only"), 200, "a");
    expect(inA.items).toEqual([]);
    const inB = expectOk<{ items: { id: string }[] }>(await b.client.get("/api/exercises?q=b-only"), 200, "b");
    expect(inB.items.map((e) => e.id)).toEqual(["org:b-only-hold"]);
    expect(
      (await b.coach.request("PUT", "/api/trainer-profile", { preferredExercises: ["org:b-only-hold"] })).status,
    ).toBe(200);
    const refused = await a.coach.request("PUT", "/api/trainer-profile", { preferredExercises: ["org:b-only-hold"] });
    expect(refused.status).toBe(400);
    expect((await a.client.post("/api/exercises", { ...exercise, id: "org:client-made" })).status).toBe(403);
  });
});
