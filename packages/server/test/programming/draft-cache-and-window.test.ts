/**
 * Drafting's speed work must not change a prescription. (1) For a client with a year of logs, the
 * engine's output from the windowed history + progression archive deep-equals its output from
 * every log (same seed, same day, several days of the rotation). (2) The per-organization cache of
 * Trainer Profiles and methods: an edit is visible in the very next draft.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/actor.ts";
import { clients } from "../../src/db/schema.ts";
import { draftPlan, type GenerateBody } from "../../src/programming/generate.ts";
import { sampleMethod, uniqueMethodId } from "../methods/method-fixtures.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";
import { expectOk, generate, logAsPrescribed, publish } from "./programming-support.ts";
import { insertLoggedSessions, yearOfLogs } from "./year-of-history.ts";

type Reason = { ruleId: string; message: string; inputs?: Record<string, unknown> };
const onTheFly = (s: { plan: { reasons: Reason[] } }) => s.plan.reasons.find((r) => r.ruleId === "roadmap.on_the_fly");

describe("draft from the windowed history + archive = draft from every log", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Window Equal");
  });
  afterAll(() => t.close());

  it("a year of logs: identical sessions for the next days of the rotation", async () => {
    const id = await createClient(org.coach, "Year of logs", { profile: profileInput({ trainingAgeMonths: 30 }) });
    const ids = { organizationId: org.ids.organizationId, clientId: id };
    await insertLoggedSessions(t.database, ids, yearOfLogs(52, t.app.clock.now().getTime() - 86_400_000));
    expectOk(await org.coach.post(`/api/clients/${id}/roadmap`, {}), 201, "roadmap");
    // One logged session through the API builds the progression archive.
    const first = await publish(org.coach, (await generate(org.coach, id)).id);
    expectOk(await org.coach.post(`/api/sessions/${first.id}/log`, logAsPrescribed(first, 8)), 201, "log");

    const [client] = await t.db.select().from(clients).where(eq(clients.id, id));
    const actor: Actor = {
      userId: org.ids.coachId,
      organizationId: org.ids.organizationId,
      role: "coach",
      sessionId: "test",
      csrfToken: "test",
    };
    const clock = t.app.clock.now();
    for (const offset of [0, 1, 2, 3]) {
      const date = new Date(clock.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      const body: GenerateBody = { durationMinutes: 60, newPain: [], date };
      const seed = `00000000-0000-4000-8000-00000000000${offset}`;
      const windowed = await draftPlan(t.db, actor, client!, { body, seed, clock, history: "windowed" });
      const full = await draftPlan(t.db, actor, client!, { body, seed, clock, history: "full" });
      // The window really is smaller, so equality is not trivial.
      expect(windowed.history.length).toBeLessThan(full.history.length);
      expect(windowed.session).toEqual(full.session);
      expect(windowed.extraReasons).toEqual(full.extraReasons);
    }
  });
});

describe("per-organization cache: edits reach the very next draft", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Org Cache");
  });
  afterAll(() => t.close());

  it("trainer profile default method, then the method itself", async () => {
    const clientId = org.ids.spareClientId; // assigned to org.coach, no roadmap saved
    const methodId = uniqueMethodId("cache");
    expectOk(await org.coach.post("/api/methods", sampleMethod(methodId)), 201, "method");

    const before = await generate(org.coach, clientId);
    expect(onTheFly(before)?.inputs?.methodId).not.toBe(methodId);

    const current = (await org.coach.get<{ profile: Record<string, unknown> }>("/api/trainer-profile")).body.profile;
    const withDefault = { ...current, defaultMethods: { strength: methodId } };
    expectOk(await org.coach.request("PUT", "/api/trainer-profile", withDefault), 200, "profile");
    const afterProfile = await generate(org.coach, clientId);
    expect(onTheFly(afterProfile)?.inputs).toMatchObject({ methodId, methodVia: "trainer_default" });
    expect(onTheFly(afterProfile)?.message).toContain("Two-day test method");

    const renamed = { ...sampleMethod(methodId), name: "Renamed cache method" };
    expectOk(await org.coach.request("PUT", `/api/methods/${methodId}`, renamed), 200, "method update");
    const afterMethod = await generate(org.coach, clientId);
    expect(onTheFly(afterMethod)?.message).toContain("Renamed cache method");

    expectOk(await org.coach.request("DELETE", `/api/methods/${methodId}`), 200, "method delete");
    const afterDelete = await generate(org.coach, clientId);
    expect(onTheFly(afterDelete)?.inputs?.methodId).not.toBe(methodId);
  });
});
