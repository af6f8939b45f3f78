/**
 * The week and block view over HTTP (issue 16): the planned days come from the roadmap × the
 * method's days × the client's weekdays; "generate" drafts each planned day through the single
 * draft path; a move is stored and respected by generation; "publish" sends every draft through
 * the same publish gate, refusing per session (409 with the blockers) while a red flag is open.
 */
import type { SessionDto, WeekActionResponse, WeekResponse } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { openOldRed } from "../monitoring/helpers.ts";
import { expectOk } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";

const MONDAY = "2026-03-02";
let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${MONDAY}T09:00:00Z`) });
  org = await createOrg(t, "Week View");
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };
const week = (as = org.coach, clientId = org.ids.clientId, start = MONDAY) =>
  as
    .get<WeekResponse>(`/api/clients/${clientId}/week?start=${start}`)
    .then((r) => expectOk<WeekResponse>(r, 200, "week"));
const plannedDates = (w: WeekResponse) => w.week.days.filter((d) => d.planned).map((d) => d.date);

describe("/api/clients/:id/week", () => {
  it("plans the client's weekdays with the method's days in order, and the block view", async () => {
    const w = await week();
    expect(w.week.start).toBe(MONDAY);
    expect(w.week.days).toHaveLength(7);
    // createOrg's client trains 3 days a week with no preferred days: Monday, Wednesday, Friday.
    expect(plannedDates(w)).toEqual(["2026-03-02", "2026-03-04", "2026-03-06"]);
    const planned = w.week.days.flatMap((d) => (d.planned ? [d.planned] : []));
    const n = planned[0]!.splitDays;
    expect(planned.map((p) => p.dayIndex)).toEqual([0, 1, 2].map((i) => i % n));
    expect(w.blocks.length).toBeGreaterThanOrEqual(1);
    expect(w.blocks[0]!.weeks.some((x) => x.start === MONDAY)).toBe(true);
    const midweek = await week(org.coach, org.ids.clientId, "2026-03-05");
    expect(midweek.week.start).toBe(MONDAY);
    const bad = await org.coach.get<ErrorBody>(`/api/clients/${org.ids.clientId}/week?start=March`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("start");
  });

  it("generates a draft per planned day on the schedule's dates, each with the calendar's day and reasons; again: nothing new", async () => {
    const res = await org.coach.post<WeekActionResponse>(`/api/clients/${org.ids.clientId}/week/generate`, {
      start: MONDAY,
    });
    const body = expectOk<WeekActionResponse>(res, 200, "generate week");
    expect(body.results.map((r) => [r.date, r.outcome])).toEqual([
      ["2026-03-02", "created"],
      ["2026-03-04", "created"],
      ["2026-03-06", "created"],
    ]);
    expect(res.headers.get("x-spotter-safety")).toMatch(/^draft; red=0/);
    const drafts: SessionDto[] = [];
    for (const day of body.week.week.days.filter((d) => d.planned)) {
      expect(day.sessions).toHaveLength(1);
      const s = expectOk<SessionDto>(await org.coach.get(`/api/sessions/${day.sessions[0]!.id}`), 200, "session");
      drafts.push(s);
      expect(s.status).toBe("draft");
      expect(s.date).toBe(day.date);
      expect(s.plan.dayLabel).toBe(day.planned!.label);
      const rules = s.plan.reasons.map((r) => r.ruleId);
      expect(rules).toContain("split.day_planned");
      expect(rules).toContain("week.generated");
    }
    // A lift drafted earlier in the week (not logged yet) keeps the last logged load and says so.
    const first = new Set(drafts[0]!.plan.main.map((i) => i.exerciseId));
    const repeated = drafts[2]!.plan.main.filter((i) => i.role !== "ramp" && first.has(i.exerciseId));
    for (const item of repeated)
      expect(item.reasons.find((r) => r.ruleId === "week.earlier_draft")?.inputs.earlierDate).toBe(MONDAY);
    expect(drafts[0]!.plan.main.some((i) => i.reasons.some((r) => r.ruleId === "week.earlier_draft"))).toBe(false);
    const events = await t.database.query<{ action: string; n: number }>(
      "select action, count(*)::int as n from audit_events where client_id = $1 and action in ('session.generated', 'week.generated') group by action order by action",
      [org.ids.clientId],
    );
    expect(events).toEqual([
      { action: "session.generated", n: 3 },
      { action: "week.generated", n: 1 },
    ]);
    const again = expectOk<WeekActionResponse>(
      await org.coach.post(`/api/clients/${org.ids.clientId}/week/generate`, { start: MONDAY }),
      200,
      "again",
    );
    expect(again.results.map((r) => r.outcome)).toEqual(["exists", "exists", "exists"]);
  });

  it("moves a draft and its planned day; refuses a taken day (409), a past day (400 naming the field)", async () => {
    const moved = expectOk<WeekResponse>(
      await org.coach.patch(`/api/clients/${org.ids.clientId}/week`, { from: "2026-03-04", to: "2026-03-05" }),
      200,
      "move",
    );
    const thu = moved.week.days.find((d) => d.date === "2026-03-05")!;
    expect(thu.planned).toMatchObject({ moved: true, scheduledDate: "2026-03-04", dayIndex: 1 });
    expect(thu.sessions).toHaveLength(1);
    expect(moved.week.days.find((d) => d.date === "2026-03-04")!.planned).toBeNull();
    const s = expectOk<SessionDto>(await org.coach.get(`/api/sessions/${thu.sessions[0]!.id}`), 200, "moved");
    expect(s.date).toBe("2026-03-05");
    expect(s.plan.date).toBe("2026-03-05");
    expect(s.plan.reasons.at(-1)?.ruleId).toBe("coach.moved");

    const taken = await org.coach.patch<ErrorBody>(`/api/clients/${org.ids.clientId}/week`, {
      from: "2026-03-05",
      to: "2026-03-06",
    });
    expect(taken.status).toBe(409);
    const past = await org.coach.patch<ErrorBody>(`/api/clients/${org.ids.clientId}/week`, {
      from: "2026-02-27",
      to: "2026-03-03",
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields?.[0]?.path).toBe("body.from");
    const same = await org.coach.patch<ErrorBody>(`/api/clients/${org.ids.clientId}/week`, {
      from: "2026-03-05",
      to: "2026-03-05",
    });
    expect(same.status).toBe(400);
  });

  it("a planned day moved before generation is drafted on its new date", async () => {
    const next = "2026-03-09";
    await org.coach.patch(`/api/clients/${org.ids.clientId}/week`, { from: "2026-03-09", to: "2026-03-10" });
    const body = expectOk<WeekActionResponse>(
      await org.coach.post(`/api/clients/${org.ids.clientId}/week/generate`, { start: next }),
      200,
      "generate next",
    );
    expect(body.results.map((r) => r.date)).toEqual(["2026-03-10", "2026-03-11", "2026-03-13"]);
    const s = expectOk<SessionDto>(await org.coach.get(`/api/sessions/${body.results[0]!.sessionId}`), 200, "s");
    expect(s.date).toBe("2026-03-10");
    expect(s.plan.reasons.find((r) => r.ruleId === "week.generated")?.inputs.scheduledDate).toBe("2026-03-09");
  });

  it("a single generate drafts the day the calendar plans on its date, moves included; a free day keeps the rotation", async () => {
    const id = await createClient(org.coach, "Single Day");
    await org.coach.patch(`/api/clients/${id}/week`, { from: "2026-03-06", to: "2026-03-07" });
    const planned = (await week(org.coach, id)).week.days.flatMap((d) => (d.planned ? [[d.date, d.planned]] : []));
    const generate = (date?: string) =>
      org.coach
        .post<SessionDto>(`/api/clients/${id}/sessions`, { durationMinutes: 60, ...(date ? { date } : {}) })
        .then((r) => expectOk<SessionDto>(r, 201, `generate ${date ?? "today"}`));
    for (const [date, p] of planned as [
      string | undefined,
      NonNullable<WeekResponse["week"]["days"][0]["planned"]>,
    ][]) {
      // Today (the Monday) without a date, the others by date; Saturday is Friday's day moved.
      const s = await generate(date === MONDAY ? undefined : date);
      expect(s.plan.dayLabel).toBe(p.label);
      expect(s.plan.reasons.find((r) => r.ruleId === "split.day_planned")?.inputs.dayIndex).toBe(p.dayIndex);
      expect(s.plan.reasons.find((r) => r.ruleId === "calendar.planned_day")?.inputs).toMatchObject({
        scheduledDate: p.scheduledDate,
        moved: p.moved,
      });
    }
    expect(planned.map(([d]) => d)).toEqual([MONDAY, "2026-03-04", "2026-03-07"]);
    const free = await generate("2026-03-06");
    expect(free.plan.reasons.map((r) => r.ruleId)).toContain("split.day_choice");
  });

  it("publishes every draft of the week; the client sees the week's published sessions and no drafts", async () => {
    const res = await org.coach.post<WeekActionResponse>(`/api/clients/${org.ids.clientId}/week/publish`, {
      start: MONDAY,
    });
    const body = expectOk<WeekActionResponse>(res, 200, "publish week");
    expect(body.results.map((r) => r.outcome)).toEqual(["published", "published", "published"]);
    expect(res.headers.get("x-spotter-safety")).toMatch(/^publish; red=0/);
    const mine = await week(org.client);
    expect(mine.week.days.flatMap((d) => d.sessions.map((s) => s.status))).toEqual([
      "published",
      "published",
      "published",
    ]);
    const nextWeek = await week(org.client, org.ids.clientId, "2026-03-09");
    expect(plannedDates(nextWeek)).toEqual(["2026-03-10", "2026-03-11", "2026-03-13"]);
    expect(nextWeek.week.days.flatMap((d) => d.sessions)).toEqual([]);
    // The client reads; only coaches write.
    const write = await org.client.post(`/api/clients/${org.ids.clientId}/week/publish`, { start: MONDAY });
    expect(write.status).toBe(403);
  });

  it("an open red flag refuses every draft with the single route's 409 and blocker; each stays a draft", async () => {
    const id = await createClient(org.coach, "Red Week", {
      profile: profileInput({ schedule: { daysPerWeek: 2, sessionMinutes: 45, preferredDays: ["tue", "thu"] } }),
    });
    const gen = expectOk<WeekActionResponse>(
      await org.coach.post(`/api/clients/${id}/week/generate`, { start: MONDAY }),
      200,
      "generate",
    );
    expect(gen.results.map((r) => [r.date, r.outcome])).toEqual([
      ["2026-03-03", "created"],
      ["2026-03-05", "created"],
    ]);
    await openOldRed(t, org.ids.organizationId, id);
    const body = expectOk<WeekActionResponse>(
      await org.coach.post(`/api/clients/${id}/week/publish`, { start: MONDAY }),
      200,
      "publish refused",
    );
    expect(body.results).toHaveLength(2);
    for (const r of body.results) {
      expect(r).toMatchObject({ outcome: "refused", httpStatus: 409, code: "conflict" });
      expect(r.fields?.map((f) => f.path)).toEqual(["publish.red_flag_open"]);
    }
    const after = await week(org.coach, id);
    expect(after.week.days.flatMap((d) => d.sessions.map((s) => s.status))).toEqual(["draft", "draft"]);
  });
});
