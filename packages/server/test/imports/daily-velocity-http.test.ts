/**
 * Oura/WHOOP daily exports and VBT velocity files over HTTP (POST /api/clients/:id/imports/daily,
 * /velocity, each with /preview; text/csv body), on small synthetic files written here (no vendor
 * file exists in ../shared/realdata): preview then commit, a re-import adds nothing, a wrong file is
 * a 400 naming what is wrong and stores nothing, HRV/RHR reach readiness's input marked with the
 * source, velocities attach to logged sets by date, exercise and set order, unmatched rows listed.
 */
import type { DailyImportSummary, SessionVelocities, VelocityImportSummary } from "@spotter/contracts";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainingSessions } from "../../src/db/schema-programming.ts";
import { setVelocities } from "../../src/db/schema-velocity.ts";
import { wearableDailyMetrics } from "../../src/db/schema-wearables.ts";
import { loadClientData } from "../../src/monitoring/load-data.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { upload } from "./upload.ts";

let t: TestApp;
let a: Org;
let b: Org;
const base = () => `/api/clients/${a.ids.clientId}/imports`;
type Err = { error: { fields: { path: string; message: string }[] } };

// Column names as WHOOP's physiological_cycles.csv writes them (a subset; others are ignored).
const WHOOP = [
  "Cycle start time,Cycle end time,Cycle timezone,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Sleep onset,Wake onset,Asleep duration (min)",
  "2026-11-01 23:10:00,2026-11-02 22:50:00,UTC+01:00,71,52,64.5,2026-11-01 23:10:00,2026-11-02 07:01:00,431",
  "2026-11-02 22:50:00,2026-11-03 23:30:00,UTC+01:00,38,57,41,2026-11-02 22:50:00,2026-11-03 06:40:00,402",
  "2026-11-03 23:30:00,,UTC+01:00,,,,,,",
  "2026-11-04 23:00:00,2026-11-05 23:00:00,UTC+01:00,55,400,55,2026-11-04 23:00:00,2026-11-05 07:00:00,",
].join("\n");

// Oura on the Web's trends export (a subset of its columns; durations in seconds).
const OURA = [
  "date,Sleep Score,Total Sleep Duration,Average Resting Heart Rate,Lowest Resting Heart Rate,Average HRV,Readiness Score",
  "2026-11-02,80,27000,55.2,49,62,84",
  "2026-11-03,71,22500,58.0,53,,66",
].join("\n");

async function stored(source: string) {
  return t.db
    .select({ date: wearableDailyMetrics.date, metric: wearableDailyMetrics.metric, value: wearableDailyMetrics.value })
    .from(wearableDailyMetrics)
    .where(eq(wearableDailyMetrics.source, source))
    .orderBy(asc(wearableDailyMetrics.date), asc(wearableDailyMetrics.metric));
}

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("Oura and WHOOP daily exports", () => {
  it("a wrong file is a 400 naming what is wrong, and stores nothing", async () => {
    const hevy = "title,start_time,exercise_title,set_index,weight_kg,reps\nA,2026-11-02,Squat,0,100,5";
    const res = await upload<Err>(a.coach, `${base()}/daily`, hevy);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({
      path: "body",
      message: expect.stringMatching(
        /not an Oura or WHOOP daily export: the header needs Oura trends export \(date, average hrv\)/,
      ),
    });
    const asOura = await upload<Err>(a.coach, `${base()}/daily`, WHOOP, { format: "oura" });
    expect(asOura.body.error.fields[0]?.message).toMatch(/this is a WHOOP physiological_cycles.csv, not a oura export/);
    const badNumber = await upload<Err>(a.coach, `${base()}/daily`, OURA.replace("27000", "7h30"));
    expect(badNumber.body.error.fields[0]?.message).toBe('line 2: Total Sleep Duration "7h30" is not a number');
    expect(await stored("oura")).toEqual([]);
    expect(await stored("whoop")).toEqual([]);
  });

  it("WHOOP: preview shows added and skipped with reasons; commit stores once; readiness reads it", async () => {
    const preview = await upload<DailyImportSummary>(a.coach, `${base()}/daily/preview`, WHOOP);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      format: "whoop",
      layout: "WHOOP physiological_cycles.csv",
      rows: 4,
      dateRange: { from: "2026-11-02", to: "2026-11-05" },
      metrics: [
        { metric: "hrv_ln_rmssd", days: 3, added: 3, alreadyImported: 0 },
        { metric: "hrv_rmssd_ms", days: 3, added: 3, alreadyImported: 0 },
        { metric: "resting_hr_bpm", days: 2, added: 2, alreadyImported: 0 },
        { metric: "sleep_asleep_min", days: 2, added: 2, alreadyImported: 0 },
        { metric: "whoop_recovery_pct", days: 3, added: 3, alreadyImported: 0 },
      ],
      skipped: [
        { reason: "Asleep duration (min): empty", records: 1 },
        { reason: "no wake onset (a cycle without a sleep)", records: 1 },
        { reason: "Resting heart rate (bpm): outside 25-130", records: 1 },
      ],
    });
    expect(preview.body.note).toMatch(/last slow-wave sleep, not a morning reading/);
    expect(await stored("whoop")).toEqual([]);

    const first = await upload<DailyImportSummary>(a.coach, `${base()}/daily`, WHOOP);
    expect(first.status).toBe(201);
    const again = await upload<DailyImportSummary>(a.coach, `${base()}/daily`, WHOOP);
    expect(again.body.metrics.every((m) => m.added === 0 && m.alreadyImported === m.days)).toBe(true);
    const rows = await stored("whoop");
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r.date === "2026-11-02")).toEqual([
      { date: "2026-11-02", metric: "hrv_ln_rmssd", value: expect.closeTo(Math.log(64.5), 4) },
      { date: "2026-11-02", metric: "hrv_rmssd_ms", value: 64.5 },
      { date: "2026-11-02", metric: "resting_hr_bpm", value: 52 },
      { date: "2026-11-02", metric: "sleep_asleep_min", value: 431 },
      { date: "2026-11-02", metric: "whoop_recovery_pct", value: 71 },
    ]);
    // Readiness's input: ln rMSSD and resting HR marked whoop, as FIT values are marked garmin_fit.
    const loaded = (await loadClientData(t.database, [a.ids.clientId], "2026-11-06")).get(a.ids.clientId);
    expect(loaded?.input.wearables).toEqual([
      { date: "2026-11-02", hrvLnRmssd: expect.closeTo(Math.log(64.5), 4), source: "whoop" },
      { date: "2026-11-02", restingHr: 52, source: "whoop" },
      { date: "2026-11-03", hrvLnRmssd: expect.closeTo(Math.log(41), 4), source: "whoop" },
      { date: "2026-11-03", restingHr: 57, source: "whoop" },
      { date: "2026-11-05", hrvLnRmssd: expect.closeTo(Math.log(55), 4), source: "whoop" },
    ]);
  });

  it("Oura trends: seconds to minutes, lowest resting HR, readiness as reported; another org gets a 404", async () => {
    const res = await upload<DailyImportSummary>(a.coach, `${base()}/daily`, OURA);
    expect(res.status).toBe(201);
    expect(res.body.skipped).toEqual([{ reason: "Average HRV: empty", records: 1 }]);
    expect(await stored("oura")).toEqual([
      { date: "2026-11-02", metric: "hrv_ln_rmssd", value: expect.closeTo(Math.log(62), 4) },
      { date: "2026-11-02", metric: "hrv_rmssd_ms", value: 62 },
      { date: "2026-11-02", metric: "oura_readiness_score", value: 84 },
      { date: "2026-11-02", metric: "resting_hr_bpm", value: 49 },
      { date: "2026-11-02", metric: "sleep_asleep_min", value: 450 },
      { date: "2026-11-03", metric: "oura_readiness_score", value: 66 },
      { date: "2026-11-03", metric: "resting_hr_bpm", value: 53 },
      { date: "2026-11-03", metric: "sleep_asleep_min", value: 375 },
    ]);
    const foreign = await upload(b.coach, `${base()}/daily/preview`, OURA);
    expect(foreign.status).toBe(404);
  });
});

describe("VBT velocity files", () => {
  // Two logged sets of back squat and one of bench press on 2026-11-02, through the Strong importer.
  const STRONG = [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE",
    "2026-11-02 10:00:00,A,1h,Squat (Barbell),1,100,3,0,0,",
    "2026-11-02 10:00:00,A,1h,Squat (Barbell),2,110,2,0,0,",
    "2026-11-02 10:00:00,A,1h,Bench Press (Barbell),1,80,5,0,0,",
  ].join("\n");
  const VBT = [
    "date,exercise,set,rep,load_kg,mean_velocity_m_s",
    "2026-11-02,Back Squat,1,1,100,0.71",
    "2026-11-02,Back Squat,1,2,100,0.68",
    "2026-11-02,Back Squat,1,3,100,0.62",
    "2026-11-02,Back Squat,2,1,110,0.55",
    "2026-11-02,Back Squat,2,2,110,0.49",
    "2026-11-02,Back Squat,3,1,120,0.40",
    "2026-11-03,Back Squat,1,1,100,0.70",
    "2026-11-02,Deadlift,1,1,140,0.50",
    "2026-11-02,Zercher Wobble,1,1,60,0.80",
    "2026-11-02,Back Squat,2,3,110,7.5",
  ].join("\n");

  it("a file without the velocity columns is a 400 naming them, and stores nothing", async () => {
    const res = await upload<Err>(a.coach, `${base()}/velocity`, "date,exercise,set,rep\n2026-11-02,Back Squat,1,1");
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]?.message).toMatch(/not a velocity export: the header has no velocity column/);
    expect(await t.db.select().from(setVelocities)).toEqual([]);
  });

  it("matches reps to logged sets by date, exercise and set order; lists the rest; re-import adds nothing", async () => {
    expect((await upload(a.coach, base(), STRONG)).status).toBe(201);
    const preview = await upload<VelocityImportSummary>(a.coach, `${base()}/velocity/preview`, VBT);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      rows: 10,
      reps: { added: 5, alreadyImported: 0, unmatched: 5 },
      sets: { matched: 2, unmatched: 2 },
      unmatched: [
        { reason: "exercise name not in the catalog (map it once for the organization)", rows: 1, firstLines: [10] },
        { reason: "exercise not in that day's log", rows: 1, firstLines: [9] },
        { reason: "mean velocity outside 0.05-3 m/s", rows: 1, firstLines: [11] },
        { reason: "more sets than logged that day (the log has 2)", rows: 1, firstLines: [7] },
        { reason: "no logged session that day", rows: 1, firstLines: [8] },
      ],
    });
    expect(await t.db.select().from(setVelocities)).toEqual([]);
    const first = await upload<VelocityImportSummary>(a.coach, `${base()}/velocity`, VBT);
    expect(first.status).toBe(201);
    const again = await upload<VelocityImportSummary>(a.coach, `${base()}/velocity`, VBT);
    expect(again.body.reps).toEqual({ added: 0, alreadyImported: 5, unmatched: 5 });

    const [session] = await t.db
      .select({ id: trainingSessions.id, plan: trainingSessions.plan })
      .from(trainingSessions)
      .where(eq(trainingSessions.clientId, a.ids.clientId));
    if (!session) throw new Error("no imported session");
    const squat = [...session.plan.warmup, ...session.plan.main].find((i) => i.exerciseId === "back-squat");
    const view = await a.coach.get<SessionVelocities>(
      `/api/clients/${a.ids.clientId}/sessions/${session.id}/velocities`,
    );
    expect(view.status).toBe(200);
    expect(view.body.sets).toEqual([
      { itemId: squat?.id, position: 0, reps: [0.71, 0.68, 0.62], meanVelocity: 0.67, source: "velocity-csv" },
      { itemId: squat?.id, position: 1, reps: [0.55, 0.49], meanVelocity: 0.52, source: "velocity-csv" },
    ]);
    const foreign = await b.coach.get(`/api/clients/${a.ids.clientId}/sessions/${session.id}/velocities`);
    expect(foreign.status).toBe(404);
  });
});
