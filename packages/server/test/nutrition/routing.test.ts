/**
 * Nutrition that follows the plan and the tier: this week's planned sessions shift carbohydrate
 * (rest < moderate < hard) within the weekly total, and a tier that lists `nutrition_target` lets
 * the engine's bounded change apply automatically at green (the client can undo it). PGlite, and
 * PostgreSQL with TEST_DATABASE_URL.
 */
import { addDays } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { createClient, createTestApp, createWorld, type Org, profileInput, type TestApp } from "../support.ts";

const TODAY = "2026-03-04"; // a Wednesday; the week runs Monday 2 to Sunday 8 March
let t: TestApp;
let a: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T09:00:00Z`) });
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

const profile = () =>
  profileInput({
    goals: { primary: "fat_loss", secondary: [] },
    birthYear: 1996,
    sex: "male",
    heightCm: 180,
    bodyMassKg: 80,
  });

type Day = { date: string; load: string; carbsG: number; energyKcal: number };
type View = { week: Day[]; today: Day | null; targets: { carbsG: { value: number }; energyKcal: { value: number } } };

describe("carbs that follow training", () => {
  it("shifts carbohydrate to the planned hard and moderate days, keeping the weekly total", async () => {
    const id = await createClient(a.coach, "Periodised", { profile: profile() });
    const plan: [string, number, number][] = [
      ["2026-03-02", 45, 6], // moderate: 270 AU
      ["2026-03-04", 75, 8], // hard: RPE 8
      ["2026-03-06", 90, 7], // hard: 630 AU
    ];
    for (const [date, minutes, rpe] of plan)
      await t.database.query(
        `insert into monitoring_sessions (organization_id, client_id, ref, date, planned, completed, duration_min, session_rpe)
         values ($1, $2, $3, $4, true, false, $5, $6)`,
        [a.ids.organizationId, id, `plan-${date}`, date, minutes, rpe],
      );
    const res = await a.coach.get<View>(`/api/clients/${id}/nutrition/targets`);
    expect(res.status).toBe(200);
    const { week, today, targets } = res.body;
    expect(week.map((d) => d.load)).toEqual(["moderate", "rest", "hard", "rest", "hard", "rest", "rest"]);
    expect(today).toMatchObject({ date: TODAY, load: "hard" });
    const total = week.reduce((s, d) => s + d.carbsG, 0);
    expect(Math.abs(total - 7 * targets.carbsG.value)).toBeLessThanOrEqual(4);
    const by = (load: string) => week.filter((d) => d.load === load)[0]!;
    expect(by("hard").carbsG).toBeGreaterThan(by("moderate").carbsG);
    expect(by("moderate").carbsG).toBeGreaterThan(by("rest").carbsG);
    expect(by("hard").energyKcal).toBeGreaterThan(targets.energyKcal.value);
    // The client sees the same day beside their session.
    const own = await a.client.get<View>("/api/me/nutrition/targets");
    expect(own.status).toBe(200);
  });
});

describe("routed by the tier", () => {
  it("auto-applies at green where the tier lists nutrition_target, and the client may undo it", async () => {
    const tier = await a.owner.post<{ id: string }>("/api/tiers", {
      name: "Nutrition autopilot",
      price: { amountMinor: 1000, currency: "EUR", period: "month" },
      reviewCadence: "weekly",
      responseHours: { yellow: 24, red: 4 },
      autoApplyKinds: ["nutrition_target"],
    });
    expect(tier.status).toBe(201);
    const clientId = a.ids.clientId;
    expect((await a.coach.request("PUT", `/api/clients/${clientId}/tier`, { tierId: tier.body.id })).status).toBe(200);
    await a.coach.request("PATCH", `/api/clients/${clientId}`, { profile: profile() });
    const base = `/api/clients/${clientId}/nutrition`;
    expect((await a.coach.request("PUT", `${base}/settings`, { goal: "lose", energyKcal: 2300 })).status).toBe(200);
    for (let d = 27; d >= 0; d--) {
      const date = addDays(TODAY, -d);
      const wobble = ((d * 3) % 5) - 2;
      await a.client.post("/api/me/nutrition/measurements", { date, weight: { value: 90 + wobble * 0.2, unit: "kg" } });
      await a.client.post("/api/me/nutrition/intake", {
        date,
        kcal: 2300 + wobble * 40,
        proteinG: 180,
        carbsG: 230,
        fatG: 70,
      });
    }
    const res = await a.coach.post<{ status: string; proposal: { id: string; status: string; automated: boolean } }>(
      `${base}/proposals`,
    );
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("proposed");
    expect(res.body.proposal).toMatchObject({ status: "auto_applied", automated: true });
    const applied = await a.client.get<View & { energySource: string }>("/api/me/nutrition/targets");
    expect(applied.body.energySource).toBe("proposal");
    expect(applied.body.targets.energyKcal.value).toBe(2100);
    expect((await a.client.post(`/api/proposals/${res.body.proposal.id}/undo`, {})).status).toBe(200);
    const undone = await a.client.get<View & { energySource: string }>("/api/me/nutrition/targets");
    expect(undone.body.energySource).toBe("coach");
    expect(undone.body.targets.energyKcal.value).toBe(2300);
  });
});
