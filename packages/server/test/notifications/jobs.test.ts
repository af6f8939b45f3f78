/**
 * The notification queues on pg-boss (PGlite through `fromPglite`, or PostgreSQL with its own
 * schema): a red flag from a client's check-in wakes delivery and the email arrives at the test
 * SMTP server without anyone calling the delivery function; an escalation run is worked as a job.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MonitoringJobs, startMonitoringJobs } from "../../src/monitoring/jobs.ts";
import type { EscalationStats } from "../../src/notifications/escalation.ts";
import { DELIVER_QUEUE, type NotificationJobs, startNotificationJobs } from "../../src/notifications/jobs.ts";
import { checkInBody } from "../monitoring/helpers.ts";
import { createOrg, createTestApp, type TestApp } from "../support.ts";
import { startTestSmtp, type TestSmtp, toAddresses } from "./smtp.ts";

describe("notification jobs on pg-boss", () => {
  let t: TestApp;
  let monitoring: MonitoringJobs;
  let jobs: NotificationJobs;
  let smtp: TestSmtp;
  const schema = `pgboss_notify_${randomBytes(4).toString("hex")}`;
  let escalated: (s: EscalationStats) => void;
  const escalation = new Promise<EscalationStats>((resolve) => {
    escalated = resolve;
  });

  beforeAll(async () => {
    t = await createTestApp();
    smtp = await startTestSmtp();
    monitoring = await startMonitoringJobs(t.database, { databaseUrl: process.env.TEST_DATABASE_URL, schema });
    jobs = await startNotificationJobs(t.database, monitoring.boss, {
      mail: { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>", publicUrl: "https://spotter.test" },
      onEscalation: (s) => escalated(s),
    });
  });
  afterAll(async () => {
    await jobs.stop();
    await monitoring.stop();
    await smtp.close();
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
    await t.close();
  });

  it("schedules delivery every minute; a red flag's email arrives on its own", async () => {
    expect((await monitoring.boss.getSchedules(DELIVER_QUEUE)).map((s) => s.cron)).toEqual(["* * * * *"]);
    const org = await createOrg(t, "Jobs Bell");
    const [coach] = await t.database.query<{ email: string }>("select email from users where id = $1", [
      org.ids.coachId,
    ]);
    const res = await org.client.post("/api/me/checkins", checkInBody({ redFlags: { dizzinessOrFainting: true } }));
    expect(res.status).toBeLessThan(300);
    const got = await smtp.find((m) => m.subject === "Red flag: Jobs Bell client");
    expect(toAddresses(got)).toEqual([coach?.email]);
    expect(got.text).toContain(`https://spotter.test/clients/${org.ids.clientId}`);
  }, 60_000);

  it("works a queued escalation run", async () => {
    expect(await jobs.escalateNow()).toBeTruthy();
    expect(await escalation).toEqual({ owner: 0, onCall: 0 });
  }, 60_000);
});
