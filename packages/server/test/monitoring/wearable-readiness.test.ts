/**
 * Readiness reads wearables (issue 15): a client who types check-ins without HRV or resting HR and
 * imports a watch's FIT file gets readiness that uses the watch's resting HR, with the source named
 * in the driver; Apple's SDNN is never read as ln rMSSD.
 */
import { addDays } from "@spotter/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIns } from "../../src/db/schema-monitoring.ts";
import { wearableDailyMetrics } from "../../src/db/schema-wearables.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { restingHrFit } from "../imports/fit-fixtures.ts";
import { upload } from "../imports/upload.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

const TODAY = "2030-03-02";
let t: TestApp;
let a: Org;

type View = {
  readiness: { drivers: { item: string; value: number; source?: string; message: string }[] };
  hrv: { readings: number };
};

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T12:00:00Z`) });
  ({ a } = await createWorld(t));
  const ids = { organizationId: a.ids.organizationId, clientId: a.ids.clientId };
  // 40 typed check-ins with neither HRV nor resting HR (a steady client), and today's.
  const rows = [];
  for (let k = 40; k >= 0; k--)
    rows.push({
      ...ids,
      date: addDays(TODAY, -k),
      sleepHours: 7.5,
      sleepQuality: 2,
      fatigue: 2 + (k % 2),
      soreness: 2,
      stress: 2,
      mood: 2,
    });
  await t.db.insert(checkIns).values(rows);
  // Apple Health SDNN for the same days: another metric, never ln rMSSD.
  await t.db
    .insert(wearableDailyMetrics)
    .values(
      rows.map((r) => ({ ...ids, date: r.date, metric: "hrv_sdnn_ms" as const, value: 20, source: "apple-health" })),
    );
});
afterAll(() => t.close());

describe("readiness with wearable resting HR", () => {
  it("uses the watch's resting HR where the check-in has none and names the source", async () => {
    // 30 days at 50 ± 1 bpm, then 58 bpm today (UTC-7 watch; 14:00 UTC is 07:00 local).
    const days: [string, number][] = [];
    for (let k = 30; k >= 1; k--) days.push([`${addDays(TODAY, -k)}T14:00:00Z`, 50 + (k % 2 ? 1 : -1)]);
    days.push([`${TODAY}T14:00:00Z`, 58]);
    const res = await upload<{ wearable?: { metrics: { metric: string; added: number }[] } }>(
      a.coach,
      `/api/clients/${a.ids.clientId}/imports`,
      restingHrFit(days, -7),
    );
    expect(res.status).toBe(201);
    expect(res.body.wearable?.metrics).toEqual([{ metric: "resting_hr_bpm", days: 31, added: 31, alreadyImported: 0 }]);

    const view = await a.coach.get<View>(`/api/clients/${a.ids.clientId}/monitoring`);
    expect(view.status).toBe(200);
    const rhr = view.body.readiness.drivers.find((d) => d.item === "restingHr");
    expect(rhr).toMatchObject({ value: 58, source: "garmin_fit" });
    expect(rhr?.message).toMatch(/^Resting HR 58 bpm \(from garmin_fit\) is 8 bpm above your usual/);
    // Apple's SDNN (20 ms every day) never entered the ln rMSSD series.
    expect(view.body.hrv.readings).toBe(0);
    expect(view.body.readiness.drivers.some((d) => d.item === "hrv")).toBe(false);
  });
});
