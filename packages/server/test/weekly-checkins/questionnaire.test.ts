/**
 * The check-in questionnaire, schedule and decisions over HTTP on a clock the test sets: the owner
 * adds a scale question (a new version), the client answers it, an older answer keeps its
 * questions; the coach's "minor change" opens a proposal routed by tier and "escalate" a flag, both
 * on the check-in; the schedule job opens check-ins on the client's day from the tier's cadence
 * (biweekly skips a week) and tells the client; a reply past the tier promise (red-level hours while
 * an open red flag stands) shows as overdue and escalates once. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import type {
  CheckInsAwaiting,
  MeWeeklyCheckIn,
  NotificationList,
  QuestionnaireView,
  WeeklyCheckIn,
  WeeklyCheckInList,
} from "@spotter/contracts";
import { DEFAULT_QUESTIONS } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/programming/clock.ts";
import { runCheckInJob } from "../../src/weekly-checkins/jobs.ts";
import { createClient, createTestApp, createWorld, inviteAndAccept, type Org, type TestApp } from "../support.ts";

// A Wednesday; its week starts Monday 2026-12-07. Sessions last 14 days: the clock stays within them.
let nowMs = Date.parse("2026-12-09T18:00:00Z");
const clock: Clock = { now: () => new Date(nowMs) };

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

const motivation = {
  id: "motivation",
  kind: "scale",
  prompt: "Motivation for next week",
  required: true,
  min: 0,
  max: 10,
  minLabel: "None",
  maxLabel: "Fired up",
};
const tired = { energy: 1, sleep: 2, stress: 4, adherenceConfidence: 3 };

async function clientWithLogin(name: string) {
  const id = await createClient(a.coach, name);
  const login = t.client();
  await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
  return { id, login };
}

describe("questionnaire builder", () => {
  it("the default is version 0; saving adds a version; the portal asks it; old answers keep their questions", async () => {
    const { id, login } = await clientWithLogin("Builder");
    const first = await a.owner.get<QuestionnaireView>("/api/weekly-checkins/questionnaire");
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(0);
    expect(first.body.questions).toEqual(DEFAULT_QUESTIONS);

    // Answered against the default, before the change.
    nowMs = Date.parse("2026-12-02T18:00:00Z");
    expect((await login.post("/api/me/weekly-checkins", { ...tired, note: "long week" })).status).toBe(200);
    nowMs = Date.parse("2026-12-09T18:00:00Z");

    const saved = await a.owner.request<QuestionnaireView>("PUT", "/api/weekly-checkins/questionnaire", {
      questions: [DEFAULT_QUESTIONS[1], motivation, ...DEFAULT_QUESTIONS.filter((q) => q.id !== "sleep")],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.questions.map((q) => q.id).slice(0, 2)).toEqual(["sleep", "motivation"]);

    const current = await login.get<MeWeeklyCheckIn>("/api/me/weekly-checkins/current");
    expect(current.body.questionnaire.version).toBe(1);

    const missing = await login.post<{ error: { fields: { path: string }[] } }>("/api/me/weekly-checkins", {
      questionnaireVersion: 1,
      responses: { ...tired, motivation: 11 },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f) => f.path)).toEqual(["body.responses.motivation"]);

    const answered = await login.post<WeeklyCheckIn>("/api/me/weekly-checkins", {
      questionnaireVersion: 1,
      responses: { ...tired, motivation: 7, note: "Knee felt fine" },
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      questionnaireVersion: 1,
      responses: { motivation: 7 },
      note: "Knee felt fine",
    });

    const list = await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`);
    const [now, before] = list.body.items;
    expect(now?.questions.map((q) => q.id)).toContain("motivation");
    expect(before?.questionnaireVersion).toBe(0);
    expect(before?.questions.map((q) => q.id)).not.toContain("motivation");
    expect(now?.summary.changes).toContain("fatigue");

    // The coach was told each time a check-in was answered (once per check-in).
    const told = (await a.coach.get<NotificationList>("/api/notifications")).body.items.filter(
      (n) => n.kind === "check_in_due" && n.subject.includes("Builder"),
    );
    expect(told).toHaveLength(2);
  });

  it("refuses a bad questionnaire naming the field, a client's save, and keeps organizations apart", async () => {
    const bad = await a.owner.request<{ error: { fields: { path: string }[] } }>(
      "PUT",
      "/api/weekly-checkins/questionnaire",
      {
        questions: [{ ...motivation, min: 5, max: 5 }],
      },
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("max");
    const dup = await a.owner.request("PUT", "/api/weekly-checkins/questionnaire", {
      questions: [motivation, motivation],
    });
    expect(dup.status).toBe(400);
    expect(
      (await a.client.request("PUT", "/api/weekly-checkins/questionnaire", { questions: [motivation] })).status,
    ).toBe(403);
    const other = await b.owner.get<QuestionnaireView>("/api/weekly-checkins/questionnaire");
    expect(other.body.version).toBe(0);
  });
});

describe("the coach's decision", () => {
  it("minor change opens a proposal routed by tier; escalate opens a flag; both on the check-in", async () => {
    const { id, login } = await clientWithLogin("Decider");
    await login.post("/api/me/weekly-checkins", { questionnaireVersion: 1, responses: { ...tired, motivation: 2 } });
    const review = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`)).body.items[0]!;
    const sent = await a.coach.post<WeeklyCheckIn>(`/api/clients/${id}/weekly-checkins/${review.id}/send`, {
      body: "Let's trim a little this week.",
      action: "minor_change",
    });
    expect(sent.status).toBe(200);
    expect(sent.body.proposalId).not.toBeNull();
    const proposals = await a.coach.get<{ items: { id: string; kind: string; status: string }[] }>(
      `/api/clients/${id}/proposals`,
    );
    const opened = proposals.body.items.find((p) => p.id === sent.body.proposalId);
    // Hybrid (the default tier) automates progressions and load holds only: a volume change waits for review.
    expect(opened).toMatchObject({ kind: "volume_change", status: "pending_review" });

    const other = await clientWithLogin("Escalated");
    await other.login.post("/api/me/weekly-checkins", {
      questionnaireVersion: 1,
      responses: { ...tired, motivation: 1 },
    });
    const r2 = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${other.id}/weekly-checkins`)).body.items[0]!;
    const esc = await a.coach.post<WeeklyCheckIn>(`/api/clients/${other.id}/weekly-checkins/${r2.id}/send`, {
      body: "I'm bringing in the head coach.",
      action: "escalate",
    });
    expect(esc.body.flagId).not.toBeNull();
    const flags = await a.coach.get<{ items: { id: string; kind: string; status: string }[] }>(
      `/api/clients/${other.id}/flags`,
    );
    expect(flags.body.items.find((f) => f.id === esc.body.flagId)).toMatchObject({
      kind: "checkin_escalation",
      status: "open",
    });
    const audit = await t.database.query<{ action: string }>(
      `select action from audit_events where entity_id = $1 order by at`,
      [r2.id],
    );
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["weekly_checkin.answered", "weekly_checkin.escalated", "weekly_checkin.replied"]),
    );
  });
});

describe("schedule and response promise", () => {
  it("opens check-ins on the client's day from the tier's cadence, tells the client once; biweekly skips a week", async () => {
    const weekly = await clientWithLogin("Weekly Thursday");
    const biweekly = await clientWithLogin("Biweekly Thursday");
    expect(
      (await a.coach.request("PUT", `/api/clients/${biweekly.id}/tier`, { model: "ai_first_human_escalation" })).status,
    ).toBe(200);
    // Both joined on Thursday 2026-12-03 (set directly: the row's created_at is the database's clock).
    await t.database.query(`update clients set created_at = '2026-12-03T09:00:00Z' where id = any($1::uuid[])`, [
      [weekly.id, biweekly.id],
    ]);
    const run = async (iso: string) => {
      nowMs = Date.parse(iso);
      return runCheckInJob(t.database, new Date(nowMs));
    };
    const opened = async (clientId: string) =>
      (
        await t.database.query<{ week_start: string }>(
          `select to_char(week_start, 'YYYY-MM-DD') as week_start from weekly_checkin_openings where client_id = $1 order by week_start`,
          [clientId],
        )
      ).map((r) => r.week_start);

    await run("2026-12-09T23:00:00Z"); // Wednesday: not yet
    expect(await opened(weekly.id)).toEqual([]);
    await run("2026-12-10T00:15:00Z"); // Thursday, a week in
    await run("2026-12-10T00:30:00Z"); // a second run changes nothing
    expect(await opened(weekly.id)).toEqual(["2026-12-07"]);
    expect(await opened(biweekly.id)).toEqual([]);
    const due = (await weekly.login.get<NotificationList>("/api/notifications")).body.items.filter(
      (n) => n.kind === "check_in_due",
    );
    expect(due).toHaveLength(1);
    const current = await weekly.login.get<MeWeeklyCheckIn>("/api/me/weekly-checkins/current");
    expect(current.body.dueDate).toBe("2026-12-10");

    await run("2026-12-17T06:00:00Z");
    expect(await opened(weekly.id)).toEqual(["2026-12-07", "2026-12-14"]);
    expect(await opened(biweekly.id)).toEqual(["2026-12-14"]);
    const list = await a.coach.get<WeeklyCheckInList>(`/api/clients/${biweekly.id}/weekly-checkins`);
    expect(list.body.schedule).toEqual({ intervalWeeks: 2, currentDueDate: "2026-12-17", nextDueDate: "2026-12-31" });
    expect(list.body.responseRate).toMatchObject({ answered: 0, sent: 1, rate: 0 });
  });

  it("an answered check-in shows with time left, then overdue past the tier promise, and escalates once", async () => {
    nowMs = Date.parse("2026-12-21T09:00:00Z");
    const c = await clientWithLogin("Waiting");
    await c.login.post("/api/me/weekly-checkins", { questionnaireVersion: 1, responses: { ...tired, motivation: 5 } });
    const awaiting = await a.coach.get<CheckInsAwaiting>("/api/weekly-checkins/awaiting-reply");
    const mine = awaiting.body.items.find((i) => i.clientId === c.id);
    // Hybrid promises 24 h at yellow level.
    expect(mine).toMatchObject({ promiseHours: 24, dueAt: "2026-12-22T09:00:00.000Z", overdue: false });
    expect((await b.coach.get<CheckInsAwaiting>("/api/weekly-checkins/awaiting-reply")).body.items).toEqual([]);

    nowMs = Date.parse("2026-12-22T10:00:00Z");
    const later = await a.coach.get<CheckInsAwaiting>("/api/weekly-checkins/awaiting-reply");
    expect(later.body.items.find((i) => i.clientId === c.id)?.overdue).toBe(true);
    const first = await runCheckInJob(t.database, new Date(nowMs));
    expect(first.overdueCheckIns).toBeGreaterThanOrEqual(1);
    await runCheckInJob(t.database, new Date(nowMs));
    const escalations = (await a.owner.get<NotificationList>("/api/notifications")).body.items.filter(
      (n) => n.kind === "overdue_escalation" && n.subject === "Check-in reply overdue: Waiting",
    );
    expect(escalations).toHaveLength(1);
  });

  it("promises the red-level hours while an open red flag no evaluation has seen stands, yellow once resolved", async () => {
    nowMs = Date.parse("2026-12-22T12:00:00Z");
    const c = await clientWithLogin("Red Flagged");
    await c.login.post("/api/me/weekly-checkins", { questionnaireVersion: 1, responses: { ...tired, motivation: 4 } });
    // Never evaluated: no stored red for the promise to go by.
    const stored = await t.database.query<{ level: string; last_computed_at: Date | null }>(
      "select level, last_computed_at from client_monitoring where client_id = $1",
      [c.id],
    );
    expect(stored.every((m) => m.level !== "red" && m.last_computed_at === null)).toBe(true);
    const [flag] = await t.database.query<{ id: string }>(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action)
       values ($1, $2, 'test_red', 'red', 'test', 'test.rule', 'Opened outside an evaluation', '{}', 'review') returning id`,
      [a.ids.organizationId, c.id],
    );
    const mine = async () =>
      (await a.coach.get<CheckInsAwaiting>("/api/weekly-checkins/awaiting-reply")).body.items.find(
        (i) => i.clientId === c.id,
      );

    // Hybrid promises 4 h at red level (24 h at yellow).
    nowMs = Date.parse("2026-12-22T17:00:00Z");
    expect(await mine()).toMatchObject({ promiseHours: 4, dueAt: "2026-12-22T16:00:00.000Z", overdue: true });
    const job = await runCheckInJob(t.database, new Date(nowMs));
    expect(job.overdueCheckIns).toBeGreaterThanOrEqual(1);
    const told = (await a.owner.get<NotificationList>("/api/notifications")).body.items.filter(
      (n) => n.kind === "overdue_escalation" && n.subject === "Check-in reply overdue: Red Flagged",
    );
    expect(told).toHaveLength(1);

    const resolved = await a.coach.post(`/api/flags/${flag?.id}/resolve`, {
      outcome: "note",
      note: "Called; all fine",
    });
    expect(resolved.status).toBe(200);
    expect(await mine()).toMatchObject({ promiseHours: 24, dueAt: "2026-12-23T12:00:00.000Z", overdue: false });
  });
});
