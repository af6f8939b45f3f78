/**
 * Habit and nudge routes' inputs for the authorization matrix (spread into ../matrix-fixtures.ts):
 * `{habitId}` is a habit org A's coach set for org A's client; `{nudgeId}` is a
 * "what got in the way?" nudge of org A's client, recorded as the scheduler would (no route
 * creates one).
 */
import { and, eq } from "drizzle-orm";
import { nudgeLog } from "../../src/db/schema-habits.ts";
import { type Org, testAppOf } from "../support.ts";

type World = { a: Org; b: Org };

const prefs = { optedOut: false, quietStart: "21:00", quietEnd: "08:00", timeZone: "Europe/Berlin" };
const habit = { cue: "After training", action: "Protein smoothie", days: [1, 3, 5] };

export const HABIT_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/clients/{id}/habits": () => habit,
  "POST /api/me/habits": () => habit,
  "POST /api/me/habits/{habitId}/tick": () => ({ done: true }),
  "POST /api/me/nudges/{nudgeId}/answer": () => ({ reason: "energy" }),
  "PUT /api/me/nudge-preferences": () => prefs,
  "PUT /api/clients/{id}/nudge-preferences": () => prefs,
};

export const HABIT_PARAM_VALUES: Record<string, (w: World) => Promise<string>> = {
  // The client's first active habit, set once (every caller × route would otherwise pass the cap).
  habitId: async (w) => {
    const list = await w.a.coach.get<{ habits: { id: string }[] }>(`/api/clients/${w.a.ids.clientId}/habits`);
    const first = list.body.habits[0];
    if (first) return first.id;
    const res = await w.a.coach.post<{ id: string }>(`/api/clients/${w.a.ids.clientId}/habits`, habit);
    if (res.status !== 200) throw new Error(`habit fixture: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  },
  nudgeId: async (w) => {
    const { db } = testAppOf(w.a.coach).database;
    const key = { clientId: w.a.ids.clientId, kind: "session_missed" as const, localDate: "2026-01-01" };
    await db
      .insert(nudgeLog)
      .values({ organizationId: w.a.ids.organizationId, ...key, sentAt: new Date("2026-01-01T09:00:00Z") })
      .onConflictDoNothing();
    const [row] = await db
      .select({ id: nudgeLog.id })
      .from(nudgeLog)
      .where(
        and(eq(nudgeLog.clientId, key.clientId), eq(nudgeLog.kind, key.kind), eq(nudgeLog.localDate, key.localDate)),
      );
    if (!row) throw new Error("nudge fixture: nothing recorded");
    return row.id;
  },
};
