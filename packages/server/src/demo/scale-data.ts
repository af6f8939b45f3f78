import { clientProfileSchema } from "@spotter/contracts";
import { type CheckIn, isoFromDay, mulberry32 } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { analyzeAfterLoad } from "../monitoring/analyze.ts";
import { type CheckInRowInput, insertCheckIns } from "../monitoring/bulk.ts";
import { isoDay, serverNow } from "../programming/clock.ts";

/**
 * Synthetic monitoring data at scale, for `spotter demo-scale` and bench/triage: N clients with D
 * days of check-ins and sessions, deterministic for a seed. Each client has its own normal (sleep,
 * wellness, HRV), adherence and weekly rhythm; a few have bad weeks, pain or (rarely) a red-flag
 * answer, so the daily pass has real work. Rows go in with multi-row statements of `batch` rows.
 */
export type ScaleOptions = {
  organizationId: string;
  /** Assign every client to this coach (optional). */
  coachUserId?: string;
  clients: number;
  days: number;
  /** Last day of data (ISO); default: today (UTC). */
  endDate?: string;
  seed?: number;
  batch?: number;
  onProgress?: (done: number, total: number) => void;
};

const PROFILE = clientProfileSchema.parse({
  goals: { primary: "strength", secondary: [] },
  trainingAgeMonths: 18,
  injuries: [],
  locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells"] }],
  defaultLocationId: "gym",
  schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
});

const LIFTS = ["back-squat", "bench-press", "deadlift", "overhead-press", "barbell-row"];
const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/** Creates the clients (and coach assignments); returns their ids in creation order. */
async function createClients(database: Database, o: ScaleOptions): Promise<string[]> {
  const ids: string[] = [];
  const batch = 1000;
  for (let from = 0; from < o.clients; from += batch) {
    const rows = [];
    for (let i = from; i < Math.min(o.clients, from + batch); i++) {
      rows.push({
        organization_id: o.organizationId,
        name: `Scale client ${String(i + 1).padStart(5, "0")}`,
        profile: PROFILE,
      });
    }
    const inserted = await database.query<{ id: string }>(
      `insert into clients (organization_id, name, profile)
       select u.organization_id, u.name, u.profile
         from jsonb_to_recordset($1::jsonb) as u(organization_id uuid, name text, profile jsonb)
       returning id`,
      [JSON.stringify(rows)],
    );
    ids.push(...inserted.map((r) => r.id));
    if (o.coachUserId) {
      await database.query(
        `insert into coach_clients (organization_id, coach_user_id, client_id)
         select $1::uuid, $2::uuid, x::uuid from jsonb_array_elements_text($3::jsonb) as x`,
        [o.organizationId, o.coachUserId, JSON.stringify(inserted.map((r) => r.id))],
      );
    }
  }
  return ids;
}

type SessionRow = Record<string, unknown>;

/** One client's rows: a personal baseline with noise, a weekly rhythm and occasional events. */
function clientRows(rand: () => number, organizationId: string, clientId: string, startDay: number, days: number) {
  const checkIns: CheckInRowInput[] = [];
  const sessions: SessionRow[] = [];
  const sleepBase = 6.3 + rand() * 2;
  const wellBase = 1.8 + rand() * 1.5;
  const hrvBase = rand() < 0.4 ? 3.6 + rand() * 1.0 : null;
  const rhrBase = 48 + rand() * 20;
  const compliance = 0.7 + rand() * 0.28;
  const adherence = 0.6 + rand() * 0.38;
  const trainDays = rand() < 0.5 ? [0, 2, 4] : [1, 3, 5, 6];
  const e1rm = LIFTS.map(() => 60 + rand() * 120);
  let badUntil = -1;
  for (let d = 0; d < days; d++) {
    const day = startDay + d;
    const date = isoFromDay(day);
    if (rand() < 0.01) badUntil = d + 3 + Math.floor(rand() * 7);
    const bad = d <= badUntil ? 1.5 : 0;
    if (rand() < compliance) {
      const c: CheckIn = {
        date,
        sleepHours: Math.round(Math.max(3, Math.min(11, sleepBase + (rand() - 0.5) * 1.6 - bad * 0.8)) * 4) / 4,
        sleepQuality: clampInt(wellBase + (rand() - 0.5) * 2 + bad, 1, 7),
        fatigue: clampInt(wellBase + (rand() - 0.5) * 2 + bad, 1, 7),
        soreness: clampInt(wellBase + (rand() - 0.5) * 2 + bad, 1, 7),
        stress: clampInt(wellBase + (rand() - 0.5) * 2 + bad * 0.5, 1, 7),
        mood: clampInt(wellBase + (rand() - 0.5) * 2 + bad * 0.5, 1, 7),
      };
      if (hrvBase !== null) {
        c.hrvLnRmssd = Math.round((hrvBase + (rand() - 0.5) * 0.3 - bad * 0.15) * 100) / 100;
        c.restingHr = Math.round(rhrBase + (rand() - 0.5) * 4 + bad * 2);
      }
      const r = rand();
      if (r < 0.004) c.painReports = [{ region: "knee", severity: 3 + Math.floor(rand() * 3) }];
      else if (r < 0.0045) c.redFlags = { dizzinessOrFainting: true };
      else if (r < 0.005) c.note = "Felt a bit flat today, nothing major.";
      checkIns.push({ organizationId, clientId, checkIn: c });
    }
    if (trainDays.includes(day % 7)) {
      const completed = rand() < adherence;
      const row: SessionRow = {
        organization_id: organizationId,
        client_id: clientId,
        ref: `scale-${date}`,
        date,
        planned: true,
        completed,
        duration_min: null,
        session_rpe: null,
        detail: null,
      };
      if (completed) {
        row.duration_min = 40 + Math.floor(rand() * 40);
        row.session_rpe = 5 + Math.floor(rand() * 4);
        const a = Math.floor(rand() * LIFTS.length);
        const b = (a + 1 + Math.floor(rand() * (LIFTS.length - 1))) % LIFTS.length;
        for (const k of [a, b]) e1rm[k] = e1rm[k]! * (1 + (rand() - 0.45) * 0.02);
        row.detail = {
          exercises: [{ exerciseId: LIFTS[a] }, { exerciseId: LIFTS[b] }],
          e1rms: [
            { exerciseId: LIFTS[a], e1rmKg: Math.round(e1rm[a]! * 10) / 10, rpe: 8 },
            { exerciseId: LIFTS[b], e1rmKg: Math.round(e1rm[b]! * 10) / 10, rpe: 8 },
          ],
        };
      }
      sessions.push(row);
    }
  }
  return { checkIns, sessions };
}

async function insertSessionRows(database: Database, rows: readonly SessionRow[]) {
  await database.query(
    `insert into monitoring_sessions (organization_id, client_id, ref, date, planned, completed, duration_min,
        session_rpe, detail)
     select * from jsonb_to_recordset($1::jsonb) as u(organization_id uuid, client_id uuid, ref text, date date,
        planned boolean, completed boolean, duration_min real, session_rpe real, detail jsonb)
     on conflict (client_id, ref) do nothing`,
    [JSON.stringify(rows)],
  );
}

/** Generates and inserts everything, then ANALYZEs the tables it filled; returns the client ids and row counts. */
export async function generateScaleData(database: Database, o: ScaleOptions) {
  const rand = mulberry32(o.seed ?? 42);
  const batch = o.batch ?? 5000;
  const endDay = Math.floor(Date.parse(`${o.endDate ?? isoDay(serverNow())}T00:00:00Z`) / 86_400_000);
  const startDay = endDay - o.days + 1;
  const ids = await createClients(database, o);
  let checkInCount = 0;
  let sessionCount = 0;
  let pendingC: CheckInRowInput[] = [];
  let pendingS: SessionRow[] = [];
  for (let i = 0; i < ids.length; i++) {
    const rows = clientRows(rand, o.organizationId, ids[i]!, startDay, o.days);
    pendingC.push(...rows.checkIns);
    pendingS.push(...rows.sessions);
    const last = i === ids.length - 1;
    while (pendingC.length >= batch || (last && pendingC.length)) {
      await insertCheckIns(database, pendingC.slice(0, batch));
      checkInCount += Math.min(batch, pendingC.length);
      pendingC = pendingC.slice(batch);
    }
    while (pendingS.length >= batch || (last && pendingS.length)) {
      await insertSessionRows(database, pendingS.slice(0, batch));
      sessionCount += Math.min(batch, pendingS.length);
      pendingS = pendingS.slice(batch);
    }
    if (o.onProgress && (i % 500 === 499 || last)) o.onProgress(i + 1, ids.length);
  }
  // Millions of new rows: without statistics the planner guesses, and autovacuum may never come.
  await analyzeAfterLoad(database, ["clients", "coach_clients", "check_ins", "monitoring_sessions"]);
  return { clientIds: ids, checkIns: checkInCount, sessions: sessionCount };
}
