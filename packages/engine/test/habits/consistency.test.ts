/**
 * Habit consistency counts planned days done, not an unbroken streak: one missed day lowers the
 * share and never resets it; today counts only once ticked; days before the start never count.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, habitConsistency, type IsoWeekday, isoWeekday } from "../../src/index.ts";

// 2026-11-30 is a Monday.
const monday = "2026-11-30";
const everyDay: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

describe("habit consistency", () => {
  it("5 of the last 7 planned days after two misses, whatever their order", () => {
    const today = addDays(monday, 13);
    const ticks = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(today, -1 - i)).filter((_, i) => i !== 1 && i !== 4);
    const c = habitConsistency({ schedule: { days: everyDay, startDate: monday }, tickDates: ticks, today });
    expect(c).toMatchObject({
      done: 5,
      planned: 7,
      share: 0.71,
      status: "consistent",
      label: "5 of the last 7 planned days",
    });
    expect(c.reasons[0]?.ruleId).toBe("habit.consistency");
  });

  it("counts only the scheduled weekdays and ignores an unticked today", () => {
    // Mon/Wed/Fri habit; today is the third Friday, not ticked yet.
    const today = addDays(monday, 18);
    expect(isoWeekday(today)).toBe(5);
    const ticks = [monday, addDays(monday, 2), addDays(monday, 9), addDays(monday, 14), addDays(monday, 16)];
    const c = habitConsistency({ schedule: { days: [1, 3, 5], startDate: monday }, tickDates: ticks, today });
    // Planned before today: Mon, Wed, Fri, Mon, Wed, Fri, Mon, Wed = 8 days; the last 7 exclude the first Monday.
    expect(c).toMatchObject({ planned: 7, done: 4, plannedToday: true, doneToday: false });
    expect(c.reasons.map((r) => r.ruleId)).toContain("habit.today_open");
    const ticked = habitConsistency({
      schedule: { days: [1, 3, 5], startDate: monday },
      tickDates: [...ticks, today],
      today,
    });
    // Ticking today brings it into the window and the oldest planned day (a tick) out of it.
    expect(ticked).toMatchObject({ planned: 7, done: 4, doneToday: true });
  });

  it("a new habit is building, then not started before its first planned day", () => {
    const c = habitConsistency({ schedule: { days: everyDay, startDate: monday }, tickDates: [monday], today: monday });
    expect(c).toMatchObject({ done: 1, planned: 1, status: "building" });
    const none = habitConsistency({ schedule: { days: everyDay, startDate: monday }, tickDates: [], today: monday });
    expect(none).toMatchObject({ planned: 0, share: null, status: "not_started", label: "No planned days yet" });
  });

  it("property: 0 ≤ done ≤ planned ≤ window, one more tick never lowers the share, a miss never zeroes it", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (days, tickOffsets, todayOffset, extra) => {
          const schedule = { days: days as IsoWeekday[], startDate: monday };
          const today = addDays(monday, todayOffset);
          const ticks = tickOffsets.filter((o) => o <= todayOffset).map((o) => addDays(monday, o));
          const c = habitConsistency({ schedule, tickDates: ticks, today });
          expect(c.done).toBeGreaterThanOrEqual(0);
          expect(c.done).toBeLessThanOrEqual(c.planned);
          expect(c.planned).toBeLessThanOrEqual(c.window);
          const more = habitConsistency({
            schedule,
            tickDates: [...ticks, addDays(monday, Math.min(extra, todayOffset))],
            today,
          });
          if (c.share !== null && more.share !== null && more.planned === c.planned)
            expect(more.share).toBeGreaterThanOrEqual(c.share);
          // Perfection is not required: a single miss among ≥ 3 done planned days keeps a positive share.
          if (c.planned >= 2 && c.done >= 1) expect(c.share).toBeGreaterThan(0);
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });
});
