/**
 * Monitoring test fixtures: history is bulk-inserted (the way an import would), today's check-in
 * goes through HTTP so the incremental update runs for real. Dates are relative to the real UTC
 * today because the server evaluates "now".
 */
import type { CheckIn, SessionRecord } from "@spotter/engine";
import { insertCheckIns } from "../../src/monitoring/bulk.ts";
import { type MonitoringSessionInput, recordSessionForMonitoring } from "../../src/monitoring/sessions.ts";
import type { TestApp } from "../support.ts";

const DAY = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);
export const daysAgo = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

/** A steady client: daily check-ins for `days` days before today, with a small deterministic wobble. */
export function steadyCheckIns(days: number, opts: { hrv?: boolean } = {}): CheckIn[] {
  const out: CheckIn[] = [];
  for (let k = days; k >= 1; k--) {
    const w = k % 3;
    const c: CheckIn = {
      date: daysAgo(k),
      sleepHours: 7.5 + (w - 1) * 0.25,
      sleepQuality: 2 + (w === 2 ? 1 : 0),
      fatigue: 2 + (w === 1 ? 1 : 0),
      soreness: 2 + (w === 0 ? 1 : 0),
      stress: 2 + (w === 2 ? 1 : 0),
      mood: 2 + (w === 1 ? 1 : 0),
    };
    if (opts.hrv) {
      c.hrvLnRmssd = 4.2 + (w - 1) * 0.05 + ((k % 7) - 3) * 0.01;
      c.restingHr = 55 + (w - 1);
    }
    out.push(c);
  }
  return out;
}

/** Today's check-in matching the steady client, with overrides (the HTTP body). */
export function checkInBody(over: Partial<CheckIn> = {}): CheckIn {
  return { date: today(), sleepHours: 7.5, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2, ...over };
}

/** Sessions every 2-3 days over `days` days before today, RPE 7 × 60 min; the last `missedLast` missed. */
export function regularSessions(days: number, opts: { missedLast?: number } = {}): MonitoringSessionInput[] {
  const out: MonitoringSessionInput[] = [];
  const end = Math.floor(Date.parse(`${today()}T00:00:00Z`) / DAY);
  for (let d = end - days; d < end; d++) {
    if (d % 7 === 0 || d % 7 === 2 || d % 7 === 4) {
      const date = new Date(d * DAY).toISOString().slice(0, 10);
      const s: SessionRecord = {
        date,
        planned: true,
        completed: true,
        durationMin: 60,
        sessionRpe: 7,
        exercises: [{ exerciseId: "back-squat" }, { exerciseId: "bench-press" }],
      };
      out.push({ ref: `s-${date}`, ...s });
    }
  }
  const missed = opts.missedLast ?? 0;
  for (let k = out.length - missed; k < out.length; k++) {
    const s = out[k]!;
    out[k] = { ref: s.ref, date: s.date, planned: true, completed: false };
  }
  return out;
}

/** Bulk-loads a client's history straight into the tables the pass reads. */
export async function seedHistory(
  t: TestApp,
  organizationId: string,
  clientId: string,
  history: { checkIns?: CheckIn[]; sessions?: MonitoringSessionInput[] },
): Promise<void> {
  await insertCheckIns(
    t.database,
    (history.checkIns ?? []).map((checkIn) => ({ organizationId, clientId, checkIn })),
  );
  await recordSessionForMonitoring(t.database, organizationId, clientId, history.sessions ?? []);
}

export async function count(t: TestApp, table: string, clientId: string): Promise<number> {
  const [r] = await t.database.query<{ n: string | number }>(
    `select count(*) as n from ${table} where client_id = $1`,
    [clientId],
  );
  return Number(r?.n ?? 0);
}

/** An open red flag whose evidence is older than the engine's look-back: only the flag keeps the client red. */
export async function openOldRed(t: TestApp, organizationId: string, clientId: string): Promise<void> {
  await t.database.query(
    `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
        recommended_action, status, created_at)
     values ($1, $2, 'chest_pain', 'red', 'old-chest-pain', 'redflag.chest_pain', 'Chest pain reported',
        '{}'::jsonb, 'Call the client', 'open', now() - interval '40 days')`,
    [organizationId, clientId],
  );
}
