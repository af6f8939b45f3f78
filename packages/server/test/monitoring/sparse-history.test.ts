/**
 * The monitoring view answers for every history, including none: a client without a check-in today
 * used to get a 500 (a NaN fatigue value in the missed-sessions signal failed the response schema).
 */
import type { CheckIn } from "@spotter/engine";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MonitoringSessionInput } from "../../src/monitoring/sessions.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { checkInBody, daysAgo, regularSessions, seedHistory, steadyCheckIns } from "./helpers.ts";

type Signal = { kind: string; level: string; evidence: { inputs: Record<string, unknown> } };
type View = { level: string; readiness: { score: number | null; band: string }; signals: Signal[] };

let t: TestApp;
let a: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

async function view(id: string) {
  const res = await a.coach.get<View>(`/api/clients/${id}/monitoring`);
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.body;
}

describe("GET /api/clients/:id/monitoring with little or no data", () => {
  it("a client with no check-ins and no sessions: 200, no data, green", async () => {
    const id = await createClient(a.coach, "Empty Client");
    const body = await view(id);
    expect(body.readiness).toMatchObject({ score: null, band: "no_data" });
    expect(body.signals).toEqual([]);
  });

  it("a client with one check-in today: 200 with a score", async () => {
    const id = await createClient(a.coach, "One Check-in");
    expect((await a.coach.post(`/api/clients/${id}/checkins`, checkInBody())).status).toBe(200);
    expect((await view(id)).readiness.score).not.toBeNull();
  });

  it("a client with one old check-in only: 200", async () => {
    const id = await createClient(a.coach, "One Old Check-in");
    await seedHistory(t, a.ids.organizationId, id, { checkIns: steadyCheckIns(30).slice(0, 1) });
    expect((await view(id)).readiness.band).toBe("no_data");
  });

  it("missed sessions without a check-in today (the old 500): 200, fatigue null in the evidence", async () => {
    const id = await createClient(a.coach, "Missed Sessions");
    await seedHistory(t, a.ids.organizationId, id, {
      checkIns: steadyCheckIns(30).filter((c) => c.date < daysAgo(10)),
      sessions: regularSessions(40, { missedLast: 4 }),
    });
    const body = await view(id);
    const missed = body.signals.find((s) => s.kind === "missed_sessions")!;
    expect(missed).toBeDefined();
    expect(missed.evidence.inputs.fatigue).toBeNull();
  });

  it("sparse history (a check-in every few days, a load spike, no check-in today): 200, every number finite", async () => {
    const id = await createClient(a.coach, "Sparse Client");
    const sparse = steadyCheckIns(80, { hrv: true }).filter((_, k) => k % 4 === 0);
    const sessions = regularSessions(60).map((s, k, all) =>
      k >= all.length - 3 && s.completed ? { ...s, sessionRpe: 10, durationMin: 180 } : s,
    );
    await seedHistory(t, a.ids.organizationId, id, { checkIns: sparse, sessions });
    const body = await view(id);
    const numbers: unknown[] = [];
    JSON.stringify(body, (_k, v) => {
      if (typeof v === "number") numbers.push(v);
      return v;
    });
    expect(numbers.every((n) => Number.isFinite(n))).toBe(true);
    for (const s of body.signals) for (const v of Object.values(s.evidence.inputs)) expect(v).not.toBeNaN();
  });
});

describe("GET /api/clients/:id/monitoring for generated histories", () => {
  const item = fc.integer({ min: 1, max: 7 });
  const checkIns = fc.uniqueArray(fc.integer({ min: 0, max: 95 }), { maxLength: 40 }).chain((agos) =>
    fc.tuple(
      ...agos.map((k) =>
        fc.record(
          {
            date: fc.constant(daysAgo(k)),
            sleepHours: fc.integer({ min: 0, max: 12 }),
            sleepQuality: item,
            fatigue: item,
            soreness: item,
            stress: item,
            mood: item,
            hrvLnRmssd: fc.double({ min: 2, max: 5.5, noNaN: true }),
            restingHr: fc.integer({ min: 35, max: 100 }),
          },
          { requiredKeys: ["date", "sleepHours", "sleepQuality", "fatigue", "soreness", "stress", "mood"] },
        ),
      ),
    ),
  ) as fc.Arbitrary<CheckIn[]>;
  const sessions = fc.uniqueArray(fc.integer({ min: 0, max: 95 }), { maxLength: 40 }).chain((agos) =>
    fc.tuple(
      ...agos.map((k) =>
        fc.record(
          {
            ref: fc.constant(`g-${k}`),
            date: fc.constant(daysAgo(k)),
            planned: fc.boolean(),
            completed: fc.boolean(),
            durationMin: fc.integer({ min: 1, max: 200 }),
            sessionRpe: fc.integer({ min: 0, max: 10 }),
          },
          { requiredKeys: ["ref", "date", "planned", "completed"] },
        ),
      ),
    ),
  ) as fc.Arbitrary<MonitoringSessionInput[]>;

  it("answers 200 with finite numbers for every generated history, empty ones included", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(checkIns, sessions, async (c, s) => {
        const id = await createClient(a.coach, `Generated ${++n}`);
        await seedHistory(t, a.ids.organizationId, id, { checkIns: c, sessions: s });
        const body = await view(id);
        JSON.stringify(body, (_k, v) => {
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
          return v;
        });
      }),
      { numRuns: 15, examples: [[[], []]] },
    );
  });
});
