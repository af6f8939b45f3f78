/**
 * Which nudges are due: a pure function of (now, sessions, check-in, sent nudges, preferences).
 * Examples, then a property over simulated weeks on a moving clock: never a nudge inside quiet
 * hours or for an opted-out client, at most one nudge of a kind per local day, one missed-session
 * question per session.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
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
  checkIn: { weekStart: "2026-11-30", answered: false },
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

  it("the check-in reminder waits for Saturday, stops once answered or sent this week", () => {
    const thu = dueNudges({ ...base, now: "2026-12-03T12:00:00Z" });
    expect(thu.nudges.map((n) => n.kind)).not.toContain("check_in_due");
    expect(
      dueNudges({ ...base, checkIn: { weekStart: "2026-11-30", answered: true } }).nudges.map((n) => n.kind),
    ).not.toContain("check_in_due");
    const sun = dueNudges({
      ...base,
      now: "2026-12-06T12:00:00Z",
      sent: [{ kind: "check_in_due", localDate: "2026-12-05", refId: null }],
    });
    expect(sun.nudges.map((n) => n.kind)).not.toContain("check_in_due");
  });

  it("wording is neutral: no blame words", () => {
    for (const kind of NUDGE_KINDS) {
      const { subject, body } = nudgeText(kind);
      expect(`${subject} ${body}`).not.toMatch(
        /\b(fail|failed|lazy|should have|disappoint|again\?|skipped|excuse|must)\b/i,
      );
    }
  });

  it("property: over simulated days, never in quiet hours, never when opted out, ≤ 1 per kind per local day", () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 - 1 });
    fc.assert(
      fc.property(
        minute,
        minute,
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.boolean(),
        fc.array(fc.record({ offset: fc.integer({ min: -5, max: 6 }), logged: fc.boolean() }), { maxLength: 8 }),
        fc.boolean(),
        fc.integer({ min: 7, max: 180 }),
        (qs, qe, offset, optedOut, plan, answered, stepMinutes) => {
          const p = { optedOut, quietStartMinute: qs, quietEndMinute: qe, utcOffsetMinutes: offset };
          const startMs = Date.parse("2026-11-30T00:00:00Z");
          const sessions = plan.map((s, i) => ({
            id: `s${i}`,
            date: addDays("2026-12-02", s.offset),
            status: s.logged ? ("logged" as const) : ("published" as const),
          }));
          const sent: { kind: NudgeKind; localDate: string; refId: string | null }[] = [];
          for (let t = startMs; t < startMs + 6 * 86_400_000; t += stepMinutes * 60_000) {
            const { localDate } = localClock(t, offset);
            const d = dueNudges({
              now: t,
              prefs: p,
              sessions,
              checkIn: { weekStart: "2026-11-30", answered },
              sent,
            });
            if (optedOut || inQuietHours(d.localMinute, qs, qe)) expect(d.nudges).toEqual([]);
            for (const n of d.nudges) {
              expect(n.localDate).toBe(localDate);
              expect(sent.some((s) => s.kind === n.kind && s.localDate === localDate)).toBe(false);
              sent.push({ kind: n.kind, localDate: n.localDate, refId: n.refId });
            }
          }
          const missedRefs = sent.filter((s) => s.kind === "session_missed").map((s) => s.refId);
          expect(new Set(missedRefs).size).toBe(missedRefs.length);
          expect(sent.filter((s) => s.kind === "check_in_due").length).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 14, numRuns: 150 },
    );
  });
});
