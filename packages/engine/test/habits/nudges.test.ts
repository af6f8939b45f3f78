/**
 * Which nudges are due: a pure function of (now, sessions, check-in, sent nudges, preferences).
 * Examples, then a property over simulated weeks on a moving clock: never a nudge inside quiet
 * hours or for an opted-out client, at most one nudge of a kind per local day, one missed-session
 * question per session, and the check-in reminder only on the day before a check-in the cadence's
 * schedule (checkInSchedule) has due, once per check-in, never on an off week or once answered.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  checkInReminderDay,
  checkInSchedule,
  dueNudges,
  inQuietHours,
  localClock,
  NUDGE_KINDS,
  type NudgeInput,
  type NudgeKind,
  nudgeText,
} from "../../src/index.ts";

const prefs = { optedOut: false, quietStartMinute: 21 * 60, quietEndMinute: 8 * 60, utcOffsetMinutes: 0 };
// Saturday 2026-12-05, 09:00 UTC; the week started Monday 2026-11-30.
const sat = "2026-12-05T09:00:00Z";
const base: NudgeInput = {
  now: sat,
  prefs,
  sessions: [
    { id: "s-today", date: "2026-12-05", status: "published" },
    { id: "s-missed", date: "2026-12-03", status: "published" },
  ],
  // Joined Sunday 2026-11-29, weekly: a check-in due every Sunday, the first on 2026-12-06.
  checkIn: { anchor: "2026-11-29", intervalWeeks: 1, answered: false },
  sent: [],
};

describe("due nudges", () => {
  it("before today's session, after a missed one, before the check-in is due", () => {
    const d = dueNudges(base);
    expect(d.nudges.map((n) => [n.kind, n.refId])).toEqual([
      ["session_before", "s-today"],
      ["session_missed", "s-missed"],
      ["check_in_due", null],
    ]);
    expect(d.nudges.every((n) => n.reasons.length > 0)).toBe(true);
  });

  it("holds everything in quiet hours and for an opted-out client, with the reason", () => {
    expect(dueNudges({ ...base, now: "2026-12-05T07:59:00Z" }).held[0]?.ruleId).toBe("nudge.quiet_hours");
    // 09:00 UTC is 22:00 in UTC+13: quiet there.
    expect(dueNudges({ ...base, prefs: { ...prefs, utcOffsetMinutes: 13 * 60 } }).nudges).toEqual([]);
    const out = dueNudges({ ...base, prefs: { ...prefs, optedOut: true } });
    expect(out.nudges).toEqual([]);
    expect(out.held[0]?.ruleId).toBe("nudge.opted_out");
  });

  it("asks about a missed session once, not after training since, not when it is old", () => {
    const once = dueNudges({ ...base, sent: [{ kind: "session_missed", localDate: "2026-12-04", refId: "s-missed" }] });
    expect(once.nudges.map((n) => n.kind)).not.toContain("session_missed");
    const trained = dueNudges({
      ...base,
      sessions: [...base.sessions, { id: "l", date: "2026-12-04", status: "logged" }],
    });
    expect(trained.nudges.map((n) => n.kind)).not.toContain("session_missed");
    expect(trained.held.map((r) => r.ruleId)).toContain("nudge.missed.trained_since");
    const old = dueNudges({ ...base, sessions: [{ id: "old", date: "2026-11-28", status: "published" }] });
    expect(old.nudges.map((n) => n.kind)).not.toContain("session_missed");
  });

  it("the check-in reminder goes the day before it is due, once, not once answered", () => {
    const thu = dueNudges({ ...base, now: "2026-12-03T12:00:00Z" });
    expect(thu.nudges.map((n) => n.kind)).not.toContain("check_in_due");
    expect(dueNudges(base).nudges.find((n) => n.kind === "check_in_due")?.reasons[0]).toMatchObject({
      ruleId: "nudge.check_in.day_before",
      inputs: { dueDate: "2026-12-06" },
    });
    const answered = dueNudges({
      ...base,
      checkIn: { ...(base.checkIn ?? { anchor: "", intervalWeeks: 1 }), answered: true },
    });
    expect(answered.nudges.map((n) => n.kind)).not.toContain("check_in_due");
    expect(answered.held.map((r) => r.ruleId)).toContain("nudge.check_in.answered");
    // Due day: the day-before reminder went, so nothing more.
    const sun = dueNudges({
      ...base,
      now: "2026-12-06T12:00:00Z",
      sent: [{ kind: "check_in_due", localDate: "2026-12-05", refId: null }],
    });
    expect(sun.nudges.map((n) => n.kind)).not.toContain("check_in_due");
  });

  it("biweekly: nothing the day before an off-week day; a Monday due date is reminded on the day", () => {
    // Joined Thursday 2026-12-03, biweekly: due 2026-12-17 and 2026-12-31, not 2026-12-10 or 12-24.
    const bi = { anchor: "2026-12-03", intervalWeeks: 2, answered: false };
    const on = (now: string) => dueNudges({ ...base, sessions: [], now, checkIn: bi }).nudges.map((n) => n.kind);
    expect(on("2026-12-09T12:00:00Z")).toEqual([]);
    expect(on("2026-12-16T12:00:00Z")).toEqual(["check_in_due"]);
    expect(on("2026-12-17T12:00:00Z")).toEqual([]);
    expect(on("2026-12-23T12:00:00Z")).toEqual([]);
    // Joined Monday 2026-11-30: the Sunday before a due Monday is in the previous week.
    const monday = { anchor: "2026-11-30", intervalWeeks: 1, answered: false };
    const at = (now: string) => dueNudges({ ...base, sessions: [], now, checkIn: monday });
    expect(at("2026-12-06T12:00:00Z").nudges).toEqual([]);
    expect(at("2026-12-07T12:00:00Z").nudges[0]?.reasons[0]?.ruleId).toBe("nudge.check_in.due_day");
  });

  it("wording is neutral: no blame words", () => {
    for (const kind of NUDGE_KINDS) {
      const { subject, body } = nudgeText(kind);
      expect(`${subject} ${body}`).not.toMatch(
        /\b(fail|failed|lazy|should have|disappoint|again\?|skipped|excuse|must)\b/i,
      );
    }
  });

  // 100 runs × hundreds of simulated job ticks: seconds of CPU, more on a loaded machine, so the
  // timeout is generous (the test asserts behaviour, not speed).
  it("property: over simulated days, never in quiet hours, never when opted out, ≤ 1 per kind per local day, check-in reminders only on the cadence's reminder days", () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 - 1 });
    fc.assert(
      fc.property(
        minute,
        minute,
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.boolean(),
        fc.array(fc.record({ offset: fc.integer({ min: -5, max: 6 }), logged: fc.boolean() }), { maxLength: 8 }),
        fc.boolean(),
        // How often the job asks (it runs every 15 minutes; slower when the queue is behind).
        fc.integer({ min: 15, max: 180 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(1, 2, 4),
        fc.boolean(),
        (qs, quietEnd, offset, optedOut, plan, answered, stepMinutes, joinedDaysBefore, intervalWeeks, quiet) => {
          const qe = quiet ? quietEnd : qs;
          const p = { optedOut, quietStartMinute: qs, quietEndMinute: qe, utcOffsetMinutes: offset };
          const startMs = Date.parse("2026-11-30T00:00:00Z");
          const sessions = plan.map((s, i) => ({
            id: `s${i}`,
            date: addDays("2026-12-02", s.offset),
            status: s.logged ? ("logged" as const) : ("published" as const),
          }));
          const sent: { kind: NudgeKind; localDate: string; refId: string | null }[] = [];
          const anchor = addDays("2026-11-30", -joinedDaysBefore);
          const due = (d: string) => checkInSchedule({ anchor, intervalWeeks, today: d }).current?.dueDate === d;
          const reminderDays = new Set<string>();
          for (let t = startMs; t < startMs + 20 * 86_400_000; t += stepMinutes * 60_000) {
            const { localDate } = localClock(t, offset);
            if (checkInReminderDay({ anchor, intervalWeeks, localDate })) reminderDays.add(localDate);
            const d = dueNudges({
              now: t,
              prefs: p,
              sessions,
              checkIn: { anchor, intervalWeeks, answered },
              sent,
            });
            // Only the day before a due date of the cadence (or a due Monday itself), never answered.
            if (d.nudges.some((x) => x.kind === "check_in_due")) {
              expect(answered).toBe(false);
              const tomorrow = addDays(localDate, 1);
              const mondayDue = due(localDate) && new Date(`${localDate}T00:00:00Z`).getUTCDay() === 1;
              expect((due(tomorrow) && new Date(`${tomorrow}T00:00:00Z`).getUTCDay() !== 1) || mondayDue).toBe(true);
            }
            if (optedOut || inQuietHours(d.localMinute, qs, qe)) expect(d.nudges).toEqual([]);
            for (const n of d.nudges) {
              expect(n.localDate).toBe(localDate);
              expect(sent.some((s) => s.kind === n.kind && s.localDate === localDate)).toBe(false);
              sent.push({ kind: n.kind, localDate: n.localDate, refId: n.refId });
            }
          }
          const missedRefs = sent.filter((s) => s.kind === "session_missed").map((s) => s.refId);
          expect(new Set(missedRefs).size).toBe(missedRefs.length);
          // At most one reminder per check-in: no two within the same due date's reminder days.
          const reminders = sent.filter((s) => s.kind === "check_in_due").map((s) => s.localDate);
          for (let i = 1; i < reminders.length; i++)
            expect(addDays(reminders[i - 1] ?? "", 7 * intervalWeeks - 2) <= (reminders[i] ?? "")).toBe(true);
          // And it does go out: without quiet hours or opt-out, on every reminder day met, unanswered.
          if (!optedOut && qs === qe) expect(reminders).toEqual(answered ? [] : [...reminderDays]);
        },
      ),
      { seed: 14, numRuns: 100 },
    );
  }, 60_000);
});
