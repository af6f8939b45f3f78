import type { CheckIn } from "@spotter/engine";
import type { Database } from "../db/open.ts";

export type CheckInRowInput = { organizationId: string; clientId: string; checkIn: CheckIn };

/**
 * Inserts many check-ins in one statement (a JSON parameter unpacked by `jsonb_to_recordset`), for
 * imports, the demo at scale and test fixtures. A same-day check-in already stored is replaced.
 * Callers pass rows the contracts' check-in schema accepted; nothing is validated here.
 */
export async function insertCheckIns(database: Database, rows: readonly CheckInRowInput[]): Promise<void> {
  if (!rows.length) return;
  const payload = rows.map(({ organizationId, clientId, checkIn: c }) => ({
    organization_id: organizationId,
    client_id: clientId,
    date: c.date,
    sleep_hours: c.sleepHours,
    sleep_quality: c.sleepQuality,
    fatigue: c.fatigue,
    soreness: c.soreness,
    stress: c.stress,
    mood: c.mood,
    hrv_ln_rmssd: c.hrvLnRmssd ?? null,
    resting_hr: c.restingHr ?? null,
    extra:
      c.painReports || c.redFlags || c.note !== undefined
        ? { painReports: c.painReports, redFlags: c.redFlags, note: c.note }
        : null,
  }));
  await database.query(
    `insert into check_ins (organization_id, client_id, date, sleep_hours, sleep_quality, fatigue, soreness, stress,
        mood, hrv_ln_rmssd, resting_hr, extra)
     select * from jsonb_to_recordset($1::jsonb) as u(organization_id uuid, client_id uuid, date date,
        sleep_hours real, sleep_quality smallint, fatigue smallint, soreness smallint, stress smallint, mood smallint,
        hrv_ln_rmssd real, resting_hr smallint, extra jsonb)
     on conflict (client_id, date) do update set sleep_hours = excluded.sleep_hours,
        sleep_quality = excluded.sleep_quality, fatigue = excluded.fatigue, soreness = excluded.soreness,
        stress = excluded.stress, mood = excluded.mood, hrv_ln_rmssd = excluded.hrv_ln_rmssd,
        resting_hr = excluded.resting_hr, extra = excluded.extra`,
    [JSON.stringify(payload)],
  );
}
