/** The demo hook: seeded clients have a roadmap, six weeks of logged history near their true strength, and today's session. */
import {
  type ClientDetail,
  clientProfileSchema,
  type ProgressResponse,
  type RoadmapResponse,
  type SessionListResponse,
} from "@spotter/contracts";
import { BUILTIN_EXERCISES, createCatalog, createVirtualAthlete } from "@spotter/engine";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoAthleteSpec } from "../../src/demo/demo-athlete.ts";
import { DEMO_HISTORY_DAYS, seedDemoTraining } from "../../src/demo/demo-training.ts";
import { expectOk } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";

const NOW = new Date("2026-11-22T08:30:00.000Z");
const DAY_MS = 86_400_000;
const FULL_GYM = ["barbell", "squat_rack", "bench", "dumbbells", "cable", "machines", "pullup_bar", "kettlebells"];
/** A strength client whose baseline says back squat 105 kg × 3 (e1RM ≈ 114 kg at RPE 10). */
const STRONG = profileInput({
  sex: "female",
  birthYear: 1991,
  bodyMassKg: 63,
  trainingAgeMonths: 48,
  schedule: { daysPerWeek: 4, sessionMinutes: 75, preferredDays: [] },
  locations: [{ id: "gym", name: "Gym", equipment: FULL_GYM as never }],
  baselines: {
    repMaxes: [
      { exerciseId: "back-squat", loadKg: 105, reps: 3, date: "2026-10-01" },
      { exerciseId: "deadlift", loadKg: 130, reps: 2, date: "2026-10-01" },
      { exerciseId: "barbell-bench-press", loadKg: 60, reps: 5, date: "2026-10-01" },
    ],
    fieldTests: [],
  },
});

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Demo");
});
afterAll(() => t.close());

const detail = async (id: string) => expectOk<ClientDetail>(await org.coach.get(`/api/clients/${id}`), 200, "client");

it("seeds a roadmap, six weeks of logged sessions on the schedule, progress and today's published session", async () => {
  const client = await detail(org.ids.clientId);
  const seeded = await seedDemoTraining(t.db, {
    organizationId: org.ids.organizationId,
    trainees: [{ id: client.id, profile: client.profile, coachUserId: org.ids.coachId }],
    now: NOW,
  });
  expect(seeded).toBe(1);
  const roadmap = expectOk<RoadmapResponse>(await org.coach.get(`/api/clients/${client.id}/roadmap`), 200, "roadmap");
  expect(roadmap.roadmap?.blocks.length).toBeGreaterThan(0);
  const list = expectOk<SessionListResponse>(
    await org.coach.get(`/api/clients/${client.id}/sessions?pageSize=100`),
    200,
    "list",
  );
  const logged = list.items.filter((s) => s.status === "logged");
  // Three days a week for six weeks (the first and last week may be cut by the window).
  expect(logged.length).toBeGreaterThanOrEqual(16);
  expect(logged.length).toBeLessThanOrEqual(18);
  const today = expectOk<{ session: { status: string } | null }>(await org.client.get("/api/me/today"), 200, "today");
  expect(today.session?.status).toBe("published");
  const progress = expectOk<ProgressResponse>(await org.coach.get(`/api/clients/${client.id}/progress`), 200, "p");
  expect(progress.weeklyVolume.length).toBeGreaterThanOrEqual(6);
  expect(progress.progression.length).toBeGreaterThan(0);

  // The client's export carries the programming records; deleting the client removes them.
  const exported = expectOk<{ records: Record<string, unknown[]> }>(
    await org.client.get(`/api/clients/${client.id}/export`),
    200,
    "export",
  );
  expect(exported.records.trainingSessions).toHaveLength(logged.length + 1);
  expect(exported.records.roadmap).toHaveLength(1);
  expect(exported.records.progressionStates?.length).toBe(progress.progression.length);
  expect((await org.owner.delete(`/api/clients/${client.id}`)).status).toBe(200);
  const left = await t.database.query<{ n: number }>(
    "select count(*)::int as n from training_sessions where client_id = $1",
    [client.id],
  );
  expect(left[0]?.n).toBe(0);
});

it("a client with a 105 kg × 3 squat baseline charts a squat e1RM within 10% of the athlete's truth, without grinding misses", async () => {
  const id = await createClient(org.coach, "Strong client", { profile: STRONG });
  const client = await detail(id);
  const seedKey = "strong@demo";
  await seedDemoTraining(t.db, {
    organizationId: org.ids.organizationId,
    trainees: [{ id, profile: client.profile, coachUserId: org.ids.coachId, seedKey }],
    now: NOW,
  });
  const start = new Date(NOW.getTime() - DEMO_HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  const athlete = createVirtualAthlete(demoAthleteSpec(client.profile, { startDate: start, seed: seedKey }));
  const catalog = createCatalog(BUILTIN_EXERCISES);
  const progress = expectOk<ProgressResponse>(await org.coach.get(`/api/clients/${id}/progress`), 200, "progress");
  const squat = progress.e1rm.find((e) => e.exerciseId === "back-squat");
  expect(squat?.points.length).toBeGreaterThanOrEqual(4);
  const last = squat?.points.at(-1);
  const truth = athlete.oneRepMaxKg(catalog.get("back-squat")!, last?.date ?? "") ?? 0;
  expect(truth).toBeGreaterThan(110);
  expect(truth).toBeLessThan(125);
  expect(Math.abs((last?.e1rmKg ?? 0) - truth) / truth).toBeLessThanOrEqual(0.1);
  // Every charted squat point is believable (never the 28 kg of a warm-up read as a max).
  for (const p of squat?.points ?? []) expect(p.e1rmKg).toBeGreaterThan(truth * 0.8);

  // Main lifts: loads the athlete can move, so RPE-10 misses are rare.
  const list = expectOk<SessionListResponse>(await org.coach.get(`/api/clients/${id}/sessions?pageSize=100`), 200, "l");
  let mainSets = 0;
  let grinds = 0;
  for (const s of list.items.filter((x) => x.status === "logged")) {
    const mainIds = new Set(s.plan.main.filter((i) => i.role === "main").map((i) => i.id));
    for (const set of s.log?.sets ?? []) {
      if (!mainIds.has(set.itemId)) continue;
      mainSets += 1;
      if (set.rpe === 10 && !set.completed) grinds += 1;
    }
  }
  expect(mainSets).toBeGreaterThan(40);
  expect(grinds / mainSets).toBeLessThanOrEqual(0.05);
});

it("the athlete's truth: a baseline's e1RM, other lifts through the squat ratios, else sex, body mass and status", () => {
  const parsed = clientProfileSchema.parse(STRONG);
  const strong = demoAthleteSpec(parsed, { startDate: "2026-10-11", seed: "x" });
  expect(strong.oneRepMaxKg["back-squat"]).toBeCloseTo(113.9, 0); // 105 / 92.2% (3 reps at RPE 10)
  expect(strong.oneRepMaxKg["overhead-press"]).toBeGreaterThan(35);
  expect(strong.oneRepMaxKg["overhead-press"]).toBeLessThan(55);
  const none = { ...parsed, baselines: { repMaxes: [], fieldTests: [] } };
  const novice = demoAthleteSpec({ ...none, trainingAgeMonths: 0 }, { startDate: "2026-10-11", seed: "x" });
  const veteran = demoAthleteSpec({ ...none, trainingAgeMonths: 60 }, { startDate: "2026-10-11", seed: "x" });
  expect(novice.oneRepMaxKg["back-squat"]).toBeLessThan(veteran.oneRepMaxKg["back-squat"]);
  expect(novice.weeklyGain).toBeGreaterThan(veteran.weeklyGain);
  const older = demoAthleteSpec({ ...none, birthYear: 1955 }, { startDate: "2026-10-11", seed: "x" });
  expect(older.weeklyGain).toBeGreaterThan(veteran.weeklyGain);
});
