/**
 * FIT wearables through the import preview/commit flow (POST /api/clients/:id/imports(/preview),
 * octet-stream body): the real monitoring and scale files and a morning RR recording land in
 * wearable_daily_metrics (source garmin_fit) and body measurements; a re-import adds nothing;
 * broken files fail naming what is wrong and store nothing; another organization gets a 404.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ImportSummary } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyMeasurements } from "../../src/db/schema-nutrition.ts";
import { wearableDailyMetrics } from "../../src/db/schema-wearables.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { rrRecordingFit } from "./fit-fixtures.ts";
import { REALDATA } from "./realdata.ts";
import { upload } from "./upload.ts";

let t: TestApp;
let a: Org;
let b: Org;
const file = (name: string) => readFileSync(resolve(REALDATA, "fit", name));
const path = () => `/api/clients/${a.ids.clientId}/imports`;

async function stored() {
  const metrics = await t.db
    .select({
      date: wearableDailyMetrics.date,
      metric: wearableDailyMetrics.metric,
      value: wearableDailyMetrics.value,
      source: wearableDailyMetrics.source,
    })
    .from(wearableDailyMetrics)
    .where(eq(wearableDailyMetrics.clientId, a.ids.clientId))
    .orderBy(wearableDailyMetrics.date, wearableDailyMetrics.metric);
  const weighIns = await t.db
    .select({ date: bodyMeasurements.date, kg: bodyMeasurements.weightKg, fat: bodyMeasurements.bodyFatPct })
    .from(bodyMeasurements)
    .where(and(eq(bodyMeasurements.clientId, a.ids.clientId)));
  return { metrics, weighIns };
}

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("FIT wearable imports over HTTP", () => {
  it("broken FIT files fail naming what is wrong and store nothing", async () => {
    for (const [name, message] of [
      ["fitparse__activity-unexpected-eof.fit", /integrity check .*truncated or corrupted/],
      ["fitparse__activity-settings-corruptheader.fit", /does not decode/],
    ] as const) {
      const res = await upload<{ error: { fields: { path: string; message: string }[] } }>(a.coach, path(), file(name));
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0]).toMatchObject({ path: "body", message: expect.stringMatching(message) });
    }
    expect(await stored()).toEqual({ metrics: [], weighIns: [] });
  });

  it("monitoring: preview shows the steps day, commit stores it once", async () => {
    const preview = await upload<ImportSummary>(a.coach, `${path()}/preview`, file("fitparse__MonitoringFile.fit"));
    expect(preview.status).toBe(200);
    expect(preview.body.sessions).toEqual({ inFile: 0, added: 0, alreadyImported: 0, empty: 0 });
    expect(preview.body.wearable).toMatchObject({
      source: "garmin_fit",
      metrics: [{ metric: "steps", days: 1, added: 1, alreadyImported: 0 }],
      dateRange: { from: "2014-12-27", to: "2014-12-27" },
    });
    expect((await stored()).metrics).toEqual([]);
    const first = await upload<ImportSummary>(a.coach, path(), file("fitparse__MonitoringFile.fit"));
    expect(first.status).toBe(201);
    expect(first.body.wearable?.metrics).toEqual([{ metric: "steps", days: 1, added: 1, alreadyImported: 0 }]);
    const again = await upload<ImportSummary>(a.coach, path(), file("fitparse__MonitoringFile.fit"));
    expect(again.body.wearable?.metrics).toEqual([{ metric: "steps", days: 1, added: 0, alreadyImported: 1 }]);
    expect((await stored()).metrics).toEqual([
      { date: "2014-12-27", metric: "steps", value: 3173, source: "garmin_fit" },
    ]);
  });

  it("weight scale: a shared scale asks which user (query.fitUser); the chosen weigh-in is stored once", async () => {
    const scale = file("fitparse__WeightScaleMultiUser.fit");
    const refused = await upload<{ error: { fields: { path: string; message: string }[] } }>(a.coach, path(), scale);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({
      path: "query.fitUser",
      message: expect.stringMatching(/2 people/),
    });
    const res = await upload<ImportSummary>(a.coach, path(), scale, { fitUser: "1" });
    expect(res.status).toBe(201);
    expect(res.body.wearable?.weighIns).toEqual({ days: 1, added: 1, alreadyPresent: 0 });
    expect(res.body.wearable?.skipped).toEqual([{ reason: "weigh-ins of another scale user", records: 1 }]);
    const again = await upload<ImportSummary>(a.coach, path(), scale, { fitUser: "1" });
    expect(again.body.wearable?.weighIns).toEqual({ days: 1, added: 0, alreadyPresent: 1 });
    expect((await stored()).weighIns).toEqual([{ date: "2009-09-09", kg: 58.2, fat: 25.1 }]);
  });

  it("HRV: a morning RR recording is stored as ln rMSSD, apart from Apple's SDNN", async () => {
    const rr: number[] = [];
    for (let i = 0; i < 100; i++) rr.push(i % 2 ? 1040 : 1000);
    const fit = rrRecordingFit(rr, "2030-01-08T13:30:00Z", -7);
    const res = await upload<ImportSummary>(a.coach, path(), fit);
    expect(res.status).toBe(201);
    expect(res.body.wearable?.metrics).toEqual([{ metric: "hrv_ln_rmssd", days: 1, added: 1, alreadyImported: 0 }]);
    expect(res.body.wearable?.note).toMatch(/SDNN is stored apart/);
    const hrv = (await stored()).metrics.filter((m) => m.metric.startsWith("hrv"));
    expect(hrv).toEqual([
      { date: "2030-01-08", metric: "hrv_ln_rmssd", value: expect.closeTo(3.689, 3), source: "garmin_fit" },
    ]);
  });

  it("another organization's coach gets a 404 and stores nothing", async () => {
    const before = await stored();
    const res = await upload(b.coach, path(), file("fitparse__MonitoringFile.fit"));
    expect(res.status).toBe(404);
    expect(await stored()).toEqual(before);
  });
});
