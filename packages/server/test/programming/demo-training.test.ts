/** The demo hook: seeded clients have a roadmap, logged history with progress, and a session for today. */
import type { ClientDetail, ProgressResponse, RoadmapResponse, SessionListResponse } from "@spotter/contracts";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemoTraining } from "../../src/programming/demo-training.ts";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { expectOk } from "./programming-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Demo");
});
afterAll(() => t.close());

it("seeds a roadmap, logged sessions with progress and today's published session", async () => {
  const client = expectOk<ClientDetail>(await org.coach.get(`/api/clients/${org.ids.clientId}`), 200, "client");
  const seeded = await seedDemoTraining(t.db, {
    organizationId: org.ids.organizationId,
    trainees: [{ id: client.id, profile: client.profile, coachUserId: org.ids.coachId }],
    now: new Date(),
  });
  expect(seeded).toBe(1);
  const roadmap = expectOk<RoadmapResponse>(await org.coach.get(`/api/clients/${client.id}/roadmap`), 200, "roadmap");
  expect(roadmap.roadmap?.blocks.length).toBeGreaterThan(0);
  const list = expectOk<SessionListResponse>(await org.coach.get(`/api/clients/${client.id}/sessions`), 200, "list");
  expect(list.items.filter((s) => s.status === "logged")).toHaveLength(6);
  const today = expectOk<{ session: { status: string } | null }>(await org.client.get("/api/me/today"), 200, "today");
  expect(today.session?.status).toBe("published");
  const progress = expectOk<ProgressResponse>(await org.coach.get(`/api/clients/${client.id}/progress`), 200, "p");
  expect(progress.weeklyVolume.length).toBeGreaterThan(0);
  expect(progress.progression.length).toBeGreaterThan(0);

  // The client's export carries the programming records; deleting the client removes them.
  const exported = expectOk<{ records: Record<string, unknown[]> }>(
    await org.client.get(`/api/clients/${client.id}/export`),
    200,
    "export",
  );
  expect(exported.records.trainingSessions).toHaveLength(7);
  expect(exported.records.roadmap).toHaveLength(1);
  expect(exported.records.progressionStates?.length).toBe(progress.progression.length);
  expect((await org.owner.delete(`/api/clients/${client.id}`)).status).toBe(200);
  const left = await t.database.query<{ n: number }>(
    "select count(*)::int as n from training_sessions where client_id = $1",
    [client.id],
  );
  expect(left[0]?.n).toBe(0);
});
