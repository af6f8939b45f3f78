/**
 * The check-in reminder nudge follows the tier's cadence (the schedule that opens check-ins):
 * a biweekly client is not reminded on the off week, is reminded once the day before the on
 * week's due day (the opening on the due day adds no second notification), and not at all once
 * they answered. The nudge run and the check-in job run on a clock the test moves. PGlite, and
 * PostgreSQL with TEST_DATABASE_URL.
 */
import type { NotificationList } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNudges } from "../../src/habits/run-nudges.ts";
import type { Clock } from "../../src/programming/clock.ts";
import { runCheckInJob } from "../../src/weekly-checkins/jobs.ts";
import {
  createClient,
  createTestApp,
  createWorld,
  inviteAndAccept,
  login,
  type Org,
  type TestApp,
} from "../support.ts";

let nowMs = Date.parse("2026-12-03T09:00:00Z");
const clock: Clock = { now: () => new Date(nowMs) };

let t: TestApp;
let a: Org;
beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

describe("check-in reminder on the tier's cadence", () => {
  it("biweekly: none on the off week, one the day before the due day, none after answering", async () => {
    const id = await createClient(a.coach, "Biweekly Reminded");
    const { email } = await inviteAndAccept(a.coach, t.client(), { role: "client", clientId: id });
    // Sessions last 14 days and the test spans four weeks: sign in afresh at each look.
    const signedIn = async () => {
      const c = t.client();
      await login(c, email);
      return c;
    };
    // The hybrid model's tier reviews biweekly (as in weekly-checkins/questionnaire.test.ts).
    const tier = await a.coach.request("PUT", `/api/clients/${id}/tier`, { model: "ai_first_human_escalation" });
    expect(tier.status).toBe(200);
    // Joined Thursday 2026-12-03 (created_at is the database's clock): due 2026-12-17, 2026-12-31.
    await t.database.query(`update clients set created_at = '2026-12-03T09:00:00Z' where id = $1`, [id]);
    const both = async (iso: string) => {
      nowMs = Date.parse(iso);
      await runCheckInJob(t.database, new Date(nowMs));
      await runNudges(t.database, { now: new Date(nowMs) });
      await runNudges(t.database, { now: new Date(nowMs) });
    };
    const dueNotices = async () =>
      (await (await signedIn()).get<NotificationList>("/api/notifications?limit=50")).body.items.filter(
        (n) => n.kind === "check_in_due",
      );

    // Off week: Wednesday before Thursday 2026-12-10 (a weekly client's day), and that Thursday.
    await both("2026-12-09T10:00:00Z");
    await both("2026-12-10T10:00:00Z");
    expect(await dueNotices()).toEqual([]);

    // On week: the day before, one reminder; the due day opens the check-in without a second notice.
    await both("2026-12-16T10:00:00Z");
    await both("2026-12-16T18:00:00Z");
    expect((await dueNotices()).map((n) => n.subject)).toEqual(["Your check-in is due soon"]);
    await both("2026-12-17T10:00:00Z");
    expect(await dueNotices()).toHaveLength(1);
    const opened = await t.database.query<{ due: string }>(
      `select to_char(due_date, 'YYYY-MM-DD') as due from weekly_checkin_openings where client_id = $1`,
      [id],
    );
    expect(opened.map((o) => o.due)).toEqual(["2026-12-17"]);

    // Next on week (due Thursday 2026-12-31): answered on Monday, so no reminder and no notice.
    nowMs = Date.parse("2026-12-28T10:00:00Z");
    const answer = await (await signedIn()).post("/api/me/weekly-checkins", {
      energy: 3,
      sleep: 3,
      stress: 3,
      adherenceConfidence: 4,
    });
    expect(answer.status).toBe(200);
    await both("2026-12-30T10:00:00Z");
    await both("2026-12-31T10:00:00Z");
    expect(await dueNotices()).toHaveLength(1);
    const log = await t.database.query<{ local_date: string }>(
      `select local_date from nudge_log where client_id = $1 and kind = 'check_in_due'`,
      [id],
    );
    expect(log.map((l) => l.local_date)).toEqual(["2026-12-16"]);
  });
});
