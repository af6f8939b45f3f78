/**
 * Intake adherence in the monitoring pass, like training adherence: a client logging far under the
 * energy target on most of two weeks gets the yellow `intake_off_target` signal, with its reasons,
 * in the coach's queue and monitoring view, after the daily pass and after the incremental update
 * that follows a log; an on-target client gets nothing; an unchanged client is skipped on a re-run
 * and a new intake row re-evaluates it; the pass's reading of weigh-ins, body fat and intake gives the
 * card's numbers exactly. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { addDays } from "@spotter/engine";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTargets, loadNutritionContext } from "../../src/commands/nutrition-targets.ts";
import { clients } from "../../src/db/schema.ts";
import { loadClientData } from "../../src/monitoring/load-data.ts";
import { runDailyPass } from "../../src/monitoring/run-pass.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";

const TODAY = "2026-03-01";
const NOW = `${TODAY}T12:00:00.000Z`;
type Signal = { kind: string; level: string; ruleId: string; evidence: { inputs: Record<string, unknown> } };
type Queue = { items: { clientId: string; type: string; kind: string }[] };

const profile = () =>
  profileInput({
    goals: { primary: "fat_loss", secondary: [] },
    birthYear: 1996,
    sex: "male",
    heightCm: 180,
    bodyMassKg: 80,
  });

describe("intake adherence in the daily pass and the incremental update", () => {
  let t: TestApp;
  let org: Org;
  const ids = { under: "", onTarget: "", later: "" };
  let target = 0;

  /** Intake rows written straight to the table, as an import or another node would: the pass reads the rows. */
  const insertIntake = async (clientId: string, days: number[], kcal: number) => {
    for (const d of days)
      await t.database.query(
        `insert into nutrition_intake (organization_id, client_id, date, kcal, protein_g, carbs_g, fat_g)
         values ($1, $2, $3, $4, 150, 150, 60)`,
        [org.ids.organizationId, clientId, addDays(TODAY, -d), kcal],
      );
  };
  const queueKinds = async (clientId: string) =>
    (await org.coach.get<Queue>("/api/queue")).body.items
      .filter((i) => i.clientId === clientId)
      .map((i) => `${i.type}:${i.kind}`);
  const intakeSignal = async (clientId: string) =>
    (await org.coach.get<{ signals: Signal[] }>(`/api/clients/${clientId}/monitoring`)).body.signals.find(
      (s) => s.kind === "intake_off_target",
    );

  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(NOW) });
    org = await createOrg(t, "Intake Org");
    for (const k of Object.keys(ids) as (keyof typeof ids)[]) {
      ids[k] = await createClient(org.coach, `Intake ${k}`, { profile: profile() });
      const put = await org.coach.request("PUT", `/api/clients/${ids[k]}/nutrition/settings`, {
        goal: "lose",
        energyKcal: 2000,
      });
      expect(put.status).toBe(200);
    }
    const targets = await org.coach.get<{ targets: { energyKcal: { value: number } } }>(
      `/api/clients/${ids.under}/nutrition/targets`,
    );
    target = targets.body.targets.energyKcal.value;
    expect(target).toBe(2000);
    const days = Array.from({ length: 14 }, (_, i) => i);
    await insertIntake(ids.under, days, Math.round(target * 0.6));
    await insertIntake(ids.onTarget, days, target + (days.length % 2 ? 50 : -50));
    // Six days under: one short of the rule's minimum of logged days, until the client logs today.
    await insertIntake(ids.later, [1, 2, 3, 4, 5, 6], Math.round(target * 0.6));
  });
  afterAll(() => t.close());

  it("the daily pass flags intake far under target on ≥ 7 of 14 days, with its reasons; on target stays clear", async () => {
    const stats = await runDailyPass(t.database, { now: NOW, organizationId: org.ids.organizationId });
    expect(stats.evaluated).toBe(stats.clients);
    expect(await queueKinds(ids.under)).toContain("flag:intake_off_target");
    const s = await intakeSignal(ids.under);
    expect(s).toMatchObject({ level: "yellow", ruleId: "nutrition.intake.below_target" });
    expect(s?.evidence.inputs).toMatchObject({
      loggedDays: 14,
      withinBandDays: 0,
      rate: 0,
      meanDeviationPct: -40,
      targetKcal: target,
    });
    const flag = await t.database.query<{ level: string }>(
      "select level from flags where client_id = $1 and kind = 'intake_off_target' and status = 'open'",
      [ids.under],
    );
    expect(flag).toEqual([{ level: "yellow" }]);

    expect(await queueKinds(ids.onTarget)).not.toContain("flag:intake_off_target");
    expect(await intakeSignal(ids.onTarget)).toBeUndefined();
    // Six logged days are too few to judge yet.
    expect(await intakeSignal(ids.later)).toBeUndefined();
  });

  it("the incremental update after an intake log raises the signal at once, without a pass", async () => {
    const res = await org.coach.post(`/api/clients/${ids.later}/nutrition/intake`, {
      date: TODAY,
      kcal: Math.round(target * 0.6),
      proteinG: 150,
      carbsG: 150,
      fatG: 60,
    });
    expect(res.status).toBe(200);
    expect(await queueKinds(ids.later)).toContain("flag:intake_off_target");
    expect((await intakeSignal(ids.later))?.evidence.inputs).toMatchObject({ loggedDays: 7, withinBandDays: 0 });
  });

  it("a re-run skips unchanged clients; a new intake row re-evaluates its client", async () => {
    // The incrementally updated client's rows changed since the pass recorded its key.
    const second = await runDailyPass(t.database, { now: NOW, organizationId: org.ids.organizationId });
    expect(second).toMatchObject({ evaluated: 1, flagsWritten: 0 });
    const third = await runDailyPass(t.database, { now: NOW, organizationId: org.ids.organizationId });
    expect(third).toMatchObject({ evaluated: 0, flagsWritten: 0, proposalsWritten: 0 });
    await t.database.query("update nutrition_intake set kcal = kcal + 1 where client_id = $1 and date = $2", [
      ids.onTarget,
      TODAY,
    ]);
    const fourth = await runDailyPass(t.database, { now: NOW, organizationId: org.ids.organizationId });
    expect(fourth.evaluated).toBe(1);
    expect(await intakeSignal(ids.onTarget)).toBeUndefined();
  });

  it("the pass reads weigh-ins, body fat and intake into the card's numbers exactly", async () => {
    const id = await createClient(org.coach, "Card client", { profile: profile() });
    expect((await org.coach.request("PUT", `/api/clients/${id}/nutrition/settings`, { goal: "lose" })).status).toBe(
      200,
    );
    // 130 days back (older readings fall outside the 120-day trend), gaps, two weigh-ins on some days
    // (averaged, in entry order), a body-fat reading without a weight and a later one with (it counts).
    const weighIns: { date: string; kg: number | null; bf: number | null; later: number }[] = [];
    for (let d = 130; d >= 0; d--) {
      if (d % 5 === 3) continue;
      const kg = 84 - (130 - d) * 0.03 + ((d * 7) % 10) / 10;
      weighIns.push({ date: addDays(TODAY, -d), kg, bf: d === 20 ? 21.5 : null, later: 0 });
      if (d % 9 === 0) weighIns.push({ date: addDays(TODAY, -d), kg: kg + 0.4, bf: null, later: 1 });
    }
    weighIns.push({ date: addDays(TODAY, -40), kg: null, bf: 24, later: 0 });
    await t.database.query(
      `insert into body_measurements (organization_id, client_id, date, weight_kg, body_fat_pct, mass_unit, length_unit, created_at)
       select $1, $2, w.date, w.kg, w.bf, 'kg', 'cm', $4::timestamptz + w.later * interval '1 second'
         from jsonb_to_recordset($3::jsonb) as w(date date, kg real, bf real, later int)`,
      [org.ids.organizationId, id, JSON.stringify(weighIns), NOW],
    );
    const logged = Array.from({ length: 30 }, (_, d) => d).filter((d) => d % 4 !== 1);
    await t.database.query(
      `insert into nutrition_intake (organization_id, client_id, date, kcal, protein_g, carbs_g, fat_g)
       select $1, $2, $3::date - d, 1700 + (d * 37) % 400, 150, 150, 60 from unnest($4::int[]) as d`,
      [org.ids.organizationId, id, TODAY, logged],
    );
    const pass = (await loadClientData(t.database, [id], TODAY)).get(id)!;
    const [client] = await t.database.db.select().from(clients).where(eq(clients.id, id));
    const ctx = await loadNutritionContext(t.database.db, client!, TODAY);
    expect(ctx.latestBodyFatPct).toBe(21.5);
    const card = computeTargets(ctx);
    expect(card.expenditure?.dataKcal).not.toBeNull();
    expect(pass.nutrition?.expenditure).toEqual(card.expenditure);
    expect(pass.nutrition?.targetKcal).toBe(card.targets?.energyKcal.value);
    expect(pass.nutrition?.check?.input.weightKg).toBe(card.weightKg);
    expect(pass.nutrition?.check?.input.rmrKcal).toBe(card.targets?.rmr.value);

    // The stored estimate is rewritten only when the evaluation's row differs (digest compared).
    const stored = async () =>
      (
        await t.database.query<{ at: string; kcal: number }>(
          "select updated_at::text as at, kcal from nutrition_estimates where client_id = $1",
          [id],
        )
      )[0];
    const run = (hour: string) =>
      runDailyPass(t.database, {
        now: `${TODAY}T${hour}:00:00.000Z`,
        organizationId: org.ids.organizationId,
        reuse: false,
      });
    await run("13");
    const first = await stored();
    expect(first?.kcal).toBeCloseTo(card.expenditure!.kcal, 2);
    await run("14");
    expect(await stored()).toEqual(first);
    await t.database.query("update nutrition_intake set kcal = kcal - 300 where client_id = $1 and date = $2", [
      id,
      TODAY,
    ]);
    await run("15");
    expect((await stored())?.at).not.toBe(first?.at);
  });
});
