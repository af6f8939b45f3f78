/**
 * Issue 15, the per-coach calendar feed: a coach's secret URL lists the sessions of the clients
 * assigned to them (drafts marked) and the weekly check-ins due (opened, and each client's next);
 * it is parsed with a second
 * iCalendar implementation (ical.js, Mozilla's), a moved session keeps its UID on its new date,
 * rotating stops the old URL, revoking stops it altogether, and nobody else's clients show.
 */
import type { CalendarFeedCreated, CalendarFeedStatus, WeekActionResponse } from "@spotter/contracts";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkInEventId } from "../../src/calendar/coach-ics.ts";
import { weeklyCheckInOpenings } from "../../src/db/schema-checkin-questionnaires.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { expectOk, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

const MONDAY = "2026-03-02";
let t: TestApp;
let a: Org;
let b: Org;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${MONDAY}T09:00:00Z`) });
  ({ a, b } = await createWorld(t));
  const res = await a.coach.post<WeekActionResponse>(`/api/clients/${a.ids.clientId}/week/generate`, { start: MONDAY });
  const week = expectOk<WeekActionResponse>(res, 200, "generate week");
  const first = week.week.week.days.find((d) => d.sessions.length > 0)?.sessions[0];
  if (first) await publish(a.coach, first.id);
  // Org B's coach has a session too: it must never show in org A's coach feed.
  expectOk(await b.coach.post(`/api/clients/${b.ids.clientId}/week/generate`, { start: MONDAY }), 200, "week B");
  await t.db.insert(weeklyCheckInOpenings).values({
    organizationId: a.ids.organizationId,
    clientId: a.ids.clientId,
    weekStart: MONDAY,
    dueDate: "2026-03-08",
    openedAt: new Date(`${MONDAY}T06:00:00Z`),
  });
});
afterAll(() => t.close());

const issue = async (caller = a.coach) =>
  expectOk<CalendarFeedCreated>(await caller.post("/api/calendar/coach-feed"), 200, "issue coach feed");

/** The feed read by ical.js: each VEVENT's uid, summary, all-day start date and status. */
function readWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      allDay: e.startDate.isDate,
      status: String(v.getFirstPropertyValue("status")),
    };
  });
}

describe("coach calendar feed", () => {
  it("lists the coach's clients' sessions and check-ins due, parsed by ical.js", async () => {
    const before = expectOk<CalendarFeedStatus>(await a.coach.get("/api/calendar/coach-feed"), 200, "status");
    expect(before.active).toBe(false);
    const issued = await issue();
    expect(issued.path).toMatch(/^\/api\/calendar\/coach\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await t.client().get<string>(issued.path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = readWithIcalJs(res.body);
    const sessions = events.filter((e) => e.uid.startsWith("coach-session-"));
    expect(sessions.map((e) => e.start)).toEqual(["2026-03-02", "2026-03-04", "2026-03-06"]);
    expect(sessions.every((e) => e.allDay && e.summary.startsWith("Org A client: "))).toBe(true);
    expect(sessions.filter((e) => e.summary.endsWith("(draft)")).map((e) => e.status)).toEqual([
      "TENTATIVE",
      "TENTATIVE",
    ]);
    // The opened check-in, then the next one the schedule will open (the client has a login; the
    // spare client has none), each keyed by client and week.
    const checkIns = events.filter((e) => e.uid.startsWith("coach-checkin-"));
    expect(checkIns).toHaveLength(2);
    expect(checkIns[0]).toMatchObject({
      uid: `coach-checkin-${checkInEventId(a.ids.clientId, MONDAY)}@calendar.spotter`,
      start: "2026-03-08",
      summary: "Check-in due: Org A client",
      allDay: true,
    });
    expect(checkIns[1]?.uid).toMatch(/^coach-checkin-[0-9a-f]{32}@calendar\.spotter$/);
    // No client record id travels in the feed.
    expect(res.body).not.toContain(a.ids.clientId);
    expect(checkIns[1]!.start > "2026-03-08").toBe(true);
    expect(res.body).not.toContain("Org B");
    // The same data gives the same bytes.
    expect((await t.client().get<string>(issued.path)).body).toBe(res.body);
  });

  it("moves a session to its new date under the same UID", async () => {
    const issued = await issue();
    const before = readWithIcalJs((await t.client().get<string>(issued.path)).body);
    const wed = before.find((e) => e.start === "2026-03-04")!;
    expectOk(
      await a.coach.patch(`/api/clients/${a.ids.clientId}/week`, { from: "2026-03-04", to: "2026-03-05" }),
      200,
      "move",
    );
    const after = readWithIcalJs((await t.client().get<string>(issued.path)).body);
    expect(after.find((e) => e.uid === wed.uid)?.start).toBe("2026-03-05");
    expect(after).toHaveLength(before.length);
  });

  it("rotates and revokes; each coach has their own feed; clients cannot have one", async () => {
    const old = await issue();
    const fresh = await issue();
    expect((await t.client().get(old.path)).status).toBe(404);
    expect((await t.client().get(fresh.path)).status).toBe(200);
    // The unassigned coach's feed lists none of the clients.
    const other = await issue(a.otherCoach);
    expect(readWithIcalJs((await t.client().get<string>(other.path)).body)).toEqual([]);
    expect((await a.client.post("/api/calendar/coach-feed")).status).toBe(403);
    expectOk(await a.coach.delete("/api/calendar/coach-feed"), 200, "revoke");
    expect((await t.client().get(fresh.path)).status).toBe(404);
    expect((await t.client().get(other.path)).status).toBe(200);
    const status = expectOk<CalendarFeedStatus>(await a.coach.get("/api/calendar/coach-feed"), 200, "status");
    expect(status.active).toBe(false);
    expect((await t.client().get("/api/calendar/coach/not-a-token.ics")).status).toBe(404);
  });
});
