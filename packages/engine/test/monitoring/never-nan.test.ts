import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BODY_REGIONS,
  computeMonitoring,
  type DailyPassInput,
  dailyPass,
  EXAMPLE_TIERS,
  type SessionRecord,
} from "../../src/index.ts";
import { checkInArb } from "../fixtures/arbitraries.ts";
import { daysBefore } from "./fixtures.ts";

/**
 * The monitoring evaluation answers every history, including none: it never throws and never puts
 * NaN or ±Infinity into what a server sends (a NaN fatigue value once made the monitoring endpoint
 * answer 500 for clients without a check-in today).
 */

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;
const ago = fc.integer({ min: 0, max: 100 }).map((k) => daysBefore(TODAY, k));

const checkIn = checkInArb(ago, ["", "legs tired", "felt dizzy", "I had to earn my dinner", "what if I skipped lunch"]);

const session: fc.Arbitrary<SessionRecord> = fc.record(
  {
    date: ago,
    planned: fc.boolean(),
    completed: fc.boolean(),
    durationMin: fc.integer({ min: 0, max: 240 }),
    sessionRpe: fc.integer({ min: 0, max: 10 }),
    exercises: fc.array(
      fc.record({
        exerciseId: fc.constantFrom("back-squat", "bench-press", "deadlift"),
        pain: fc.array(
          fc.record({ region: fc.constantFrom(...BODY_REGIONS), severity: fc.integer({ min: 0, max: 10 }) }),
          { maxLength: 1 },
        ),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ["date", "planned", "completed"] },
);

const input: fc.Arbitrary<DailyPassInput> = fc.record(
  {
    checkIns: fc.oneof(fc.constant([]), fc.array(checkIn, { maxLength: 60 })),
    sessions: fc.oneof(fc.constant([]), fc.array(session, { maxLength: 60 })),
    e1rms: fc.array(
      fc.record({
        date: ago,
        exerciseId: fc.constantFrom("back-squat", "bench-press"),
        e1rmKg: fc.double({ min: 1, max: 300, noNaN: true }),
        rpe: fc.integer({ min: 5, max: 10 }),
      }),
      { maxLength: 12 },
    ),
    bodyMass: fc.array(fc.record({ date: ago, kg: fc.double({ min: 35, max: 200, noNaN: true }) }), { maxLength: 12 }),
    questionnaires: fc.array(
      fc.record({ date: ago, scoff: fc.integer({ min: 0, max: 5 }), cet: fc.integer({ min: 0, max: 30 }) }),
      { maxLength: 2 },
    ),
    firstExposures: fc.array(fc.record({ exerciseId: fc.constantFrom("back-squat", "deadlift"), date: ago }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ["checkIns", "sessions"] },
);

/** Paths of every number in `x` that is NaN or infinite. */
function nonFinite(x: unknown, path = "$", out: string[] = []): string[] {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) out.push(`${path} = ${x}`);
  } else if (Array.isArray(x)) {
    for (const [i, v] of x.entries()) nonFinite(v, `${path}[${i}]`, out);
  } else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) nonFinite(v, `${path}.${k}`, out);
  }
  return out;
}

describe("monitoring evaluation never throws and never yields non-finite numbers", () => {
  test("empty history", () => {
    const r = dailyPass({ checkIns: [], sessions: [] }, EXAMPLE_TIERS.hybrid, NOW);
    expect(r).toMatchObject({ level: "green", signals: [], proposals: [] });
    expect(nonFinite(r)).toEqual([]);
  });

  test("any generated history (sparse, empty, missing today, odd loads)", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...Object.values(EXAMPLE_TIERS)), (data, tier) => {
        const r = dailyPass(data, tier, NOW);
        expect(nonFinite(r)).toEqual([]);
        const m = computeMonitoring(data, TODAY);
        // What the monitoring view ships besides the daily pass (hrv goes out through a null mapping).
        expect(nonFinite([m.readinessRecent, m.pain, m.soreness, m.lowReadiness, m.load])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
