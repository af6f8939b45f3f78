/**
 * Issue 15, calendar feeds: a per-client secret URL (issued, rotated and revoked by the client,
 * their coach or the owner) serving iCalendar of the sessions the portal shows, with stable UIDs.
 */
import type { CalendarFeedCreated, CalendarFeedStatus } from "@spotter/contracts";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { calendarFeeds } from "../../src/db/schema-calendar.ts";
import { trainingSessions } from "../../src/db/schema-programming.ts";
import { expectOk, generate, logAsPrescribed, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

let t: TestApp;
let a: Org;
let b: Org;

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

const feedUrl = (clientId: string) => `/api/clients/${clientId}/calendar-feed`;
const issue = async (caller: Org["coach"], clientId: string) =>
  expectOk<CalendarFeedCreated>(await caller.post(feedUrl(clientId)), 200, "issue feed");
const fetchFeed = (path: string) => t.client().get<string>(path);

/** A line-level iCalendar reading: unfolded lines, balanced BEGIN/END, each VEVENT's properties. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  for (const l of lines) expect(l, "every line is NAME[;params]:value").toMatch(/^[A-Z-]+(;[^:]*)?:/);
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  for (const line of lines) {
    const [name = "", ...rest] = line.split(":");
    const value = rest.join(":");
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") events.push({});
    } else if (name === "END") expect(stack.pop()).toBe(value);
    else if (stack.at(-1) === "VEVENT") {
      const event = events.at(-1) as Record<string, string>;
      // TEXT values escape \\ ; , and newlines (RFC 5545 §3.3.11).
      event[name] = value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === "n" ? "\n" : c));
    }
  }
  expect(stack).toEqual([]);
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines).toContain("VERSION:2.0");
  return events;
}

describe("calendar feeds", () => {
  let sessionIds: string[] = [];

  it("lists published and logged sessions (not drafts) as all-day events, text/calendar, no-store", async () => {
    const planned = await generate(a.coach, a.ids.clientId, { date: "2030-01-07" });
    await publish(a.coach, planned.id);
    const done = await generate(a.coach, a.ids.clientId, { date: "2030-01-05" });
    await publish(a.coach, done.id);
    expectOk(await a.coach.post(`/api/sessions/${done.id}/log`, logAsPrescribed(done)), 201, "log");
    const draft = await generate(a.coach, a.ids.clientId, { date: "2030-01-09" });
    sessionIds = [done.id, planned.id];

    const issued = await issue(a.client, a.ids.clientId);
    expect(issued.path).toBe(`/api/calendar/${issued.token}.ics`);
    const res = await fetchFeed(issued.path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const events = parseIcs(res.body);
    expect(events.map((e) => e.UID)).toEqual(sessionIds.map((id) => `session-${id}@calendar.spotter`));
    expect(events.map((e) => e["DTSTART;VALUE=DATE"])).toEqual(["20300105", "20300107"]);
    expect(events.map((e) => e["DTEND;VALUE=DATE"])).toEqual(["20300106", "20300108"]);
    expect(events[0]?.SUMMARY).toBe(`Training: ${done.plan.dayLabel} (done)`);
    expect(events[1]?.SUMMARY).toBe(`Training: ${planned.plan.dayLabel}`);
    // Nothing beyond titles and dates: no client id, name, loads or draft.
    expect(res.body).not.toContain(a.ids.clientId);
    expect(res.body).not.toContain("Org A client");
    expect(res.body).not.toContain(draft.id);
    expect(res.body).not.toMatch(/kg|RPE/i);
  });

  it("gives the same UIDs and the same bytes when fetched twice", async () => {
    const { path } = await issue(a.coach, a.ids.clientId);
    const first = await fetchFeed(path);
    const second = await fetchFeed(path);
    expect(second.body).toBe(first.body);
    expect(parseIcs(second.body).map((e) => e.UID)).toEqual(parseIcs(first.body).map((e) => e.UID));
  });

  it("rotation invalidates the old URL; revocation invalidates the current one", async () => {
    const old = await issue(a.coach, a.ids.clientId);
    const rotated = await issue(a.client, a.ids.clientId);
    expect(rotated.token).not.toBe(old.token);
    expect((await fetchFeed(old.path)).status).toBe(404);
    expect((await fetchFeed(rotated.path)).status).toBe(200);

    const status = expectOk<CalendarFeedStatus>(await a.client.get(feedUrl(a.ids.clientId)), 200, "status");
    expect(status.active).toBe(true);
    expectOk(await a.client.delete(feedUrl(a.ids.clientId)), 200, "revoke");
    expect((await fetchFeed(rotated.path)).status).toBe(404);
    const after = expectOk<CalendarFeedStatus>(await a.coach.get(feedUrl(a.ids.clientId)), 200, "status");
    expect(after).toEqual({ active: false, createdAt: null });
    // Revoking again is a no-op, not an error.
    expectOk(await a.coach.delete(feedUrl(a.ids.clientId)), 200, "revoke again");
  });

  it("answers 404 for unknown and malformed tokens, without saying more", async () => {
    for (const token of ["x".repeat(43), "short", "..%2F..%2Fetc", "A".repeat(44)]) {
      const res = await fetchFeed(`/api/calendar/${token}.ics`);
      expect(res.status, token).toBe(404);
    }
  });

  it("stores only the token's hash, and audits issue, read and revoke", async () => {
    const { token, path } = await issue(a.coach, a.ids.clientId);
    await fetchFeed(path);
    const rows = await t.db
      .select({ tokenHash: calendarFeeds.tokenHash })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.clientId, a.ids.clientId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    await t.app.readAudit?.flush();
    const audit = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, a.ids.clientId), like(auditEvents.action, "calendar_feed.%")));
    const actions = new Set(audit.map((r) => r.action));
    expect(actions).toEqual(new Set(["calendar_feed.issue", "calendar_feed.read", "calendar_feed.revoke"]));
    // The client's data export says a feed exists, never its token or hash.
    const exported = await a.owner.get<{ records: { calendarFeed: { id: string }[] } }>(
      `/api/clients/${a.ids.clientId}/export`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.records.calendarFeed).toHaveLength(1);
    expect(JSON.stringify(exported.body)).not.toContain(rows[0]?.tokenHash ?? "?");
  });

  it("refuses a coach who does not coach the client, and other organizations (404, no feed issued)", async () => {
    expectOk(await a.coach.delete(feedUrl(a.ids.clientId)), 200, "clear");
    for (const caller of [a.otherCoach, b.coach, b.owner, b.client]) {
      expect((await caller.post(feedUrl(a.ids.clientId))).status).toBe(404);
      expect((await caller.get(feedUrl(a.ids.clientId))).status).toBe(404);
    }
    expect((await a.client.post(feedUrl(a.ids.spareClientId))).status).toBe(404);
    const status = expectOk<CalendarFeedStatus>(await a.owner.get(feedUrl(a.ids.clientId)), 200, "status");
    expect(status.active).toBe(false);
    expect((await t.client().post(feedUrl(a.ids.clientId))).status).toBe(401);
  });

  it("keeps a moved session's UID with its new date, and drops a session the safety gate hides", async () => {
    const s = await generate(b.coach, b.ids.clientId, { date: "2030-02-01" });
    await publish(b.coach, s.id);
    const { path } = await issue(b.coach, b.ids.clientId);
    const uid = `session-${s.id}@calendar.spotter`;
    expect(parseIcs((await fetchFeed(path)).body).map((e) => [e.UID, e["DTSTART;VALUE=DATE"]])).toEqual([
      [uid, "20300201"],
    ]);
    // No route moves a session's date yet; the feed reads the stored date, so move it in the table.
    await t.db
      .update(trainingSessions)
      .set({ date: "2030-02-03", updatedAt: new Date("2029-12-01T00:00:00Z") })
      .where(eq(trainingSessions.id, s.id));
    const moved = parseIcs((await fetchFeed(path)).body);
    expect(moved.map((e) => [e.UID, e["DTSTART;VALUE=DATE"], e.DTSTAMP])).toEqual([
      [uid, "20300203", "20291201T000000Z"],
    ]);
    // A red flag (chest pain) hides vigorous published work in the portal, and so in the calendar.
    const today = t.app.clock.now().toISOString().slice(0, 10);
    const checkIn = { date: today, sleepHours: 7.5, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2 };
    const red = await b.coach.post(`/api/clients/${b.ids.clientId}/checkins`, {
      ...checkIn,
      redFlags: { chestPain: true },
    });
    expect(red.status).toBe(200);
    expect(parseIcs((await fetchFeed(path)).body)).toEqual([]);
  });
});
