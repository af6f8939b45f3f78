/**
 * Preview and commit of an Oura or WHOOP daily export against what the client already has: one
 * value per client, day, metric and source (the table's unique key), so a re-import adds nothing.
 */
import type { DailyImportSummary } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Db } from "../db/open.ts";
import { wearableDailyMetrics } from "../db/schema-wearables.ts";
import type { DailyCsv } from "./daily-csv.ts";

type Ids = { organizationId: string; clientId: string };

const CHUNK = 1000;

const NOTE: Record<DailyCsv["source"], string> = {
  oura: "Oura's HRV is rMSSD (ms) averaged over the whole night, not a morning reading: it is stored as reported (hrv_rmssd_ms) and as ln rMSSD marked oura, which readiness uses on days without a typed value and names as its source. Oura's readiness score is kept as reported; Spotter's readiness does not read it.",
  whoop:
    "WHOOP's HRV is rMSSD (ms) measured during the night's last slow-wave sleep, not a morning reading: it is stored as reported (hrv_rmssd_ms) and as ln rMSSD marked whoop, which readiness uses on days without a typed value and names as its source. WHOOP's recovery score is kept as reported; Spotter's readiness does not read it.",
};

async function plan(db: DbExecutor, ids: Ids, file: DailyCsv) {
  const existing = await db
    .select({ date: wearableDailyMetrics.date, metric: wearableDailyMetrics.metric })
    .from(wearableDailyMetrics)
    .where(and(eq(wearableDailyMetrics.clientId, ids.clientId), eq(wearableDailyMetrics.source, file.source)));
  const have = new Set(existing.map((r) => `${r.metric}|${r.date}`));
  const newDaily = file.daily.filter((d) => !have.has(`${d.metric}|${d.day}`));
  const metrics = [...new Set(file.daily.map((d) => d.metric))].sort().map((metric) => {
    const days = file.daily.filter((d) => d.metric === metric).length;
    const added = newDaily.filter((d) => d.metric === metric).length;
    return { metric, days, added, alreadyImported: days - added };
  });
  const days = file.daily.map((d) => d.day);
  const summary: DailyImportSummary = {
    format: file.source,
    layout: file.layout,
    rows: file.rows,
    metrics,
    skipped: [...file.skipped]
      .map(([reason, records]) => ({ reason, records }))
      .sort((a, b) => a.reason.localeCompare(b.reason)),
    dateRange: days.length ? { from: days[0] ?? "", to: days[days.length - 1] ?? "" } : null,
    note: NOTE[file.source],
  };
  return { summary, newDaily };
}

export async function previewDaily(db: DbExecutor, ids: Ids, file: DailyCsv): Promise<DailyImportSummary> {
  return (await plan(db, ids, file)).summary;
}

/** Stores what the preview showed, in one transaction with the caller's audit; conflicts add nothing. */
export async function commitDaily(
  db: Db,
  ids: Ids,
  file: DailyCsv,
  audit: (tx: DbExecutor, summary: DailyImportSummary) => Promise<void>,
): Promise<DailyImportSummary> {
  return db.transaction(async (tx) => {
    const { summary, newDaily } = await plan(tx, ids, file);
    for (let i = 0; i < newDaily.length; i += CHUNK)
      await tx
        .insert(wearableDailyMetrics)
        .values(
          newDaily
            .slice(i, i + CHUNK)
            .map((d) => ({ ...ids, date: d.day, metric: d.metric, value: d.value, source: file.source })),
        )
        .onConflictDoNothing();
    await audit(tx, summary);
    return summary;
  });
}
