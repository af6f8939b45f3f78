/**
 * Preview and commit of a FIT file's wearable rows against what the client already has: one value
 * per client, day, metric and source (the table's unique key), so a re-import adds nothing; a day
 * that already has a weigh-in (typed or imported) keeps it, as for Apple Health.
 */
import type { FitWearableSummary } from "@spotter/contracts";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { bodyMeasurements } from "../db/schema-nutrition.ts";
import { wearableDailyMetrics } from "../db/schema-wearables.ts";
import { FIT_SOURCE, type FitWearable } from "./fit-wearable.ts";

type Ids = { organizationId: string; clientId: string };

const NOTE =
  "HRV from a FIT file is ln rMSSD of a morning resting recording (artefacts removed: RR outside 300-2000 ms or differing over 20% from the previous beat); Apple Health's SDNN is stored apart and never mixed with it.";

export async function planFitWearable(db: DbExecutor, ids: Ids, w: FitWearable) {
  const existing = await db
    .select({ date: wearableDailyMetrics.date, metric: wearableDailyMetrics.metric })
    .from(wearableDailyMetrics)
    .where(and(eq(wearableDailyMetrics.clientId, ids.clientId), eq(wearableDailyMetrics.source, FIT_SOURCE)));
  const have = new Set(existing.map((r) => `${r.metric}|${r.date}`));
  const newDaily = w.daily.filter((d) => !have.has(`${d.metric}|${d.day}`));
  const weighed = new Set(
    (
      await db
        .select({ date: bodyMeasurements.date })
        .from(bodyMeasurements)
        .where(and(eq(bodyMeasurements.clientId, ids.clientId), isNotNull(bodyMeasurements.weightKg)))
    ).map((r) => r.date),
  );
  const newWeighIns = w.weighIns.filter((x) => !weighed.has(x.day));
  const metrics = [...new Set(w.daily.map((d) => d.metric))].sort().map((metric) => {
    const days = w.daily.filter((d) => d.metric === metric).length;
    const added = newDaily.filter((d) => d.metric === metric).length;
    return { metric, days, added, alreadyImported: days - added };
  });
  const days = [...w.daily.map((d) => d.day), ...w.weighIns.map((x) => x.day)].sort();
  const summary: FitWearableSummary = {
    source: FIT_SOURCE,
    metrics,
    weighIns: {
      days: w.weighIns.length,
      added: newWeighIns.length,
      alreadyPresent: w.weighIns.length - newWeighIns.length,
    },
    skipped: [...w.skipped]
      .map(([reason, records]) => ({ reason, records }))
      .sort((a, b) => a.reason.localeCompare(b.reason)),
    dateRange: days.length ? { from: days[0] ?? "", to: days[days.length - 1] ?? "" } : null,
    note: NOTE,
  };
  return { summary, newDaily, newWeighIns };
}

/** Inserts what the plan found new, inside the caller's transaction; returns the summary of what was added. */
export async function commitFitWearable(tx: DbExecutor, ids: Ids, w: FitWearable): Promise<FitWearableSummary> {
  const { summary, newDaily, newWeighIns } = await planFitWearable(tx, ids, w);
  if (newDaily.length > 0)
    await tx
      .insert(wearableDailyMetrics)
      .values(newDaily.map((d) => ({ ...ids, date: d.day, metric: d.metric, value: d.value, source: FIT_SOURCE })))
      .onConflictDoNothing();
  if (newWeighIns.length > 0)
    await tx.insert(bodyMeasurements).values(
      newWeighIns.map((x) => ({
        ...ids,
        date: x.day,
        weightKg: x.kg,
        ...(x.bodyFatPct !== undefined ? { bodyFatPct: x.bodyFatPct } : {}),
        massUnit: "kg" as const,
        lengthUnit: "cm" as const,
      })),
    );
  return summary;
}
