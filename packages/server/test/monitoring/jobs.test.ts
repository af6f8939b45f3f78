import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAILY_PASS_QUEUE, type MonitoringJobs, startMonitoringJobs } from "../../src/monitoring/jobs.ts";
import type { PassStats } from "../../src/monitoring/run-pass.ts";
import { createClient, createOrg, createTestApp, type TestApp } from "../support.ts";
import { checkInBody, seedHistory } from "./helpers.ts";

/**
 * pg-boss on the test database: PGlite through `fromPglite`, or PostgreSQL (its own schema in the
 * TEST_DATABASE_URL database, dropped afterwards). A queued pass is worked and sets the level.
 */
describe("daily pass as a pg-boss job", () => {
  let t: TestApp;
  let jobs: MonitoringJobs;
  const schema = `pgboss_test_${randomBytes(4).toString("hex")}`;
  let passed: (s: PassStats) => void;
  const done = new Promise<PassStats>((resolve) => {
    passed = resolve;
  });

  beforeAll(async () => {
    t = await createTestApp();
    jobs = await startMonitoringJobs(t.database, {
      databaseUrl: process.env.TEST_DATABASE_URL,
      schema,
      onPass: (s) => passed(s),
    });
  });
  afterAll(async () => {
    await jobs.stop();
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
    await t.close();
  });

  it("schedules the pass daily and works a queued pass", async () => {
    const schedules = await jobs.boss.getSchedules(DAILY_PASS_QUEUE);
    expect(schedules.map((s) => s.cron)).toEqual(["15 3 * * *"]);
    const org = await createOrg(t, "Jobs Org");
    const id = await createClient(org.coach, "Job Client");
    await seedHistory(t, org.ids.organizationId, id, { checkIns: [checkInBody({ redFlags: { chestPain: true } })] });
    expect(await jobs.enqueueNow()).toBeTruthy();
    const stats = await done;
    expect(stats.clients).toBeGreaterThanOrEqual(3);
    const [state] = await t.database.query<{ level: string; automation_paused: boolean }>(
      "select level, automation_paused from client_monitoring where client_id = $1",
      [id],
    );
    expect(state).toEqual({ level: "red", automation_paused: true });
  }, 60_000);
});
