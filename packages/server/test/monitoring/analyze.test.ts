/**
 * Statistics after bulk loads: generated scale data leaves its tables analyzed (reltuples is -1
 * until a table's first ANALYZE), and on PGlite, which runs no autovacuum, the monitoring jobs
 * schedule an hourly ANALYZE. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateScaleData } from "../../src/demo/scale-data.ts";
import { analyzeAfterLoad } from "../../src/monitoring/analyze.ts";
import { ANALYZE_CRON, ANALYZE_QUEUE, type MonitoringJobs, startMonitoringJobs } from "../../src/monitoring/jobs.ts";
import { createTestApp, type TestApp } from "../support.ts";

describe("ANALYZE after bulk loads", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const reltuples = async (table: string) => {
    const [r] = await t.database.query<{ n: number }>(
      "select reltuples::float8 as n from pg_class where oid = to_regclass($1)",
      [table],
    );
    return Number(r?.n);
  };

  it("generated scale data leaves its tables with statistics", async () => {
    const [org] = await t.database.query<{ id: string }>("insert into organizations (name) values ('An') returning id");
    const gen = await generateScaleData(t.database, {
      organizationId: org!.id,
      clients: 6,
      days: 40,
      endDate: "2026-06-14",
      seed: 3,
    });
    expect(gen.checkIns).toBeGreaterThan(100);
    expect(await reltuples("check_ins")).toBeGreaterThanOrEqual(gen.checkIns);
    expect(await reltuples("monitoring_sessions")).toBeGreaterThanOrEqual(gen.sessions);
  });

  it("analyzeAfterLoad analyzes the tables named (quoted) or all of them", async () => {
    await t.database.query("create table analyze_probe (x int)");
    await t.database.query("insert into analyze_probe select generate_series(1, 500)");
    expect(await reltuples("analyze_probe")).toBe(-1);
    await analyzeAfterLoad(t.database, ["analyze_probe"]);
    expect(await reltuples("analyze_probe")).toBe(500);
    await t.database.query("insert into analyze_probe select generate_series(1, 250)");
    await analyzeAfterLoad(t.database);
    expect(await reltuples("analyze_probe")).toBe(750);
    await t.database.query("drop table analyze_probe");
  });

  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))("PGlite: the jobs schedule an hourly ANALYZE", async () => {
    const schema = `pgboss_an_${randomBytes(4).toString("hex")}`;
    const jobs: MonitoringJobs = await startMonitoringJobs(t.database, { schema });
    try {
      const schedules = await jobs.boss.getSchedules(ANALYZE_QUEUE);
      expect(schedules.map((s) => s.cron)).toEqual([ANALYZE_CRON]);
    } finally {
      await jobs.stop();
    }
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("PostgreSQL: no ANALYZE schedule (autovacuum's job)", async () => {
    const schema = `pgboss_an_${randomBytes(4).toString("hex")}`;
    const jobs = await startMonitoringJobs(t.database, { databaseUrl: process.env.TEST_DATABASE_URL, schema });
    try {
      expect(await jobs.boss.getSchedules(ANALYZE_QUEUE)).toEqual([]);
    } finally {
      await jobs.stop();
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
  });
});
