import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BODY_REGIONS,
  type CheckIn,
  dailyPass,
  EXAMPLE_TIERS,
  evaluate,
  levelRank,
  RED_FLAG_ITEM_KEYS,
  readinessScore,
  type SessionRecord,
} from "../../src/index.ts";
import { checkInArb } from "../fixtures/arbitraries.ts";
import { daysBefore } from "../monitoring/fixtures.ts";

/** Heavy property runs carry an explicit timeout: a loaded 2-core machine must not trip the 5 s default. */
const PROPERTY_TIMEOUT_MS = 30_000;

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;

const checkInAt = (ago: number) =>
  checkInArb(fc.constant(daysBefore(TODAY, ago)), ["", "legs tired", "no chest pain", "felt dizzy", "all good"]);

/** A history of up to 70 days, each day with or without a check-in, always with one today. */
const history = fc
  .tuple(fc.array(fc.boolean(), { minLength: 0, maxLength: 70 }), fc.integer({ min: 0, max: 1_000_000 }))
  .chain(([present]) =>
    fc.tuple(
      ...present.map((p, k) => (p ? checkInAt(k + 1).map((c) => [c]) : fc.constant([] as CheckIn[]))),
      checkInAt(0),
    ),
  )
  .map((parts) => (parts as (CheckIn[] | CheckIn)[]).flat());

const sessions = fc.array(
  fc.record({
    date: fc.integer({ min: 0, max: 70 }).map((k) => daysBefore(TODAY, k)),
    planned: fc.boolean(),
    completed: fc.boolean(),
    durationMin: fc.integer({ min: 10, max: 150 }),
    sessionRpe: fc.integer({ min: 0, max: 10 }),
  }),
  { maxLength: 40 },
) as fc.Arbitrary<SessionRecord[]>;

describe("properties", () => {
  test(
    "readiness score is always an integer within 0-100",
    () => {
      fc.assert(
        fc.property(history, (h) => {
          const r = readinessScore(h, { date: TODAY });
          expect(r.score).not.toBeNull();
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score!).toBeGreaterThanOrEqual(0);
          expect(r.score!).toBeLessThanOrEqual(100);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test("adding a red-flag answer never lowers the level, and always makes it red", () => {
    fc.assert(
      fc.property(history, sessions, fc.constantFrom(...RED_FLAG_ITEM_KEYS), (h, s, key) => {
        const before = dailyPass({ checkIns: h, sessions: s }, EXAMPLE_TIERS.hybrid, NOW);
        const last = h[h.length - 1]!;
        const flagged = [...h.slice(0, -1), { ...last, redFlags: { ...last.redFlags, [key]: true } }];
        const after = dailyPass({ checkIns: flagged, sessions: s }, EXAMPLE_TIERS.hybrid, NOW);
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
        expect(after.level).toBe("red");
        expect(after.proposals.every((p) => p.decision === "blocked")).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  test("deterministic: same input and now give the same output, regardless of row order", () => {
    fc.assert(
      fc.property(history, sessions, (h, s) => {
        const a = dailyPass({ checkIns: h, sessions: s }, EXAMPLE_TIERS.selfGuided, NOW);
        const b = dailyPass({ checkIns: h, sessions: s }, EXAMPLE_TIERS.selfGuided, NOW);
        expect(b).toEqual(a);
        const reversed = dailyPass(
          { checkIns: [...h].reverse(), sessions: [...s].reverse() },
          EXAMPLE_TIERS.selfGuided,
          NOW,
        );
        expect(reversed.level).toBe(a.level);
        expect(reversed.readiness.score).toBe(a.readiness.score);
        expect(reversed.signals.map((x) => x.id)).toEqual(a.signals.map((x) => x.id));
      }),
      { numRuns: 80 },
    );
  });

  test("the client's level is the highest signal level and a due time exists for every non-green signal", () => {
    fc.assert(
      fc.property(history, sessions, (h, s) => {
        const r = dailyPass({ checkIns: h, sessions: s }, EXAMPLE_TIERS.hybrid, NOW);
        const max = Math.max(0, ...r.signals.map((x) => levelRank(x.level)));
        expect(levelRank(r.level)).toBe(max);
        for (const x of r.signals) expect(x.dueAt === null).toBe(x.level === "green");
        if (r.level !== "green") expect(r.proposals.every((p) => p.decision !== "auto_apply")).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  test("a pain rating of 7/10 or more anywhere always makes the client red", () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...BODY_REGIONS), fc.integer({ min: 7, max: 10 }), (h, region, severity) => {
        const last = h[h.length - 1]!;
        const withPain = [
          ...h.slice(0, -1),
          { ...last, painReports: [...(last.painReports ?? []), { region, severity }] },
        ];
        expect(dailyPass({ checkIns: withPain, sessions: [] }, EXAMPLE_TIERS.hybrid, NOW).level).toBe("red");
      }),
      { numRuns: 60 },
    );
  });

  test(
    "a symptom phrase flags red, and the same phrase after a negation cue does not",
    () => {
      const phrases = [
        "chest pain",
        "dizziness",
        "numbness in my hand",
        "blurred vision",
        "palpitations",
        "sharp pain",
      ];
      const cues = ["no", "never had", "didn't have any", "without", "wasn't any", "not"];
      const lead = ["", "today ", "after squats, ", "honestly "];
      fc.assert(
        fc.property(
          fc.constantFrom(...phrases),
          fc.constantFrom(...cues),
          fc.constantFrom(...lead),
          (phrase, cue, pre) => {
            const opts = { date: TODAY, now: NOW, responseHours: { yellow: 24, red: 2 } };
            const mk = (note: string) => ({ ...baseCheckIn, note });
            expect(evaluate({ checkIns: [mk(`${pre}${phrase}`)] }, opts).level).toBe("red");
            expect(evaluate({ checkIns: [mk(`${pre}${cue} ${phrase}`)] }, opts).level).toBe("green");
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

const baseCheckIn: CheckIn = {
  date: TODAY,
  sleepHours: 7.5,
  sleepQuality: 2,
  fatigue: 2,
  soreness: 2,
  stress: 2,
  mood: 2,
};
