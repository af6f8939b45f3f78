/**
 * One nudge run: for every active client with a login, ask the engine which nudges are due now
 * (dueNudges: quiet hours, opt-out, once per kind per local day) and record each through the
 * notification outbox. The nudge_log row and its notification are written in one transaction;
 * the log's unique (client, kind, local date) makes a second run or a second API node a no-op.
 */
import {
  addDays,
  checkInInterval,
  checkInReminderDay,
  dueNudges,
  type Nudge,
  type NudgeKind,
  nudgeText,
  type ReviewCadence,
} from "@spotter/engine";
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { Database } from "../db/open.ts";
import { clients, memberships } from "../db/schema.ts";
import { nudgeLog, nudgePreferences } from "../db/schema-habits.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";
import { notify } from "../notifications/notify.ts";
import { type PortalGate, portalGate } from "../safety/portal.ts";
import { utcOffsetMinutes } from "./local-time.ts";
import { DEFAULT_PREFS, pick } from "./preferences.ts";

const CHUNK = 500;
/** Sessions and sent nudges the decision needs: the missed-session lookback plus time-zone slack. */
const LOOKBACK_DAYS = 5;
const SENT_LOOKBACK_DAYS = 12;

export type NudgeRunStats = { clients: number; sent: number; byKind: Record<NudgeKind, number> };
type ClientRow = typeof clients.$inferSelect;

const LINK: Record<NudgeKind, string> = { session_before: "/", session_missed: "/", check_in_due: "/" };

export async function runNudges(database: Database, options: { now: Date }): Promise<NudgeRunStats> {
  const { db } = database;
  const now = options.now;
  const utcToday = now.toISOString().slice(0, 10);
  const stats: NudgeRunStats = {
    clients: 0,
    sent: 0,
    byKind: { session_before: 0, session_missed: 0, check_in_due: 0 },
  };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const chunk = await db
      .select({ client: clients })
      .from(clients)
      .innerJoin(
        memberships,
        and(
          eq(memberships.organizationId, clients.organizationId),
          eq(memberships.userId, clients.userId),
          isNull(memberships.deactivatedAt),
        ),
      )
      .where(and(eq(clients.status, "active"), isNotNull(clients.userId), gt(clients.id, after)))
      .orderBy(asc(clients.id))
      .limit(CHUNK);
    if (!chunk.length) break;
    after = chunk[chunk.length - 1]?.client.id ?? after;
    const ids = chunk.map((c) => c.client.id);
    const [prefs, sessions, sent, cadences] = await Promise.all([
      db.select().from(nudgePreferences).where(inArray(nudgePreferences.clientId, ids)),
      db
        .select({
          clientId: trainingSessions.clientId,
          id: trainingSessions.id,
          date: trainingSessions.date,
          status: trainingSessions.status,
        })
        .from(trainingSessions)
        .where(
          and(
            inArray(trainingSessions.clientId, ids),
            inArray(trainingSessions.status, ["published", "logged"]),
            gte(trainingSessions.date, addDays(utcToday, -LOOKBACK_DAYS)),
            lte(trainingSessions.date, addDays(utcToday, 1)),
          ),
        ),
      db
        .select({
          clientId: nudgeLog.clientId,
          kind: nudgeLog.kind,
          localDate: nudgeLog.localDate,
          refId: nudgeLog.refId,
        })
        .from(nudgeLog)
        .where(and(inArray(nudgeLog.clientId, ids), gte(nudgeLog.localDate, addDays(utcToday, -SENT_LOOKBACK_DAYS)))),
      reviewCadences(database, ids),
    ]);
    const group = <T extends { clientId: string }>(rows: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rows) m.set(r.clientId, [...(m.get(r.clientId) ?? []), r]);
      return m;
    };
    const prefsBy = new Map(prefs.map((p) => [p.clientId, pick(p)]));
    const sessionsBy = group(sessions);
    const sentBy = group(sent);
    for (const { client } of chunk) {
      stats.clients++;
      const p = prefsBy.get(client.id) ?? DEFAULT_PREFS;
      const input = {
        now: now.getTime(),
        prefs: {
          optedOut: p.optedOut,
          quietStartMinute: p.quietStartMinute,
          quietEndMinute: p.quietEndMinute,
          utcOffsetMinutes: utcOffsetMinutes(p.timeZone, now),
        },
        sessions: (sessionsBy.get(client.id) ?? []).map((s) => ({
          id: s.id,
          date: s.date,
          status: s.status === "logged" ? ("logged" as const) : ("published" as const),
        })),
        sent: sentBy.get(client.id) ?? [],
        checkIn: null as { anchor: string; intervalWeeks: number; answered: boolean } | null,
      };
      let decision = dueNudges(input);
      // The check-in reminder follows the schedule that opens check-ins (weekly-checkins/schedule.ts:
      // the tier's cadence from the client's join date). Read whether it is answered only on its
      // reminder day, when nothing holds every nudge.
      const held = decision.held.some((r) => r.ruleId === "nudge.opted_out" || r.ruleId === "nudge.quiet_hours");
      const schedule = {
        anchor: client.createdAt.toISOString().slice(0, 10),
        intervalWeeks: checkInInterval(cadences.get(client.id) ?? "weekly").weeks,
      };
      const day = held ? null : checkInReminderDay({ ...schedule, localDate: decision.localDate });
      if (day) {
        const answered = await db
          .select({ id: weeklyCheckIns.id })
          .from(weeklyCheckIns)
          .where(and(eq(weeklyCheckIns.clientId, client.id), eq(weeklyCheckIns.weekStart, day.occasion.weekStart)));
        decision = dueNudges({ ...input, checkIn: { ...schedule, answered: answered.length > 0 } });
      }
      const checkInWeek = day?.occasion.weekStart ?? null;
      let gate: PortalGate | null = null;
      for (const nudge of decision.nudges) {
        // A session the portal hides (a red open, a clearance missing) is neither "ready" nor missed.
        if (nudge.kind !== "check_in_due" && nudge.refId) {
          gate ??= await portalGate(db, client.organizationId, client.id, now, client.name);
          if (!(await sessionVisible(db, gate, nudge.refId))) continue;
        }
        if (await recordNudge(db, client, nudge, now, checkInWeek)) {
          stats.sent++;
          stats.byKind[nudge.kind]++;
        }
      }
    }
    if (chunk.length < CHUNK) break;
  }
  return stats;
}

async function sessionVisible(db: Database["db"], gate: PortalGate, sessionId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: trainingSessions.status, plan: trainingSessions.plan })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, sessionId));
  return row ? gate.visible(row) : false;
}

/**
 * The tier's review cadence per client, as openDueCheckIns reads it (assigned tier, else the
 * organization's default; absent means weekly).
 */
async function reviewCadences(database: Database, ids: string[]): Promise<Map<string, ReviewCadence>> {
  const rows = await database.query<{ client_id: string; review_cadence: ReviewCadence | null }>(
    `select c.id as client_id, t.review_cadence
     from clients c
     left join client_monitoring m on m.client_id = c.id
     left join service_tiers t on t.id = coalesce(m.tier_id,
       (select d.id from service_tiers d where d.organization_id = c.organization_id and d.is_default limit 1))
     where c.id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.flatMap((r) => (r.review_cadence ? [[r.client_id, r.review_cadence] as const] : [])));
}

async function recordNudge(db: Database["db"], client: ClientRow, nudge: Nudge, now: Date, checkInWeek: string | null) {
  const userId = client.userId;
  if (!userId) return false;
  return db.transaction(async (tx) => {
    const [logged] = await tx
      .insert(nudgeLog)
      .values({
        organizationId: client.organizationId,
        clientId: client.id,
        kind: nudge.kind,
        localDate: nudge.localDate,
        refId: nudge.refId,
        sentAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: nudgeLog.id });
    if (!logged) return false;
    const text = nudgeText(nudge.kind);
    const { ids } = await notify(tx, {
      organizationId: client.organizationId,
      recipientUserIds: [userId],
      kind: nudge.kind === "check_in_due" ? "check_in_due" : "nudge",
      subject: text.subject,
      body: text.body,
      linkPath: LINK[nudge.kind],
      clientId: client.id,
      // The check-in reminder shares the opening's key (weekly-checkins/schedule.ts): the client
      // hears about one check-in once, from whichever comes first.
      dedupeKey:
        nudge.kind === "check_in_due" && checkInWeek
          ? `checkin-due:${client.id}:${checkInWeek}`
          : `nudge:${nudge.kind}:${nudge.localDate}`,
    });
    if (ids[0]) await tx.update(nudgeLog).set({ notificationId: ids[0] }).where(eq(nudgeLog.id, logged.id));
    return true;
  });
}
