/** The demo's training history is lifted by simulated clients: charts read near each client's true strength. */
import { clientProfileSchema, progressResponseSchema } from "@spotter/contracts";
import { BASE_LIFTS, BUILTIN_EXERCISES, createCatalog, createVirtualAthlete } from "@spotter/engine";
import type { Database } from "@spotter/server";
import { demoAthleteSpec } from "@spotter/server/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemo } from "../src/demo/ensure-demo.ts";
import { DEMO_CLIENTS } from "../src/demo/roster.ts";
import { freshPglite, freshPostgres } from "./databases.ts";
import { demoApp } from "./demo-support.ts";

const pgUrl = process.env.TEST_DATABASE_URL;
const NOW = new Date("2026-11-22T08:30:00.000Z");
/** The first day of the demo's six weeks (DEMO_HISTORY_DAYS before NOW). */
const START = "2026-10-11";
const catalog = createCatalog(BUILTIN_EXERCISES);

type Row = { email: string; date: string; engine_log: unknown };
type Plan = { main: { exerciseId: string; role: string }[] };
type Log = { exercises: { exerciseId: string; sets: { rpe?: number; completed: boolean }[] }[] };
const trainingLogs = (d: Database) =>
  d.query<Row>(
    `select c.email, s.date::text as date, s.engine_log from training_sessions s join clients c on c.id = s.client_id
      where s.status = 'logged' order by c.email, s.date`,
  );

describe("demo training history from simulated athletes", () => {
  let database: Database;
  let password: string;
  beforeAll(async () => {
    database = await freshPglite();
    password = (await ensureDemo(database, undefined, { now: NOW })).password;
  });
  afterAll(() => database.close());

  it("every client with a base-lift baseline charts that lift within 10% of their true 1RM", async () => {
    const { app, cookie } = await demoApp(database, password);
    try {
      const ids = await database.query<{ id: string; email: string }>("select id, email from clients");
      let compared = 0;
      for (const c of DEMO_CLIENTS) {
        const lifts = (c.profile.baselines?.repMaxes ?? []).filter((r) => BASE_LIFTS.some((b) => b === r.exerciseId));
        const id = ids.find((r) => r.email === c.email)?.id;
        if (lifts.length === 0 || !id) continue;
        const res = await app.inject({ method: "GET", url: `/api/clients/${id}/progress`, headers: { cookie } });
        const progress = progressResponseSchema.parse(res.json());
        const profile = clientProfileSchema.parse(c.profile);
        const athlete = createVirtualAthlete(demoAthleteSpec(profile, { startDate: START, seed: c.email }));
        for (const lift of lifts) {
          const last = progress.e1rm.find((e) => e.exerciseId === lift.exerciseId)?.points.at(-1);
          if (!last) continue; // the method may train a variant of this lift instead
          const truth = athlete.oneRepMaxKg(catalog.get(lift.exerciseId)!, last.date) ?? 0;
          const error = (last.e1rmKg - truth) / truth;
          console.log(
            `${c.name} ${lift.exerciseId}: e1RM ${last.e1rmKg} kg vs truth ${truth.toFixed(1)} kg (${(error * 100).toFixed(1)}%)`,
          );
          expect(Math.abs(error), `${c.email} ${lift.exerciseId}`).toBeLessThanOrEqual(0.1);
          compared += 1;
        }
      }
      // At least Maya's back squat (105 kg × 3) and Lucas's (190 kg × 3) are charted.
      expect(compared).toBeGreaterThanOrEqual(2);
    } finally {
      await app.close();
    }
  });

  it("main lifts are loads the athletes can move: RPE-10 misses are rare", async () => {
    const rows = await database.query<{ email: string; plan: Plan; engine_log: Log }>(
      `select c.email, s.plan, s.engine_log from training_sessions s join clients c on c.id = s.client_id
        where s.status = 'logged'`,
    );
    const per = new Map<string, { sets: number; misses: number }>();
    for (const r of rows) {
      const mains = new Set(r.plan.main.filter((i) => i.role === "main").map((i) => i.exerciseId));
      const tally = per.get(r.email) ?? { sets: 0, misses: 0 };
      for (const e of r.engine_log.exercises.filter((x) => mains.has(x.exerciseId)))
        for (const set of e.sets) {
          tally.sets += 1;
          if (set.rpe === 10 && !set.completed) tally.misses += 1;
        }
      per.set(r.email, tally);
    }
    const all = [...per.values()].reduce((a, b) => ({ sets: a.sets + b.sets, misses: a.misses + b.misses }));
    for (const [email, t] of per) console.log(`${email}: ${t.misses}/${t.sets} main sets missed at RPE 10`);
    expect(all.sets).toBeGreaterThan(500);
    expect(all.misses / all.sets).toBeLessThanOrEqual(0.05);
    // The clients whose baselines the engine reads start right: almost no misses.
    for (const email of ["maya.chen@demo.spotter.local", "lucas.martin@demo.spotter.local"]) {
      const t = per.get(email) ?? { sets: 0, misses: 0 };
      expect(t.misses / t.sets, email).toBeLessThanOrEqual(0.05);
    }
  });

  it("the same `now` gives the same logged sessions on another database", async () => {
    const other = await freshPglite();
    try {
      await ensureDemo(other, undefined, { now: NOW });
      expect(await trainingLogs(other)).toEqual(await trainingLogs(database));
    } finally {
      await other.close();
    }
  });

  it.skipIf(!pgUrl)("PostgreSQL gets the same logged sessions as PGlite", async () => {
    const pg = await freshPostgres(pgUrl as string);
    try {
      await ensureDemo(pg, undefined, { now: NOW });
      expect(await trainingLogs(pg)).toEqual(await trainingLogs(database));
    } finally {
      await pg.close();
    }
  });
});
