/**
 * Habits and nudges over HTTP on a clock the test moves: a coach sets a habit, the client ticks it
 * and sees consistency; nudges fire from the scheduler's run (before a session, after a missed one
 * with a one-tap answer the coach then sees counted, before the weekly check-in), never twice a
 * day, never in quiet hours or after opting out; a client sees only their own habits and another
 * organization gets 404; bad input is a 400 naming the field. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import type { ClientHabits, HabitView, MeHabits, NotificationList, SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNudges } from "../../src/habits/run-nudges.ts";
import type { Clock } from "../../src/programming/clock.ts";
import { checkInBody } from "../monitoring/helpers.ts";
import { createClient, createTestApp, createWorld, inviteAndAccept, type Org, type TestApp } from "../support.ts";

// Thursday 2026-12-03, 09:00 UTC (the week started Monday 2026-11-30).
let nowMs = Date.parse("2026-12-03T09:00:00Z");
const clock: Clock = { now: () => new Date(nowMs) };
const at = (iso: string) => {
  nowMs = Date.parse(iso);
};

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

async function clientWithLogin(org: Org, name: string) {
  const id = await createClient(org.coach, name);
  const login = t.client();
  await inviteAndAccept(org.coach, login, { role: "client", clientId: id });
  return { id, login };
}

const nudgesOf = async (login: ReturnType<TestApp["client"]>) =>
  (await login.get<NotificationList>("/api/notifications?limit=50")).body.items.filter((n) =>
    ["nudge", "check_in_due"].includes(n.kind),
  );

describe("habits", () => {
  it("coach sets a habit with a cue, the client ticks it in one tap, both see consistency", async () => {
    at("2026-12-03T09:00:00Z");
    const { id, login } = await clientWithLogin(a, "Habit Holder");
    const created = await a.coach.post<HabitView>(`/api/clients/${id}/habits`, {
      cue: "After training",
      action: "Protein smoothie",
      days: [1, 2, 3, 4, 5, 6, 7],
      startDate: "2026-11-26",
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ cue: "After training", createdByRole: "coach" });

    // Done on 5 of the 7 days before today (Nov 26 … Dec 2): ticks stored for today and yesterday only
    // through the API, so the test ticks yesterday, then today.
    const mine = await login.get<MeHabits>("/api/me/habits");
    expect(mine.body.today).toBe("2026-12-03");
    expect(mine.body.habits.map((h) => h.id)).toEqual([created.body.id]);
    expect(mine.body.habits[0]?.consistency).toMatchObject({
      done: 0,
      planned: 7,
      plannedToday: true,
      doneToday: false,
    });

    const y = await login.post<HabitView>(`/api/me/habits/${created.body.id}/tick`, { done: true, date: "2026-12-02" });
    expect(y.status).toBe(200);
    const tick = await login.post<HabitView>(`/api/me/habits/${created.body.id}/tick`, { done: true });
    expect(tick.body.consistency).toMatchObject({
      done: 2,
      planned: 7,
      doneToday: true,
      label: "2 of the last 7 planned days",
    });
    expect(tick.body.recentTicks).toEqual(["2026-12-02", "2026-12-03"]);
    // Idempotent, and undoable.
    expect(
      (await login.post<HabitView>(`/api/me/habits/${created.body.id}/tick`, { done: true })).body.consistency.done,
    ).toBe(2);
    const undo = await login.post<HabitView>(`/api/me/habits/${created.body.id}/tick`, { done: false });
    expect(undo.body.consistency.doneToday).toBe(false);
    await login.post(`/api/me/habits/${created.body.id}/tick`, { done: true });

    const coachView = await a.coach.get<ClientHabits>(`/api/clients/${id}/habits`);
    expect(coachView.status).toBe(200);
    expect(coachView.body.habits[0]?.consistency.label).toBe("2 of the last 7 planned days");

    // A client sets one for themself too.
    const own = await login.post<HabitView>("/api/me/habits", {
      cue: "Before bed",
      action: "Phone away",
      days: [1, 3, 5],
    });
    expect(own.body).toMatchObject({ createdByRole: "client", startDate: "2026-12-03" });
  });

  it("a client sees only their own habits; another organization gets 404", async () => {
    const { id } = await clientWithLogin(a, "Private Habits");
    const habit = (
      await a.coach.post<HabitView>(`/api/clients/${id}/habits`, { cue: "After lunch", action: "Walk", days: [1] })
    ).body;
    const other = await clientWithLogin(a, "Same Org Client");
    expect((await other.login.get<MeHabits>("/api/me/habits")).body.habits).toEqual([]);
    expect((await other.login.post(`/api/me/habits/${habit.id}/tick`, { done: true })).status).toBe(404);
    expect((await b.client.post(`/api/me/habits/${habit.id}/tick`, { done: true })).status).toBe(404);
    expect((await b.coach.get(`/api/clients/${id}/habits`)).status).toBe(404);
    expect((await b.owner.post(`/api/clients/${id}/habits`, { cue: "x", action: "y", days: [1] })).status).toBe(404);
    expect((await b.owner.request("DELETE", `/api/clients/${id}/habits/${habit.id}`)).status).toBe(404);
    expect((await a.client.get(`/api/clients/${id}/habits`)).status).toBe(403);
    // The coach stops it: gone from the list.
    expect((await a.coach.request("DELETE", `/api/clients/${id}/habits/${habit.id}`)).status).toBe(200);
    expect((await a.coach.get<ClientHabits>(`/api/clients/${id}/habits`)).body.habits).toEqual([]);
  });

  it("bad input is a 400 naming the field", async () => {
    const { id, login } = await clientWithLogin(a, "Bad Input");
    const days = await a.coach.post<{ error: { fields?: { path: string }[] } }>(`/api/clients/${id}/habits`, {
      cue: "After training",
      action: "Stretch",
      days: [0, 8],
    });
    expect(days.status).toBe(400);
    expect(JSON.stringify(days.body)).toContain("days");
    const tz = await login.request("PUT", "/api/me/nudge-preferences", {
      optedOut: false,
      quietStart: "22:00",
      quietEnd: "07:00",
      timeZone: "Mars/Olympus_Mons",
    });
    expect(tz.status).toBe(400);
    expect(JSON.stringify(tz.body)).toContain("timeZone");
    const habit = (await login.post<HabitView>("/api/me/habits", { cue: "Morning", action: "Water", days: [4] })).body;
    const future = await login.post(`/api/me/habits/${habit.id}/tick`, { done: true, date: "2026-12-10" });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain("date");
  });
});

describe("nudges", () => {
  it("before a session, after a missed one (one-tap reason reaches the coach), before the check-in; once a day", async () => {
    at("2026-12-03T09:00:00Z");
    const { id, login } = await clientWithLogin(a, "Nudged");
    // Joined Sunday 2026-11-29 (set directly: created_at is the database's clock), on the default
    // weekly tier: check-ins due Sundays, the first on 2026-12-06.
    await t.database.query(`update clients set created_at = '2026-11-29T09:00:00Z' where id = $1`, [id]);
    const draft = await a.coach.post<SessionDto>(`/api/clients/${id}/sessions`, {
      durationMinutes: 45,
      date: "2026-12-03",
    });
    expect(draft.status).toBe(201);
    expect((await a.coach.post(`/api/sessions/${draft.body.id}/publish`)).status).toBe(200);

    await runNudges(t.database, { now: clock.now() });
    await runNudges(t.database, { now: clock.now() });
    let got = await nudgesOf(login);
    expect(got.map((n) => n.subject)).toEqual(["Today's session is ready"]);
    expect(got[0]).toMatchObject({ kind: "nudge", linkPath: "/", clientId: id });

    // Next morning, nothing logged: "what got in the way?", once.
    at("2026-12-04T09:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    await runNudges(t.database, { now: clock.now() });
    got = await nudgesOf(login);
    expect(got.map((n) => n.subject)).toEqual(["What got in the way?", "Today's session is ready"]);
    expect(got[0]?.body).not.toMatch(/fail|lazy|should have/i);

    const open = (await login.get<MeHabits>("/api/me/habits")).body.missedQuestion;
    expect(open).toMatchObject({ sessionDate: "2026-12-03", askedOn: "2026-12-04" });
    if (!open) throw new Error("no open question");
    expect((await b.client.post(`/api/me/nudges/${open.nudgeId}/answer`, { reason: "time" })).status).toBe(404);
    const bad = await login.post(`/api/me/nudges/${open.nudgeId}/answer`, { reason: "lazy" });
    expect(bad.status).toBe(400);
    const answered = await login.post<MeHabits>(`/api/me/nudges/${open.nudgeId}/answer`, { reason: "time" });
    expect(answered.status).toBe(200);
    expect(answered.body.missedQuestion).toBeNull();

    const coach = (await a.coach.get<ClientHabits>(`/api/clients/${id}/habits`)).body;
    expect(coach.missed.counts).toEqual({ time: 1, energy: 0, pain: 0, motivation: 0, other: 0 });
    expect(coach.missed.recent[0]).toMatchObject({ sessionDate: "2026-12-03", reason: "time" });
    expect(coach.nudges.map((n) => n.kind).sort()).toEqual(["session_before", "session_missed"]);

    // Saturday, the day before the check-in is due and not answered → one reminder, not repeated on
    // Sunday (the due day).
    at("2026-12-05T10:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    at("2026-12-06T10:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    got = await nudgesOf(login);
    expect(got.filter((n) => n.kind === "check_in_due").map((n) => n.subject)).toEqual(["Your check-in is due soon"]);
  });

  it("quiet hours in the client's time zone hold nudges; opting out stops them", async () => {
    at("2026-12-10T09:00:00Z");
    const { id, login } = await clientWithLogin(a, "Quiet");
    const draft = await a.coach.post<SessionDto>(`/api/clients/${id}/sessions`, {
      durationMinutes: 45,
      date: "2026-12-10",
    });
    await a.coach.post(`/api/sessions/${draft.body.id}/publish`);
    // 09:00 UTC is 20:00 in Sydney (UTC+11 in December): inside 19:00–07:00.
    const prefs = await login.request("PUT", "/api/me/nudge-preferences", {
      optedOut: false,
      quietStart: "19:00",
      quietEnd: "07:00",
      timeZone: "Australia/Sydney",
    });
    expect(prefs.status).toBe(200);
    await runNudges(t.database, { now: clock.now() });
    expect(await nudgesOf(login)).toEqual([]);
    // 21:00 UTC is 08:00 on Dec 11 in Sydney: quiet hours over, but the session was for Dec 10 there
    // and is now a missed one.
    at("2026-12-10T21:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    expect((await nudgesOf(login)).map((n) => n.subject)).toEqual(["What got in the way?"]);

    // The coach switches nudges off at the client's request: nothing more.
    const off = await a.coach.request("PUT", `/api/clients/${id}/nudge-preferences`, {
      optedOut: true,
      quietStart: "19:00",
      quietEnd: "07:00",
      timeZone: "Australia/Sydney",
    });
    expect(off.status).toBe(200);
    const draft2 = await a.coach.post<SessionDto>(`/api/clients/${id}/sessions`, {
      durationMinutes: 45,
      date: "2026-12-11",
    });
    await a.coach.post(`/api/sessions/${draft2.body.id}/publish`);
    at("2026-12-10T23:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    expect(await nudgesOf(login)).toHaveLength(1);
    expect((await login.get<{ optedOut: boolean }>("/api/me/nudge-preferences")).body.optedOut).toBe(true);
  });

  it("a session the portal hides while a red is open is neither announced nor asked about", async () => {
    at("2026-12-11T09:00:00Z");
    const { id, login } = await clientWithLogin(a, "Paused");
    const draft = await a.coach.post<SessionDto>(`/api/clients/${id}/sessions`, {
      durationMinutes: 45,
      date: "2026-12-11",
    });
    expect((await a.coach.post(`/api/sessions/${draft.body.id}/publish`)).status).toBe(200);
    const red = await login.post(
      "/api/me/checkins",
      checkInBody({ date: "2026-12-11", redFlags: { chestPain: true } }),
    );
    expect(red.status).toBeLessThan(300);
    expect((await login.get<{ session: unknown }>("/api/me/today")).body.session).toBeNull();
    await runNudges(t.database, { now: clock.now() });
    at("2026-12-12T09:00:00Z");
    await runNudges(t.database, { now: clock.now() });
    expect((await nudgesOf(login)).filter((n) => n.kind === "nudge")).toEqual([]);
  });
});
