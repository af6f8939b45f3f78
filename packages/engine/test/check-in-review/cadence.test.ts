import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, checkInInterval, checkInSchedule, dayIndex, weekStart } from "../../src/index.ts";

const date = fc.integer({ min: dayIndex("2020-01-01"), max: dayIndex("2030-12-31") });
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe("checkInInterval", () => {
  it("is weekly for weekly-or-faster tiers, two weeks for biweekly, four for monthly, with its reason", () => {
    expect(checkInInterval("daily").weeks).toBe(1);
    expect(checkInInterval("twice_weekly").weeks).toBe(1);
    expect(checkInInterval("weekly").weeks).toBe(1);
    expect(checkInInterval("biweekly").weeks).toBe(2);
    const m = checkInInterval("monthly");
    expect(m.weeks).toBe(4);
    expect(m.reasons[0]?.inputs).toEqual({ reviewCadence: "monthly", intervalWeeks: 4 });
  });
});

describe("checkInSchedule (properties)", () => {
  it("current ≤ today < next, one interval apart, on the anchor's weekday, after the anchor", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), fc.constantFrom(1, 2, 4), (a, offset, weeks) => {
        const anchor = iso(a);
        const today = iso(a + offset);
        const s = checkInSchedule({ anchor, intervalWeeks: weeks, today });
        const next = dayIndex(s.next.dueDate);
        expect(next).toBeGreaterThan(dayIndex(today));
        expect((next - a) % 7).toBe(0);
        expect(next - a).toBeGreaterThanOrEqual(7 * weeks);
        expect(s.next.weekStart).toBe(weekStart(s.next.dueDate));
        if (s.current) {
          const cur = dayIndex(s.current.dueDate);
          expect(cur).toBeLessThanOrEqual(dayIndex(today));
          expect(next - cur).toBe(7 * weeks);
          expect(cur).toBeGreaterThan(a);
          expect((cur - a) % (7 * weeks)).toBe(0);
        } else expect(offset).toBeLessThan(7 * weeks);
      }),
    );
  });

  it("is a function of its arguments: the same day gives the same occasion, each day of a period the same one", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 14, max: 300 }), fc.constantFrom(1, 2), (a, offset, weeks) => {
        const s = checkInSchedule({ anchor: iso(a), intervalWeeks: weeks, today: iso(a + offset) });
        const cur = s.current?.dueDate as string;
        for (let d = 0; d < 7 * weeks; d++)
          expect(
            checkInSchedule({ anchor: iso(a), intervalWeeks: weeks, today: addDays(cur, d) }).current?.dueDate,
          ).toBe(cur);
      }),
    );
  });

  it("a biweekly client joined on a Thursday is first due two Thursdays later", () => {
    const s = checkInSchedule({ anchor: "2026-11-05", intervalWeeks: 2, today: "2026-11-18" });
    expect(s.current).toBeNull();
    expect(s.next).toEqual({ dueDate: "2026-11-19", weekStart: "2026-11-16" });
    const t = checkInSchedule({ anchor: "2026-11-05", intervalWeeks: 2, today: "2026-11-19" });
    expect(t.current).toEqual({ dueDate: "2026-11-19", weekStart: "2026-11-16" });
    expect(t.next.dueDate).toBe("2026-12-03");
  });
});
