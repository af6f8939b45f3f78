import type { SessionLog } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monitoringSessionFromLog, recordLoggedSession } from "../../src/monitoring/from-session-log.ts";
import { recordSessionForMonitoring } from "../../src/monitoring/sessions.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { checkInBody, daysAgo, regularSessions, seedHistory, steadyCheckIns } from "./helpers.ts";

type Signal = { kind: string; level: string; evidence: { inputs: Record<string, unknown>; dates: string[] } };
type Proposal = { kind: string; status: string; exerciseId: string | null; diff: { after: Record<string, unknown> } };

const log = (date: string, over: Partial<SessionLog> = {}): SessionLog => ({
  date,
  unit: "kg",
  exercises: [{ exerciseId: "back-squat", sets: [{ load: 100, reps: 5, rpe: 8, completed: true }] }],
  sessionRpe: 7,
  benchmarks: [],
  ...over,
});

describe("session logs feed monitoring (recordLoggedSession → incremental update)", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Log Org");
  });
  afterAll(() => t.close());

  it("keeps sRPE, exercises with pain and the best e1RM at a known effort", () => {
    const s = monitoringSessionFromLog(
      "ref-1",
      log("2026-03-01", {
        unit: "lb",
        exercises: [
          {
            exerciseId: "back-squat",
            sets: [
              { load: 225, reps: 5, rpe: 8, completed: true },
              { load: 265, reps: 3, rir: 1, completed: true },
              { load: 135, reps: 20, completed: true },
            ],
            pain: { region: "knee", severity: 3 },
          },
        ],
      }),
      { durationMin: 50 },
    );
    expect(s).toMatchObject({ ref: "ref-1", completed: true, sessionRpe: 7, durationMin: 50 });
    expect(s.exercises).toEqual([{ exerciseId: "back-squat", pain: [{ region: "knee", severity: 3 }] }]);
    expect(s.e1rms).toHaveLength(1);
    expect(s.e1rms?.[0]?.rpe).toBe(9); // 265 lb × 3 @ RIR 1 beats 225 × 5 @ 8
    expect(s.e1rms?.[0]?.e1rmKg).toBeGreaterThan(120);
  });

  it("pain after a newly introduced exercise → yellow with the dates, and a substitution waits for the coach", async () => {
    const id = await createClient(org.coach, "New Exercise Pain");
    await seedHistory(t, org.ids.organizationId, id, { checkIns: steadyCheckIns(60), sessions: regularSessions(60) });
    const newEx = "bulgarian-split-squat";
    for (const [ago, pain] of [
      [9, 0],
      [5, 4],
      [2, 5],
    ] as const) {
      await recordLoggedSession(
        t.database,
        org.ids.organizationId,
        id,
        `new-${ago}`,
        log(daysAgo(ago), {
          exercises: [
            {
              exerciseId: newEx,
              sets: [{ load: 20, reps: 8, rpe: 7, completed: true }],
              ...(pain ? { pain: { region: "knee", severity: pain } } : {}),
            },
          ],
          sessionRpe: 6,
        }),
        { durationMin: 45 },
      );
    }
    const res = await org.coach.post<{ level: string; signals: Signal[] }>(
      `/api/clients/${id}/checkins`,
      checkInBody(),
    );
    expect(res.body.level).toBe("yellow");
    const s = res.body.signals.find((x) => x.kind === "pain_after_new_exercise");
    expect(s?.evidence.inputs).toMatchObject({ exerciseId: newEx, region: "knee", maxSeverity: 5 });
    expect(s?.evidence.dates).toEqual([daysAgo(5), daysAgo(2)]);
    const proposals = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`)).body.items;
    expect(proposals.find((p) => p.kind === "substitution")).toMatchObject({
      status: "pending_review",
      exerciseId: newEx,
    });
  });

  it("a strong lifter whose e1RM drops while they report feeling fine → yellow and a held load on that lift", async () => {
    const id = await createClient(org.coach, "Strong Lifter");
    await seedHistory(t, org.ids.organizationId, id, { checkIns: steadyCheckIns(60), sessions: regularSessions(60) });
    const e1rms: [number, number][] = [
      [20, 200],
      [16, 202],
      [13, 201],
      [9, 203],
      [5, 188],
      [2, 186],
    ];
    await recordSessionForMonitoring(
      t.database,
      org.ids.organizationId,
      id,
      e1rms.map(([ago, kg]) => ({
        ref: `e1rm-${ago}`,
        date: daysAgo(ago),
        planned: false,
        completed: true,
        durationMin: 60,
        sessionRpe: 7,
        exercises: [{ exerciseId: "back-squat" }],
        e1rms: [{ exerciseId: "back-squat", e1rmKg: kg, rpe: 8 }],
      })),
    );
    const res = await org.coach.post<{ level: string; readiness: { band: string }; signals: Signal[] }>(
      `/api/clients/${id}/checkins`,
      checkInBody(),
    );
    expect(["high", "normal"]).toContain(res.body.readiness.band);
    expect(res.body.level).toBe("yellow");
    const drop = res.body.signals.find((x) => x.kind === "performance_drop");
    expect(drop?.evidence.inputs).toMatchObject({
      exerciseId: "back-squat",
      recentE1rmKg: 187,
      referenceE1rmKg: 201.5,
    });
    const hold = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`)).body.items.find(
      (p) => p.kind === "load_hold",
    );
    expect(hold).toMatchObject({ status: "pending_review", exerciseId: "back-squat" });
  });

  it("severe pain in a log raises a red at once and stops automation", async () => {
    const id = await createClient(org.coach, "Log Red");
    const e = await recordLoggedSession(
      t.database,
      org.ids.organizationId,
      id,
      "red-1",
      log(daysAgo(0), {
        exercises: [
          {
            exerciseId: "deadlift",
            sets: [{ load: 140, reps: 3, rpe: 9, completed: true }],
            pain: { region: "lower_back", severity: 8 },
          },
        ],
      }),
    );
    expect(e.level).toBe("red");
    expect(e.automationPaused).toBe(true);
    expect(e.result.signals.find((s) => s.kind === "severe_pain")?.evidence.inputs).toBeDefined();
  });
});
