/**
 * Nutrition over HTTP on a fixed clock: measurements in kg/lb and cm/in, intake, targets with
 * reasons, the coach's settings history, and the adaptive proposal routed by the tier, approved and
 * applied, or blocked by an open disordered-eating flag. Runs on PGlite, and on PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { addDays } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { createClient, createTestApp, createWorld, type Org, profileInput, type TestApp } from "../support.ts";

const TODAY = "2026-03-01";
let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T12:00:00Z`) });
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

type Reason = { ruleId: string; message: string; inputs: Record<string, unknown> };
type Explained = { value: number; reasons: Reason[] };
type Targets = {
  missing: string[];
  goal: string;
  weightKg: number | null;
  weightSource: string | null;
  energySource: string;
  targets: Record<"rmr" | "maintenance" | "energyKcal" | "proteinG" | "fatG" | "carbsG" | "fibreG", Explained> | null;
  week: { date: string; load: string; carbsG: number; energyKcal: number }[];
  today: { date: string } | null;
  expenditure: { kcal: number; sdKcal: number; dataKcal: number | null; intakeDays: number } | null;
  warnings: Reason[];
};
type Proposal = {
  id: string;
  kind: string;
  status: string;
  diff: { before: unknown; after: unknown };
  reasons: Reason[];
};
type ProposalResult = { status: string; reasons: Reason[]; proposal: Proposal | null; created: boolean };

/** A fat-loss client, male, 30 in 2026, 180 cm, 80 kg, with no training logged yet. */
const profile = () =>
  profileInput({
    goals: { primary: "fat_loss", secondary: [] },
    birthYear: 1996,
    sex: "male",
    heightCm: 180,
    bodyMassKg: 80,
  });

describe("measurements", () => {
  it("stores lb and in as kg and cm, keeps the entered units, and answers with the trend", async () => {
    const id = await createClient(a.coach, "Units", { profile: profile() });
    const url = `/api/clients/${id}/nutrition/measurements`;
    const res = await a.coach.post<{ weightKg: number; circumferencesCm: Record<string, number>; massUnit: string }>(
      url,
      {
        date: addDays(TODAY, -1),
        weight: { value: 176.37, unit: "lb" },
        circumferences: { waist: { value: 33, unit: "in" }, hip: { value: 100, unit: "cm" } },
        bodyFatPct: 18,
      },
    );
    expect(res.status).toBe(201);
    expect(res.body.weightKg).toBeCloseTo(80, 1);
    expect(res.body.circumferencesCm).toEqual({ waist: 83.8, hip: 100 });
    expect(res.body.massUnit).toBe("lb");
    await a.coach.post(url, { date: TODAY, weight: { value: 79.0, unit: "kg" } });
    const list = await a.coach.get<{ items: { date: string }[]; trend: { trendKg: number; points: unknown[] } }>(url);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.date)).toEqual([TODAY, addDays(TODAY, -1)]);
    // EWMA α 0.1 seeded at 80.00: 80 + 0.1 × (79 − 80) = 79.9.
    expect(list.body.trend.trendKg).toBeCloseTo(79.9, 2);
  });

  it("refuses bad input with 400 naming the field", async () => {
    const url = `/api/clients/${a.ids.clientId}/nutrition/measurements`;
    const cases: [unknown, string][] = [
      [{ date: TODAY }, "weight"],
      [{ date: TODAY, weight: { value: 80, unit: "st" } }, "weight.unit"],
      [{ date: TODAY, weight: { value: 30, unit: "lb" } }, "weight.value"],
      [{ date: "2026-02-30", weight: { value: 80, unit: "kg" } }, "date"],
      [{ date: addDays(TODAY, 3), weight: { value: 80, unit: "kg" } }, "date"],
      [{ date: TODAY, circumferences: { waist: { value: -1, unit: "cm" } } }, "circumferences.waist.value"],
    ];
    for (const [body, field] of cases) {
      const res = await a.coach.post<{ error: { code: string; fields?: { path: string }[] } }>(url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(body)).toContain(field);
    }
  });

  it("lets the client log their own through /me and hides other organizations' clients", async () => {
    const own = await a.client.post("/api/me/nutrition/measurements", {
      date: TODAY,
      weight: { value: 70, unit: "kg" },
    });
    expect(own.status).toBe(201);
    const seen = await a.coach.get<{ items: { weightKg: number }[] }>(
      `/api/clients/${a.ids.clientId}/nutrition/measurements`,
    );
    expect(seen.body.items.some((i) => i.weightKg === 70)).toBe(true);
    expect((await b.coach.get(`/api/clients/${a.ids.clientId}/nutrition/measurements`)).status).toBe(404);
    expect((await b.client.get(`/api/clients/${a.ids.clientId}/nutrition/targets`)).status).toBe(404);
    expect(
      (await a.coach.post("/api/me/nutrition/intake", { date: TODAY, kcal: 1, proteinG: 1, carbsG: 1, fatG: 1 }))
        .status,
    ).toBe(403);
    expect(
      (await a.client.request("PUT", `/api/clients/${a.ids.clientId}/nutrition/settings`, { goal: "lose" })).status,
    ).toBe(403);
  });
});

describe("data rights", () => {
  it("the client export carries measurements, intake and settings", async () => {
    const id = await createClient(a.coach, "Export", { profile: profile() });
    const base = `/api/clients/${id}/nutrition`;
    await a.coach.post(`${base}/measurements`, { date: TODAY, weight: { value: 80, unit: "kg" } });
    await a.coach.post(`${base}/intake`, { date: TODAY, kcal: 2000, proteinG: 150, carbsG: 200, fatG: 60 });
    await a.coach.request("PUT", `${base}/settings`, { goal: "lose" });
    const res = await a.owner.get<{ records: Record<string, unknown[]> }>(`/api/clients/${id}/export`);
    expect(res.status).toBe(200);
    expect(res.body.records.bodyMeasurements).toHaveLength(1);
    expect(res.body.records.nutritionIntake).toHaveLength(1);
    expect(res.body.records.nutritionSettings).toHaveLength(1);
  });
});

describe("deleting a mistaken weigh-in", () => {
  it("the client may delete their own; another organization gets 404; the trend forgets it", async () => {
    const url = `/api/clients/${a.ids.clientId}/nutrition/measurements`;
    const made = await a.client.post<{ id: string }>("/api/me/nutrition/measurements", {
      date: TODAY,
      weight: { value: 150, unit: "kg" },
    });
    expect(made.status).toBe(201);
    expect((await b.coach.request("DELETE", `${url}/${made.body.id}`)).status).toBe(404);
    expect((await a.client.request("DELETE", `${url}/${made.body.id}`)).status).toBe(200);
    expect((await a.client.request("DELETE", `${url}/${made.body.id}`)).status).toBe(404);
    const list = await a.coach.get<{ items: { id: string }[] }>(url);
    expect(list.body.items.map((i) => i.id)).not.toContain(made.body.id);
  });
});

describe("intake", () => {
  it("keeps one row per day (a second log replaces it) and reports adherence to the target", async () => {
    const id = await createClient(a.coach, "Intake", { profile: profile() });
    const url = `/api/clients/${id}/nutrition/intake`;
    expect((await a.coach.post(url, { date: TODAY, kcal: 2500, proteinG: 150, carbsG: 250, fatG: 80 })).status).toBe(
      200,
    );
    const again = await a.coach.post<{ kcal: number }>(url, {
      date: TODAY,
      kcal: 1800,
      proteinG: 150,
      carbsG: 180,
      fatG: 60,
    });
    expect(again.body.kcal).toBe(1800);
    const list = await a.coach.get<{ items: unknown[]; adherence: Record<string, number | null> }>(url);
    expect(list.body.items).toHaveLength(1);
    // Target 1700 (see the targets test): |1800 − 1700| / 1700 = 5.9%.
    expect(list.body.adherence).toMatchObject({
      days: 28,
      loggedDays: 1,
      meanKcal: 1800,
      targetKcal: 1700,
      meanDeviationPct: 5.9,
    });
    const bad = await a.coach.post(url, { date: TODAY, kcal: -5, proteinG: 1, carbsG: 1, fatG: 1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("kcal");
  });
});

describe("targets", () => {
  it("explains every number: Mifflin 1780 × 1.2 − 440 for 0.5%/week → 1700 kcal", async () => {
    const id = await createClient(a.coach, "Targets", { profile: profile() });
    const res = await a.coach.get<Targets>(`/api/clients/${id}/nutrition/targets`);
    expect(res.status).toBe(200);
    const v = res.body;
    expect(v).toMatchObject({
      missing: [],
      goal: "lose",
      weightKg: 80,
      weightSource: "profile",
      energySource: "formula",
    });
    expect(v.targets!.rmr.value).toBeCloseTo(1780, 6);
    expect(v.targets!.energyKcal.value).toBe(1700);
    expect(v.targets!.proteinG.value).toBe(176); // 2.2 g/kg in a deficit
    for (const k of ["rmr", "maintenance", "energyKcal", "proteinG", "fatG", "carbsG", "fibreG"] as const)
      expect(v.targets![k].reasons.length, k).toBeGreaterThan(0);
    expect(v.week).toHaveLength(7);
    expect(v.today?.date).toBe(TODAY);
    expect(v.week.every((d) => d.load === "rest")).toBe(true);
  });

  it("says what is missing instead of guessing", async () => {
    const id = await createClient(a.coach, "Sparse");
    const res = await a.coach.get<Targets>(`/api/clients/${id}/nutrition/targets`);
    expect(res.status).toBe(200);
    expect(res.body.targets).toBeNull();
    expect(res.body.missing).toEqual(["weight", "heightCm", "birthYear"]);
  });

  it("keeps the settings history: a new setting supersedes the active one", async () => {
    const id = await createClient(a.coach, "Settings", { profile: profile() });
    const url = `/api/clients/${id}/nutrition/settings`;
    expect((await a.coach.request("PUT", url, { goal: "lose", energyKcal: 2000 })).status).toBe(200);
    expect((await a.coach.request("PUT", url, { goal: "maintain" })).status).toBe(200);
    const list = await a.coach.get<{ items: { status: string; goal: string }[] }>(url);
    expect(list.body.items.map((i) => [i.status, i.goal])).toEqual([
      ["active", "maintain"],
      ["superseded", "lose"],
    ]);
    expect((await a.coach.request("PUT", url, { goal: "lose", energyKcal: 300 })).status).toBe(400);
  });
});

/** 28 days of flat weight around 90 kg and ~2,300 kcal logged against a 2,300 kcal fat-loss target. */
async function stalledClient(org: Org, name: string) {
  const id = await createClient(org.coach, name, { profile: profile() });
  const base = `/api/clients/${id}/nutrition`;
  expect(
    (await org.coach.request("PUT", `${base}/settings`, { goal: "lose", ratePctPerWeek: 0.5, energyKcal: 2300 }))
      .status,
  ).toBe(200);
  for (let d = 27; d >= 0; d--) {
    const date = addDays(TODAY, -d);
    const wobble = ((d * 7) % 5) - 2; // deterministic ±2
    await org.coach.post(`${base}/measurements`, { date, weight: { value: 90 + wobble * 0.2, unit: "kg" } });
    await org.coach.post(`${base}/intake`, { date, kcal: 2300 + wobble * 40, proteinG: 180, carbsG: 230, fatG: 70 });
  }
  return { id, base };
}

describe("adaptive proposal", () => {
  it("a stalled, adherent client gets a bounded cut pending the coach; approving it sets the target", async () => {
    const { id, base } = await stalledClient(a, "Stalled");
    const targets = await a.coach.get<Targets>(`${base}/targets`);
    expect(targets.body.energySource).toBe("coach");
    expect(targets.body.targets!.energyKcal.value).toBe(2300);
    expect(targets.body.expenditure!.dataKcal).not.toBeNull();
    expect(Math.abs(targets.body.expenditure!.dataKcal! - 2300)).toBeLessThan(250);

    const res = await a.coach.post<ProposalResult>(`${base}/proposals`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("proposed");
    expect(res.body.created).toBe(true);
    const p = res.body.proposal!;
    expect(p.kind).toBe("nutrition_target");
    expect(p.status).toBe("pending_review"); // the default tiers do not auto-apply nutrition changes
    expect(p.diff).toEqual({ before: { energyKcal: 2300 }, after: { energyKcal: 2100 } });
    expect(p.reasons.map((r) => r.ruleId)).toContain("nutrition.proposal.bounded_step");

    const again = await a.coach.post<ProposalResult>(`${base}/proposals`);
    expect(again.body).toMatchObject({ status: "proposed", created: false });
    expect(again.body.proposal!.id).toBe(p.id);

    const listed = await a.client.get<{ items: Proposal[] }>(`/api/clients/${a.ids.clientId}/nutrition/proposals`);
    expect(listed.status).toBe(200);
    const mine = await a.coach.get<{ items: Proposal[] }>(`${base}/proposals`);
    expect(mine.body.items.map((x) => x.id)).toEqual([p.id]);

    // The coach's queue shows it like any pending proposal, with the diff and the reasons.
    const queue = await a.coach.get<{ items: { type: string; id: string; kind: string; diff: unknown }[] }>(
      "/api/queue",
    );
    expect(queue.body.items.find((i) => i.id === p.id)).toMatchObject({
      type: "proposal",
      kind: "nutrition_target",
      diff: { before: { energyKcal: 2300 }, after: { energyKcal: 2100 } },
    });
    expect((await a.coach.post(`/api/proposals/${p.id}/approve`, {})).status).toBe(200);
    const after = await a.coach.get<Targets>(`/api/clients/${id}/nutrition/targets`);
    expect(after.body.energySource).toBe("proposal");
    expect(after.body.targets!.energyKcal.value).toBe(2100);
  });

  it("an open disordered-eating flag blocks the change entirely, with the reason", async () => {
    const { id, base } = await stalledClient(a, "Flagged");
    await t.database.query(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action)
       values ($1, $2, 'disordered_eating', 'red', 'test-de', 'redflag.disordered_eating.scoff', 'SCOFF 3', '{}'::jsonb, 'refer')`,
      [a.ids.organizationId, id],
    );
    const res = await a.coach.post<ProposalResult>(`${base}/proposals`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("blocked");
    expect(res.body.proposal).toBeNull();
    expect(res.body.reasons[0]!.ruleId).toBe("nutrition.proposal.blocked.flag");
    const rows = await t.database.query<{ n: number | string }>(
      "select count(*) as n from proposals where client_id = $1 and kind = 'nutrition_target'",
      [id],
    );
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it("only a coach may run the check", async () => {
    expect((await a.client.post<ProposalResult>(`/api/clients/${a.ids.clientId}/nutrition/proposals`)).status).toBe(
      403,
    );
  });
});
