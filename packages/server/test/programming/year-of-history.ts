/**
 * A long logged history written straight into the database (the API would take minutes): three
 * sessions a week for `weeks` weeks ending yesterday, rotating squat / press / hinge days with
 * slowly rising loads at RPE 7-9, so progression states, stalls and e1RMs are realistic. Used by
 * the windowed-history test and bench/api (generate with one year of history).
 */
import { randomUUID } from "node:crypto";
import type { SessionLog } from "@spotter/engine";
import type { Database } from "../../src/db/open.ts";

const DAYS: { exerciseId: string; startKg: number; weeklyKg: number; reps: number }[][] = [
  [
    { exerciseId: "back-squat", startKg: 80, weeklyKg: 0.5, reps: 5 },
    { exerciseId: "barbell-bench-press", startKg: 60, weeklyKg: 0.3, reps: 5 },
    { exerciseId: "barbell-bent-over-row", startKg: 55, weeklyKg: 0.3, reps: 8 },
    { exerciseId: "dead-bug", startKg: 0, weeklyKg: 0, reps: 10 },
  ],
  [
    { exerciseId: "overhead-press", startKg: 40, weeklyKg: 0.2, reps: 5 },
    { exerciseId: "pause-back-squat", startKg: 65, weeklyKg: 0.4, reps: 4 },
    { exerciseId: "one-arm-dumbbell-row", startKg: 24, weeklyKg: 0.1, reps: 10 },
    { exerciseId: "push-up", startKg: 0, weeklyKg: 0, reps: 12 },
  ],
  [
    { exerciseId: "deadlift", startKg: 110, weeklyKg: 0.7, reps: 5 },
    { exerciseId: "incline-barbell-bench-press", startKg: 50, weeklyKg: 0.25, reps: 8 },
    { exerciseId: "dumbbell-romanian-deadlift", startKg: 20, weeklyKg: 0.1, reps: 10 },
    { exerciseId: "inverted-row", startKg: 0, weeklyKg: 0, reps: 10 },
  ],
];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round25 = (x: number) => Math.round(x / 2.5) * 2.5;

/** The logs, oldest first (Mon/Wed/Fri-like: days 0, 2, 4 of each week), dated up to `endMs`. */
export function yearOfLogs(weeks: number, endMs: number): SessionLog[] {
  const logs: SessionLog[] = [];
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 3; d++) {
      const dayMs = endMs - ((weeks - w) * 7 - d * 2) * 86_400_000;
      const deload = w % 4 === 3;
      const exercises = DAYS[d]!.map((e) => {
        const load = e.startKg > 0 ? round25((e.startKg + e.weeklyKg * w) * (deload ? 0.85 : 1)) : 0;
        const rpe = deload ? 6 : 7 + ((w + d) % 3);
        const sets = Array.from({ length: deload ? 2 : 3 }, (_, i) => ({
          load,
          reps: e.reps,
          completed: true,
          ...(load > 0 && i === 2 ? { rpe } : {}),
        }));
        return {
          exerciseId: e.exerciseId,
          target: {
            sets: sets.length,
            reps: e.reps,
            ...(load > 0 ? { load } : {}),
            ...(deload ? { deload: true } : {}),
          },
          sets,
        };
      });
      logs.push({ date: iso(dayMs), unit: "kg", exercises, sessionRpe: 7, benchmarks: [] });
    }
  }
  return logs;
}

/** Inserts the logs as logged training sessions of the client (plan/request are placeholders). */
export async function insertLoggedSessions(
  database: Database,
  ids: { organizationId: string; clientId: string },
  logs: readonly SessionLog[],
): Promise<void> {
  const chunk = 50;
  for (let i = 0; i < logs.length; i += chunk) {
    const part = logs.slice(i, i + chunk);
    const values: unknown[] = [];
    const rows = part.map((log, k) => {
      values.push(randomUUID(), ids.organizationId, ids.clientId, log.date, JSON.stringify(log));
      const b = k * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, 'logged', $${b + 4}, '{}'::jsonb, '{}'::jsonb, now(), now(), $${b + 5}::jsonb)`;
    });
    await database.query(
      `insert into training_sessions (id, organization_id, client_id, status, date, plan, request, published_at, logged_at, engine_log)
       values ${rows.join(", ")}`,
      values,
    );
  }
}
