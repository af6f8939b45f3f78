/**
 * The weekly check-in over HTTP on a clock the test sets: the client answers, the coach reviews
 * the summary and draft, edits and sends, the reply lands in the client's thread and the check-in
 * closes; the free text is screened; the response rate counts answered / sent; other
 * organizations see nothing; bad input is a 400 naming the field. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import type { MessageThread, MeWeeklyCheckIn, WeeklyCheckIn, WeeklyCheckInList } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/programming/clock.ts";
import { responseRate } from "../../src/weekly-checkins/queries.ts";
import { createClient, createTestApp, createWorld, inviteAndAccept, type Org, type TestApp } from "../support.ts";

// A Sunday: the week under review starts Monday 2026-11-23.
const nowMs = Date.parse("2026-11-29T18:00:00Z");
const clock: Clock = { now: () => new Date(nowMs) };

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

const answers = { energy: 4, sleep: 4, stress: 2, adherenceConfidence: 5 };

describe("weekly check-in", () => {
  it("client answers, coach reviews the draft, edits and sends it into the thread, check-in closes", async () => {
    const id = await createClient(a.coach, "Weekly");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });

    const before = await login.get<MeWeeklyCheckIn>("/api/me/weekly-checkins/current");
    expect(before.body).toMatchObject({ weekStart: "2026-11-23", checkIn: null, dueDate: null });
    expect(before.body.questionnaire.questions.map((q) => q.id)).toEqual([
      "energy",
      "sleep",
      "stress",
      "adherenceConfidence",
      "note",
    ]);

    const answered = await login.post<WeeklyCheckIn>("/api/me/weekly-checkins", {
      ...answers,
      note: "Work got busy midweek",
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ weekStart: "2026-11-23", status: "answered", note: "Work got busy midweek" });
    expect(answered.body).not.toHaveProperty("draftBody");

    const list = await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`);
    expect(list.status).toBe(200);
    const review = list.body.items[0]!;
    expect(review.summary.changes).toEqual(["all_good"]);
    expect(review.suggestedAction).toBe("no_change");
    expect(review.draftBody.length).toBeGreaterThan(10);
    expect(list.body.responseRate).toEqual({ answered: 1, sent: 1, weeks: 8, rate: 1 });

    const sent = await a.coach.post<WeeklyCheckIn>(`/api/clients/${id}/weekly-checkins/${review.id}/send`, {
      body: `${review.draftBody}\n\nNice work keeping it going through a busy week.`,
      action: "minor_change",
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "closed", action: "minor_change" });

    const thread = await login.get<MessageThread>("/api/me/messages");
    expect(thread.body.items.at(-1)).toMatchObject({ authorRole: "coach" });
    expect(thread.body.items.at(-1)?.body).toContain("Nice work keeping it going");

    const mine = await login.get<MeWeeklyCheckIn>("/api/me/weekly-checkins/current");
    expect(mine.body.checkIn).toMatchObject({ status: "closed", replyBody: expect.stringContaining("busy week") });

    // Closed: neither the client nor a second send can change it.
    expect((await login.post("/api/me/weekly-checkins", answers)).status).toBe(409);
    const again = await a.coach.post(`/api/clients/${id}/weekly-checkins/${review.id}/send`, {
      body: "twice",
      action: "no_change",
    });
    expect(again.status).toBe(409);
  });

  it("screens the free text like other notes; re-answering before the reply recomputes the summary", async () => {
    const id = await createClient(a.coach, "Screened");
    const login = t.client();
    await inviteAndAccept(a.coach, login, { role: "client", clientId: id });
    const first = await login.post<WeeklyCheckIn>("/api/me/weekly-checkins", {
      ...answers,
      note: "I had chest pain on the stairs",
    });
    expect(first.body.noteFlags).toContain("chest_pain");
    const negated = await login.post<WeeklyCheckIn>("/api/me/weekly-checkins", {
      ...answers,
      energy: 1,
      sleep: 1,
      note: "No chest pain this week, just tired",
    });
    expect(negated.body.noteFlags).toEqual([]);
    const list = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${id}/weekly-checkins`)).body;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.summary.changes).toContain("fatigue");
    expect(list.items[0]?.suggestedAction).toBe("minor_change");
  });

  it("refuses bad answers naming the field, and hides check-ins from another organization", async () => {
    const bad = await a.client.post<{ details: { path: string }[] }>("/api/me/weekly-checkins", {
      ...answers,
      sleep: 6,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("sleep");
    await a.client.post("/api/me/weekly-checkins", answers);
    const own = (await a.coach.get<WeeklyCheckInList>(`/api/clients/${a.ids.clientId}/weekly-checkins`)).body;
    const checkInId = own.items[0]!.id;
    expect((await b.coach.get(`/api/clients/${a.ids.clientId}/weekly-checkins`)).status).toBe(404);
    expect(
      (
        await b.coach.post(`/api/clients/${b.ids.clientId}/weekly-checkins/${checkInId}/send`, {
          body: "not yours",
          action: "no_change",
        })
      ).status,
    ).toBe(404);
    const empty = await a.coach.post(`/api/clients/${a.ids.clientId}/weekly-checkins/${checkInId}/send`, {
      body: "   ",
      action: "no_change",
    });
    expect(empty.status).toBe(400);
  });
});

describe("responseRate", () => {
  const now = new Date("2026-12-13T12:00:00Z"); // week of 2026-12-07
  it("counts answered over sent (opened by the schedule, or answered unprompted) in the window", () => {
    expect(responseRate(["2026-11-23", "2026-12-07"], ["2026-11-23", "2026-11-30", "2026-12-07"], now)).toEqual({
      answered: 2,
      sent: 3,
      weeks: 8,
      rate: 0.67,
    });
    expect(responseRate(["2026-11-16"], ["2026-11-30"], now)).toMatchObject({ answered: 1, sent: 2, rate: 0.5 });
  });
  it("looks back 8 weeks at most, and has no rate before anything was sent", () => {
    expect(responseRate(["2026-01-05"], ["2026-01-05", "2026-12-07"], now)).toEqual({
      answered: 0,
      sent: 1,
      weeks: 8,
      rate: 0,
    });
    expect(responseRate([], [], now)).toEqual({ answered: 0, sent: 0, weeks: 8, rate: null });
  });
});
