/**
 * POST /api/clients/:id/imports/apple-health(/preview) over HTTP on a real database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL). The real export (tdda/applehealthdata, 2016) counted by hand
 * with grep: 10 HKQuantityTypeIdentifierStepCount records, all on 2014-09-13, summing to 2517; 5
 * DistanceWalkingRunning records (not imported); 1 Workout (Other, 31.74 min, 139.3 kcal). A small
 * written export covers what the real one lacks (resting HR, HRV SDNN, sleep, weight in lb).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyMeasurements } from "../../src/db/schema-nutrition.ts";
import { wearableDailyMetrics, wearableWorkouts } from "../../src/db/schema-wearables.ts";
import type { AppleHealthSummary } from "../../src/imports/apple-health/store.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { readReal } from "./realdata.ts";

type ErrorBody = { error: { message: string; fields: { path: string }[] } };

let t: TestApp;
let a: Org;

beforeAll(async () => {
  t = await createTestApp();
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

const REAL = "apple-health/export6s3sample.xml";
const post = <T>(clientId: string, path: "" | "/preview", xml: string) =>
  a.coach.request<T>("POST", `/api/clients/${clientId}/imports/apple-health${path}`, xml, {
    "content-type": "application/xml",
  });

async function stored(clientId: string) {
  const metrics = await t.db.select().from(wearableDailyMetrics).where(eq(wearableDailyMetrics.clientId, clientId));
  const workouts = await t.db.select().from(wearableWorkouts).where(eq(wearableWorkouts.clientId, clientId));
  const weighIns = await t.db.select().from(bodyMeasurements).where(eq(bodyMeasurements.clientId, clientId));
  return { metrics, workouts, weighIns };
}

const SYNTHETIC = `<?xml version="1.0" encoding="UTF-8"?>
<HealthData locale="en_US">
 <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" startDate="2024-03-02 07:00:00 -0500" endDate="2024-03-02 07:00:00 -0500" value="52"/>
 <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" startDate="2024-03-02 19:00:00 -0500" endDate="2024-03-02 19:00:00 -0500" value="56"/>
 <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="2024-03-02 03:10:00 -0500" endDate="2024-03-02 03:11:00 -0500" value="48.5"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-01 23:00:00 -0500" endDate="2024-03-02 00:00:00 -0500" value="HKCategoryValueSleepAnalysisInBed"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-01 23:30:00 -0500" endDate="2024-03-02 03:30:00 -0500" value="HKCategoryValueSleepAnalysisAsleepCore"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-03-02 03:30:00 -0500" endDate="2024-03-02 04:00:00 -0500" value="HKCategoryValueSleepAnalysisAsleepREM"/>
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="lb" startDate="2024-03-02 07:05:00 -0500" endDate="2024-03-02 07:05:00 -0500" value="176.4"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeTraditionalStrengthTraining" duration="45" durationUnit="min" sourceName="Watch" startDate="2024-03-02 17:00:00 -0500" endDate="2024-03-02 17:45:00 -0500">
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2024-03-02 17:00:00 -0500" endDate="2024-03-02 17:45:00 -0500" sum="250" unit="kcal"/>
 </Workout>
</HealthData>
`;

describe("Apple Health export import", () => {
  it("the real export previews without storing, then commits once; a re-import adds nothing", async () => {
    const clientId = await createClient(a.coach, "Apple client");
    const preview = await post<AppleHealthSummary>(clientId, "/preview", readReal(REAL));
    expect(preview.status).toBe(200);
    expect(preview.body.records).toBe(16);
    expect(preview.body.metrics.find((m) => m.metric === "steps")).toEqual({
      metric: "steps",
      days: 1,
      added: 1,
      alreadyImported: 0,
    });
    expect(preview.body.workouts).toEqual({ inFile: 1, added: 1, alreadyImported: 0 });
    expect(preview.body.skipped).toEqual([
      { reason: "record type not imported: HKQuantityTypeIdentifierDistanceWalkingRunning", records: 5 },
    ]);
    expect(preview.body.dateRange).toEqual({ from: "2014-09-13", to: "2016-04-02" });
    expect(preview.body.note).toMatch(/SDNN/);
    expect((await stored(clientId)).metrics).toHaveLength(0);

    const commit = await post<AppleHealthSummary>(clientId, "", readReal(REAL));
    expect(commit.status).toBe(201);
    const rows = await stored(clientId);
    expect(rows.metrics.map((m) => [m.date, m.metric, m.value, m.source])).toEqual([
      ["2014-09-13", "steps", 2517, "apple-health"],
    ]);
    expect(rows.workouts).toHaveLength(1);
    expect(rows.workouts[0]).toMatchObject({ activityType: "HKWorkoutActivityTypeOther", durationMin: 31.74 });
    expect(rows.workouts[0]?.energyKcal).toBeCloseTo(139.3, 1);
    expect(rows.workouts[0]?.startedAt.toISOString()).toBe("2016-04-02T09:40:38.000Z");

    const again = await post<AppleHealthSummary>(clientId, "", readReal(REAL));
    expect(again.status).toBe(201);
    expect(again.body.metrics.find((m) => m.metric === "steps")).toMatchObject({ added: 0, alreadyImported: 1 });
    expect(again.body.workouts).toMatchObject({ added: 0, alreadyImported: 1 });
    const after = await stored(clientId);
    expect(after.metrics).toHaveLength(1);
    expect(after.workouts).toHaveLength(1);

    const exported = await a.coach.request<{ records: Record<string, unknown[]> }>(
      "GET",
      `/api/clients/${clientId}/export`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.records.wearableDailyMetrics).toHaveLength(1);
    expect(exported.body.records.wearableWorkouts).toHaveLength(1);
  });

  it("resting HR and HRV SDNN average per day, sleep counts asleep stages only, pounds become kg", async () => {
    const clientId = await createClient(a.coach, "Watch client");
    const res = await post<AppleHealthSummary>(clientId, "", SYNTHETIC);
    expect(res.status).toBe(201);
    const rows = await stored(clientId);
    const value = (metric: string) => rows.metrics.find((m) => m.metric === metric)?.value;
    expect(value("resting_hr_bpm")).toBe(54);
    expect(value("hrv_sdnn_ms")).toBe(48.5);
    // 23:30→03:30 core + 03:30→04:00 REM; the in-bed record is not sleep.
    expect(value("sleep_asleep_min")).toBe(270);
    expect(rows.metrics.every((m) => m.date === "2024-03-02")).toBe(true);
    expect(rows.weighIns).toHaveLength(1);
    expect(rows.weighIns[0]?.weightKg).toBeCloseTo(80.01, 2);
    expect(rows.workouts[0]).toMatchObject({ energyKcal: 250, durationMin: 45 });
    const again = await post<AppleHealthSummary>(clientId, "", SYNTHETIC);
    expect(again.body.bodyMass).toEqual({ days: 1, added: 0, alreadyPresent: 1 });
    expect((await stored(clientId)).weighIns).toHaveLength(1);
  });

  it("a truncated export is a 400 naming line and column, and stores nothing", async () => {
    const clientId = await createClient(a.coach, "Truncated client");
    const xml = readReal(REAL);
    const res = await post<ErrorBody>(clientId, "", xml.slice(0, xml.indexOf("<Workout ")));
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]?.path).toBe("body");
    expect(JSON.stringify(res.body)).toMatch(/malformed XML at line \d+, column \d+: unclosed tag: HealthData/);
    const rows = await stored(clientId);
    expect(rows.metrics.length + rows.workouts.length).toBe(0);
  });

  it("another XML document is a 400 wrong format", async () => {
    const clientId = await createClient(a.coach, "Wrong client");
    const res = await post<ErrorBody>(clientId, "", '<?xml version="1.0"?><gpx><trk/></gpx>');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/wrong format: not an Apple Health export/);
    const rows = await stored(clientId);
    expect(rows.metrics.length + rows.workouts.length).toBe(0);
  });
});
