/**
 * The nudge queue on pg-boss (PGlite through `fromPglite`, or PostgreSQL with its own schema):
 * scheduled every 15 minutes, and a queued run, worked on an injected clock, records the nudge
 * through the notification outbox.
 */
import { randomBytes } from "node:crypto";
import type { NotificationList, SessionDto } from "@spotter/contracts";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NUDGE_CRON, NUDGE_QUEUE, type NudgeJobs, startNudgeJobs } from "../../src/habits/jobs.ts";
import type { NudgeRunStats } from "../../src/habits/run-nudges.ts";
import { type MonitoringJobs, startMonitoringJobs } from "../../src/monitoring/jobs.ts";
import type { Clock } from "../../src/programming/clock.ts";
import { createOrg, createTestApp, type TestApp } from "../support.ts";

const clock: Clock = { now: () => new Date("2026-12-03T10:00:00Z") };

describe("nudge jobs on pg-boss", () => {
  let t: TestApp;
  let monitoring: MonitoringJobs;
  let jobs: NudgeJobs;
  const schema = `pgboss_nudge_${randomBytes(4).toString("hex")}`;
  let ran: (s: NudgeRunStats) => void;
  const run = new Promise<NudgeRunStats>((resolve) => {
    ran = resolve;
  });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    monitoring = await startMonitoringJobs(t.database, { databaseUrl: process.env.TEST_DATABASE_URL, schema });
    // A scheduled tick may run before the session exists: wait for the run that nudges.
    jobs = await startNudgeJobs(t.database, monitoring.boss, { clock, onRun: (s) => s.sent > 0 && ran(s) });
  });
  afterAll(async () => {
    await monitoring.stop();
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
    await t.close();
  });

  it("is scheduled every 15 minutes; a queued run nudges before today's session", async () => {
    expect((await monitoring.boss.getSchedules(NUDGE_QUEUE)).map((s) => s.cron)).toEqual([NUDGE_CRON]);
    const org = await createOrg(t, "Nudge Jobs");
    const draft = await org.coach.post<SessionDto>(`/api/clients/${org.ids.clientId}/sessions`, {
      durationMinutes: 45,
      date: "2026-12-03",
    });
    expect((await org.coach.post(`/api/sessions/${draft.body.id}/publish`)).status).toBe(200);
    expect(await jobs.runNow()).toBeTruthy();
    const stats = await run;
    expect(stats.byKind.session_before).toBe(1);
    const list = await org.client.get<NotificationList>("/api/notifications");
    expect(list.body.items.map((n) => [n.kind, n.subject])).toContainEqual(["nudge", "Today's session is ready"]);
  }, 60_000);
});
