import { and, eq, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../../audit/record.ts";
import type { Db } from "../../db/open.ts";
import { bodyMeasurements } from "../../db/schema-nutrition.ts";
import { wearableDailyMetrics, wearableWorkouts } from "../../db/schema-wearables.ts";
import { type AppleHealthDays, SOURCE } from "./records.ts";

const CHUNK = 1000;

export type AppleHealthSummary = {
  format: "apple-health";
  records: number;
  metrics: { metric: string; days: number; added: number; alreadyImported: number }[];
  bodyMass: { days: number; added: number; alreadyPresent: number };
  workouts: { inFile: number; added: number; alreadyImported: number };
  dateRange: { from: string; to: string } | null;
  skipped: { reason: string; records: number }[];
  note: string;
};

const NOTE =
  "Apple Health reports HRV as SDNN (ms), not rMSSD: it is stored as hrv_sdnn_ms with its own baseline and never mixed with ln rMSSD readiness values.";

type Ids = { organizationId: string; clientId: string };

/** What the file holds against what the client already has: preview counts, and the rows to add. */
async function plan(db: DbExecutor, ids: Ids, days: AppleHealthDays) {
  const daily = days.daily();
  const existing = await db
    .select({ date: wearableDailyMetrics.date, metric: wearableDailyMetrics.metric })
    .from(wearableDailyMetrics)
    .where(and(eq(wearableDailyMetrics.clientId, ids.clientId), eq(wearableDailyMetrics.source, SOURCE)));
  const have = new Set(existing.map((r) => `${r.metric}|${r.date}`));
  const newDaily = daily.filter((d) => !have.has(`${d.metric}|${d.day}`));
  const weighIns = await db
    .select({ date: bodyMeasurements.date })
    .from(bodyMeasurements)
    .where(and(eq(bodyMeasurements.clientId, ids.clientId), isNotNull(bodyMeasurements.weightKg)));
  const weighed = new Set(weighIns.map((r) => r.date));
  // A day that already has a weigh-in (typed or imported) keeps it: re-import adds nothing.
  const newMass = [...days.bodyMassKg].filter(([day]) => !weighed.has(day));
  const haveWorkouts = await db
    .select({ startedAt: wearableWorkouts.startedAt, type: wearableWorkouts.activityType })
    .from(wearableWorkouts)
    .where(and(eq(wearableWorkouts.clientId, ids.clientId), eq(wearableWorkouts.source, SOURCE)));
  const seen = new Set(haveWorkouts.map((w) => `${w.startedAt.toISOString()}|${w.type}`));
  const newWorkouts = days.workouts.filter((w) => !seen.has(`${w.startedAt}|${w.activityType}`));

  const allDays = [
    ...daily.map((d) => d.day),
    ...days.bodyMassKg.keys(),
    ...days.workouts.map((w) => w.startedAt.slice(0, 10)),
  ].sort();
  const metrics = (["resting_hr_bpm", "hrv_sdnn_ms", "sleep_asleep_min", "steps"] as const).map((metric) => {
    const inFile = daily.filter((d) => d.metric === metric).length;
    const added = newDaily.filter((d) => d.metric === metric).length;
    return { metric, days: inFile, added, alreadyImported: inFile - added };
  });
  const summary: AppleHealthSummary = {
    format: "apple-health",
    records: days.records,
    metrics,
    bodyMass: {
      days: days.bodyMassKg.size,
      added: newMass.length,
      alreadyPresent: days.bodyMassKg.size - newMass.length,
    },
    workouts: {
      inFile: days.workouts.length,
      added: newWorkouts.length,
      alreadyImported: days.workouts.length - newWorkouts.length,
    },
    dateRange: allDays.length ? { from: allDays[0] as string, to: allDays[allDays.length - 1] as string } : null,
    skipped: [...days.skipped]
      .map(([reason, records]) => ({ reason, records }))
      .sort((a, b) => a.reason.localeCompare(b.reason)),
    note: NOTE,
  };
  return { summary, newDaily, newMass, newWorkouts };
}

export async function previewAppleHealth(db: DbExecutor, ids: Ids, days: AppleHealthDays): Promise<AppleHealthSummary> {
  return (await plan(db, ids, days)).summary;
}

/**
 * Stores what the preview showed, in one transaction; conflicts on the unique keys are skipped,
 * so a concurrent or repeated import adds nothing twice. `audit` runs inside the transaction.
 */
export async function commitAppleHealth(
  db: Db,
  ids: Ids,
  days: AppleHealthDays,
  audit: (tx: DbExecutor, summary: AppleHealthSummary) => Promise<void>,
): Promise<AppleHealthSummary> {
  return db.transaction(async (tx) => {
    const { summary, newDaily, newMass, newWorkouts } = await plan(tx, ids, days);
    for (let i = 0; i < newDaily.length; i += CHUNK)
      await tx
        .insert(wearableDailyMetrics)
        .values(
          newDaily
            .slice(i, i + CHUNK)
            .map((d) => ({ ...ids, date: d.day, metric: d.metric, value: d.value, source: SOURCE })),
        )
        .onConflictDoNothing();
    for (let i = 0; i < newWorkouts.length; i += CHUNK)
      await tx
        .insert(wearableWorkouts)
        .values(
          newWorkouts.slice(i, i + CHUNK).map((w) => ({
            ...ids,
            startedAt: new Date(w.startedAt),
            endedAt: new Date(w.endedAt),
            activityType: w.activityType,
            durationMin: w.durationMin,
            energyKcal: w.energyKcal,
            source: SOURCE,
          })),
        )
        .onConflictDoNothing();
    for (let i = 0; i < newMass.length; i += CHUNK)
      await tx.insert(bodyMeasurements).values(
        newMass.slice(i, i + CHUNK).map(([day, kg]) => ({
          ...ids,
          date: day,
          weightKg: Math.round(kg * 100) / 100,
          massUnit: "kg" as const,
          lengthUnit: "cm" as const,
        })),
      );
    await audit(tx, summary);
    return summary;
  });
}
