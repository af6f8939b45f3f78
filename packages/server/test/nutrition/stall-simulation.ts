/**
 * The adaptive target loop driven end to end through the real server: virtual dieters with a known
 * true expenditure (engine `virtual-dieter.ts`) log weigh-ins and intake over HTTP every day, eating
 * whatever target is in force; the scheduled daily pass runs each morning; the coach reads each
 * client's nutrition proposals and approves the pending ones; clients on a tier that automates
 * `nutrition_target` get theirs applied. Shared by the simulation test and bench/nutrition/stall.ts.
 */
import { addDays, createDieter, type Dieter, type DieterSpec, kcalPerDayForRate, liveDay } from "@spotter/engine";
import { runDailyPass } from "../../src/monitoring/run-pass.ts";
import { createClient, login, profileInput, signup, type TestApp, type TestClient } from "../support.ts";

export type Role = "stall_review" | "stall_auto" | "on_track" | "disordered_stall";
export type SimClient = { role: Role; spec: DieterSpec };
export type SimClock = { set(iso: string): void };

type Proposal = {
  id: string;
  status: string;
  date: string;
  diff: { before: { energyKcal: number }; after: { energyKcal: number } };
};

export type ClientOutcome = {
  role: Role;
  stallDay: number | null;
  /** Every nutrition-target proposal, in order: the day index it is for, its status, before → after. */
  proposals: { day: number; status: string; before: number; after: number }[];
  /** The check the pass last stored, and its estimate against the truth that day. */
  check: { status: string; kcal: number; sdKcal: number; trueKcal: number } | null;
  finalTargetKcal: number;
  minKcal: number;
  startKg: number;
  finalKg: number;
};

const START = "2026-01-05";
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const RATE = 0.5;

/** The cohort: `n` of each role with seeded variation in size, expenditure and stall day. */
export function cohort(n: number, seed: string, stallFrom = 28): SimClient[] {
  const out: SimClient[] = [];
  const roles: Role[] = ["stall_review", "stall_auto", "on_track", "disordered_stall"];
  for (const role of roles)
    for (let i = 0; i < n; i++) {
      const startKg = 78 + ((i * 7) % 5) * 4;
      out.push({
        role,
        spec: {
          seed: `${seed}:${role}:${i}`,
          startKg,
          expenditureKcal: 2500 + ((i * 3) % 5) * 120,
          stallDay: role === "on_track" ? null : stallFrom + ((i * 5) % 3) * 7,
          // The stall takes the whole planned deficit: the scale stops moving.
          stallDropKcal: Math.round(kcalPerDayForRate(startKg, -RATE) * -1),
          intakeSdKcal: 150,
          logProbability: 0.9,
          weighProbability: 0.85,
          scaleSdKg: 0.6,
        },
      });
    }
  return out;
}

type Live = { sim: SimClient; id: string; dieter: Dieter; target: number; minKcal: number; truth: number[] };

async function targetOf(coach: TestClient, id: string) {
  const r = await coach.get<{ targets: { energyKcal: { value: number }; bounds: { minKcal: number } } }>(
    `/api/clients/${id}/nutrition/targets`,
  );
  if (r.status !== 200) throw new Error(`targets ${r.status}`);
  return { target: r.body.targets.energyKcal.value, minKcal: r.body.targets.bounds.minKcal };
}

export async function runStallSimulation(t: TestApp, clock: SimClock, clients: SimClient[], days: number) {
  clock.set(`${START}T08:00:00Z`);
  const coach = t.client();
  const owner = await signup(coach, "Stall Sim Gym");
  const organizationId = owner.organization.id;
  const tier = await coach.post<{ id: string }>("/api/tiers", {
    name: "Nutrition autopilot",
    price: { amountMinor: 1000, currency: "EUR", period: "month" },
    reviewCadence: "weekly",
    responseHours: { yellow: 24, red: 4 },
    autoApplyKinds: ["nutrition_target"],
  });
  if (tier.status !== 201) throw new Error(`tier ${tier.status}`);
  const live: Live[] = [];
  for (const [i, sim] of clients.entries()) {
    const id = await createClient(coach, `Sim ${sim.role} ${i}`, {
      profile: profileInput({
        goals: { primary: "fat_loss", secondary: [] },
        birthYear: 1990,
        sex: "male",
        heightCm: 180,
        bodyMassKg: sim.spec.startKg,
      }),
    });
    if (sim.role === "stall_auto") await coach.request("PUT", `/api/clients/${id}/tier`, { tierId: tier.body.id });
    // The coach starts each client on their true maintenance minus the planned 0.5 %/week deficit.
    const energyKcal = Math.round(sim.spec.expenditureKcal + kcalPerDayForRate(sim.spec.startKg, -RATE));
    const set = await coach.request("PUT", `/api/clients/${id}/nutrition/settings`, {
      goal: "lose",
      ratePctPerWeek: RATE,
      energyKcal,
    });
    if (set.status !== 200) throw new Error(`settings ${set.status}`);
    if (sim.role === "disordered_stall") {
      const c = await coach.post(`/api/clients/${id}/checkins`, {
        date: START,
        sleepHours: 7,
        sleepQuality: 2,
        fatigue: 2,
        soreness: 2,
        stress: 3,
        mood: 3,
        note: "I made myself sick after dinner again",
      });
      if (c.status !== 201 && c.status !== 200) throw new Error(`check-in ${c.status}`);
    }
    live.push({ sim, id, dieter: createDieter(sim.spec), truth: [], ...(await targetOf(coach, id)) });
  }

  for (let day = 0; day < days; day++) {
    const date = addDays(START, day);
    // Morning: the scheduled pass, then the coach's review of what it proposed.
    clock.set(`${date}T06:00:00Z`);
    await runDailyPass(t.database, { now: `${date}T06:00:00.000Z`, organizationId });
    clock.set(`${date}T09:00:00Z`);
    // A signed-in session idles out over weeks of simulated time: the coach signs in each week.
    if (day % 7 === 0) await login(coach, owner.email);
    for (const c of live) {
      const list = await coach.get<{ items: Proposal[] }>(`/api/clients/${c.id}/nutrition/proposals`);
      if (list.status !== 200) throw new Error(`day ${day} proposals ${list.status} ${JSON.stringify(list.body)}`);
      let changed = false;
      for (const p of list.body.items) {
        if (p.status === "pending_review") {
          const ok = await coach.post(`/api/proposals/${p.id}/approve`, {});
          if (ok.status !== 200) throw new Error(`approve ${ok.status}`);
          changed = true;
        }
        if (p.status === "auto_applied" && p.diff.after.energyKcal !== c.target) changed = true;
      }
      if (changed) Object.assign(c, await targetOf(coach, c.id));
    }
    // Through the day: the morning weigh-in and the day's intake at the target in force.
    clock.set(`${date}T20:00:00Z`);
    for (const c of live) {
      const d = liveDay(c.dieter, c.target);
      c.truth.push(d.trueExpenditureKcal);
      const base = `/api/clients/${c.id}/nutrition`;
      if (d.scaleKg !== null) {
        const r = await coach.post(`${base}/measurements`, {
          date,
          weight: { value: Math.round(d.scaleKg * 10) / 10, unit: "kg" },
        });
        if (r.status !== 201) throw new Error(`measurement ${r.status}`);
      }
      if (d.loggedKcal !== null) {
        const kcal = Math.round(d.loggedKcal);
        const r = await coach.post(`${base}/intake`, {
          date,
          kcal,
          proteinG: Math.round((kcal * 0.3) / 4),
          carbsG: Math.round((kcal * 0.4) / 4),
          fatG: Math.round((kcal * 0.3) / 9),
        });
        if (r.status !== 201 && r.status !== 200) throw new Error(`intake ${r.status}`);
      }
    }
  }

  const outcomes: ClientOutcome[] = [];
  for (const c of live) {
    const list = await coach.get<{ items: Proposal[] }>(`/api/clients/${c.id}/nutrition/proposals`);
    const adaptive = await coach.get<{
      check: { status: string; computedFor: string; expenditure: { kcal: number; sdKcal: number } } | null;
    }>(`/api/clients/${c.id}/nutrition/adaptive`);
    const a = adaptive.body.check;
    const dayOf = (iso: string) => Math.round((Date.parse(iso) - Date.parse(START)) / 86_400_000);
    outcomes.push({
      role: c.sim.role,
      stallDay: c.sim.spec.stallDay,
      proposals: list.body.items
        .map((p) => ({
          day: dayOf(p.date),
          status: p.status,
          before: p.diff.before.energyKcal,
          after: p.diff.after.energyKcal,
        }))
        .sort((x, y) => x.day - y.day),
      check: a
        ? {
            status: a.status,
            kcal: a.expenditure.kcal,
            sdKcal: a.expenditure.sdKcal,
            // The estimator's 28-day window ends on the pass date: the truth averaged over it.
            trueKcal: Math.round(mean(c.truth.slice(Math.max(0, dayOf(a.computedFor) - 27), dayOf(a.computedFor) + 1))),
          }
        : null,
      finalTargetKcal: c.target,
      minKcal: c.minKcal,
      startKg: c.sim.spec.startKg,
      finalKg: Math.round(c.dieter.kg * 10) / 10,
    });
  }
  return outcomes;
}
