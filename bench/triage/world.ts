/**
 * The triage benchmarks' shared setup: a temporary database (PostgreSQL, created and dropped, or
 * PGlite in memory), an organization with `clients` × `days` of generated check-ins and sessions
 * (analyzed), and the two incremental events the benches time the update after (one new session
 * log, one new check-in). run.ts, incremental.ts and nutrition.ts build on it.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
// The modules themselves rather than the package index, so a bench loads only what the pass needs.
import { type Database, migrateDatabase, openDatabase } from "../../packages/server/src/db/open.ts";
import { generateScaleData } from "../../packages/server/src/demo/scale-data.ts";
import { insertCheckIns } from "../../packages/server/src/monitoring/bulk.ts";
import { recordSessionForMonitoring } from "../../packages/server/src/monitoring/sessions.ts";

export const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A fresh migrated database: PostgreSQL (a temporary database on PG_URL's server) or in-memory PGlite. */
export async function openBenchDb(kind: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    return { database, drop: () => database.close() };
  }
  const name = `spotter_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 4 });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      await database.close();
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

export type TriageOrg = {
  organizationId: string;
  clientIds: string[];
  checkIns: number;
  sessions: number;
  /** Today (UTC) and the pass's `now` on it (06:00). */
  today: string;
  now: string;
  /** Seconds spent generating and analyzing. */
  generateS: number;
};

/** One organization with `clients` × `days` of check-ins and sessions ending today (seed 7), analyzed. */
export async function seedTriageOrg(database: Database, clients: number, days: number): Promise<TriageOrg> {
  const t0 = performance.now();
  const [org] = await database.query<{ id: string }>("insert into organizations (name) values ('Bench') returning id");
  const today = new Date().toISOString().slice(0, 10);
  const gen = await generateScaleData(database, { organizationId: org!.id, clients, days, endDate: today, seed: 7 });
  await database.query("analyze");
  return {
    organizationId: org!.id,
    clientIds: gen.clientIds,
    checkIns: gen.checkIns,
    sessions: gen.sessions,
    today,
    now: `${today}T06:00:00.000Z`,
    generateS: (performance.now() - t0) / 1000,
  };
}

/** Every `step`-th client, at most `n` of them: the clients whose updates are timed. */
export function sampleClients(org: TriageOrg, n: number): string[] {
  const step = Math.max(1, Math.floor(org.clientIds.length / n));
  return org.clientIds.filter((_, i) => i % step === 0).slice(0, n);
}

/** A completed 60-minute session logged today (the monitoring record a log writes); `ref` unique per log. */
export function logSession(database: Database, org: TriageOrg, clientId: string, ref: string) {
  return recordSessionForMonitoring(database, org.organizationId, clientId, [
    { ref, date: org.today, planned: true, completed: true, durationMin: 60, sessionRpe: 7 },
  ]);
}

/** Today's check-in (an upsert: a second one replaces the first); `sleepHours` varies it. */
export function checkIn(database: Database, org: TriageOrg, clientId: string, sleepHours = 6) {
  return insertCheckIns(database, [
    {
      organizationId: org.organizationId,
      clientId,
      checkIn: { date: org.today, sleepHours, sleepQuality: 4, fatigue: 5, soreness: 4, stress: 3, mood: 3 },
    },
  ]);
}
