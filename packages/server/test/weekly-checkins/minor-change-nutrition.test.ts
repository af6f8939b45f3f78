/**
 * "Minor change" on a stalled weight: the reply, the nutrition target check's proposal and their
 * audit events are one transaction. A failing check leaves the check-in answered and no reply in
 * the thread; once it passes, the reply and the proposal it opened commit together. The check is
 * made to fail by wrapping the real proposeNutritionChange (the app runs in this process). PGlite
 * (where it used to hang inside the transaction), and PostgreSQL with TEST_DATABASE_URL.
 */

import type { MessageThread, WeeklyCheckIn, WeeklyCheckInList } from "@spotter/contracts";
import { addDays } from "@spotter/engine";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type * as NutritionTargets from "../../src/commands/nutrition-targets.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import {
  createClient,
  createTestApp,
  createWorld,
  inviteAndAccept,
  type Org,
  profileInput,
  type TestApp,
} from "../support.ts";

const fault = vi.hoisted(() => ({ nutrition: false }));
vi.mock("../../src/commands/nutrition-targets.ts", async (importOriginal) => {
  const real = await importOriginal<typeof NutritionTargets>();
  return {
    ...real,
    proposeNutritionChange: (...args: Parameters<typeof real.proposeNutritionChange>) => {
      if (fault.nutrition) throw new Error("injected: the nutrition check failed");
      return real.proposeNutritionChange(...args);
    },
  };
});

// A Sunday: the week under review starts Monday 2026-11-23.
const TODAY = "2026-11-29";
let t: TestApp;
let a: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T18:00:00Z`) });
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

it("a failing nutrition check sends no reply; a passing one commits reply and proposal together", async () => {
  const profile = profileInput({
    goals: { primary: "fat_loss", secondary: [] },
    birthYear: 1996,
    sex: "male",
    heightCm: 180,
    bodyMassKg: 90,
  });
  const id = await createClient(a.coach, "Stalled", { profile });
  const base = `/api/clients/${id}/nutrition`;
  const set = await a.coach.request("PUT", `${base}/settings`, { goal: "lose", ratePctPerWeek: 0.5, energyKcal: 2300 });
  expect(set.status).toBe(200);
  // Four weeks eating the target without losing: the weight is flat, the expenditure estimate ~2,300.
  for (let d = 27; d >= 0; d--) {
    const date = addDays(TODAY, -d);
    await a.coach.post(`${base}/measurements`, { date, weight: { value: 90 + (d % 2) * 0.1, unit: "kg" } });
    await a.coach.post(`${base}/intake`, { date, kcal: 2300, proteinG: 180, carbsG: 230, fatG: 70 });
  }
  const login = t.client();
  await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
  expect(
    (await login.post("/api/me/weekly-checkins", { energy: 4, sleep: 4, stress: 2, adherenceConfidence: 5 })).status,
  ).toBe(200);
  const review = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`)).body.items[0]!;
  expect(review.summary.changes).toContain("weight_stalled");
  const send = () =>
    a.coach.post<WeeklyCheckIn>(`/api/clients/${id}/weekly-checkins/${review.id}/send`, {
      body: "The scale has held still; let's look at the energy target.",
      action: "minor_change",
    });
  const coachMessages = async () =>
    (await login.get<MessageThread>("/api/me/messages")).body.items.filter((m) => m.authorRole === "coach");

  fault.nutrition = true;
  expect((await send()).status).toBe(500);
  expect(await coachMessages()).toEqual([]);
  const still = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`)).body.items[0]!;
  expect(still).toMatchObject({ status: "answered", proposalId: null });

  fault.nutrition = false;
  const sent = await send();
  expect(sent.status).toBe(200);
  expect(sent.body).toMatchObject({ status: "closed", action: "minor_change" });
  expect(sent.body.proposalId).toEqual(expect.any(String));
  expect((await coachMessages()).map((m) => m.body)).toEqual([
    "The scale has held still; let's look at the energy target.",
  ]);
  const proposals = await a.coach.get<{ items: { id: string; kind: string }[] }>(`/api/clients/${id}/proposals`);
  expect(proposals.body.items.find((p) => p.id === sent.body.proposalId)?.kind).toBe("nutrition_target");
});
