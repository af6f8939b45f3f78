import type { NudgePreferencesView } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { nudgePreferences } from "../db/schema-habits.ts";
import { hhmmToMinute, minuteToHhmm } from "./local-time.ts";

export type NudgePrefsRow = typeof nudgePreferences.$inferSelect;
type ClientRef = { id: string; organizationId: string };

/** Without a row: nudges on, quiet 21:00–08:00, UTC (the columns' defaults). */
export const DEFAULT_PREFS = { optedOut: false, quietStartMinute: 21 * 60, quietEndMinute: 8 * 60, timeZone: "UTC" };
export type Prefs = typeof DEFAULT_PREFS;

export async function loadNudgePrefs(db: DbExecutor, client: ClientRef): Promise<Prefs> {
  const [row] = await db
    .select()
    .from(nudgePreferences)
    .where(and(eq(nudgePreferences.organizationId, client.organizationId), eq(nudgePreferences.clientId, client.id)));
  return row ? pick(row) : { ...DEFAULT_PREFS };
}

export const pick = (row: NudgePrefsRow): Prefs => ({
  optedOut: row.optedOut,
  quietStartMinute: row.quietStartMinute,
  quietEndMinute: row.quietEndMinute,
  timeZone: row.timeZone,
});

export const presentPrefs = (p: Prefs): NudgePreferencesView => ({
  optedOut: p.optedOut,
  quietStart: minuteToHhmm(p.quietStartMinute),
  quietEnd: minuteToHhmm(p.quietEndMinute),
  timeZone: p.timeZone,
});

export async function saveNudgePrefs(
  db: DbExecutor,
  client: ClientRef,
  body: NudgePreferencesView,
  now: Date,
): Promise<Prefs> {
  const values = {
    optedOut: body.optedOut,
    quietStartMinute: hhmmToMinute(body.quietStart),
    quietEndMinute: hhmmToMinute(body.quietEnd),
    timeZone: body.timeZone,
    updatedAt: now,
  };
  const [row] = await db
    .insert(nudgePreferences)
    .values({ organizationId: client.organizationId, clientId: client.id, ...values })
    .onConflictDoUpdate({ target: nudgePreferences.clientId, set: values })
    .returning();
  if (!row) throw new Error("nudge preferences upsert returned nothing");
  return pick(row);
}
