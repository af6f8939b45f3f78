import { checkInInterval, checkInSchedule, type ReviewCadence } from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { weeklyCheckInOpenings } from "../db/schema-checkin-questionnaires.ts";
import { redNowSql } from "../monitoring/red-now.ts";
import { FALLBACK_TIER } from "../monitoring/tiers.ts";
import { notify } from "../notifications/index.ts";
import { awaitingCheckIns } from "./awaiting.ts";
import { checkInStaff } from "./recipients.ts";

type Candidate = {
  client_id: string;
  organization_id: string;
  user_id: string;
  created_at: string | Date;
  review_cadence: ReviewCadence | null;
  last_week: string | Date | null;
  answered_week: string | Date | null;
};

const isoDate = (v: string | Date) => (typeof v === "string" ? v.slice(0, 10) : v.toISOString().slice(0, 10));

/**
 * Opens the check-ins due by `now`: for every active client with a login, the tier's cadence
 * (assigned tier, else the organization's default; weekly without tiers) and the client's day give
 * the current occasion (engine checkInSchedule); one not opened yet gets its row in
 * `weekly_checkin_openings` and the client a `check_in_due` notification in the same transaction
 * (none when they already answered that week). Idempotent: the unique (client, week) row and the
 * notification's dedupe key make a re-run or a second worker change nothing. The check-in reminder
 * nudge (habits/run-nudges.ts) uses the same key, so a client reminded the day before gets no
 * second notice when the check-in opens.
 */
export async function openDueCheckIns(database: Database, now: Date): Promise<{ opened: number }> {
  const today = now.toISOString().slice(0, 10);
  const rows = await database.query<Candidate>(
    `select c.id as client_id, c.organization_id, c.user_id, c.created_at, t.review_cadence,
       (select max(o.week_start) from weekly_checkin_openings o where o.client_id = c.id) as last_week,
       (select max(w.week_start) from weekly_checkins w where w.client_id = c.id) as answered_week
     from clients c
     left join client_monitoring m on m.client_id = c.id
     left join service_tiers t on t.id = coalesce(m.tier_id,
       (select d.id from service_tiers d where d.organization_id = c.organization_id and d.is_default limit 1))
     where c.status = 'active' and c.user_id is not null`,
  );
  let opened = 0;
  for (const r of rows) {
    const interval = checkInInterval(r.review_cadence ?? "weekly");
    const s = checkInSchedule({ anchor: isoDate(r.created_at), intervalWeeks: interval.weeks, today });
    if (!s.current || (r.last_week !== null && isoDate(r.last_week) >= s.current.weekStart)) continue;
    const occasion = s.current;
    const answered = r.answered_week !== null && isoDate(r.answered_week) === occasion.weekStart;
    const inserted = await database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(weeklyCheckInOpenings)
        .values({
          organizationId: r.organization_id,
          clientId: r.client_id,
          weekStart: occasion.weekStart,
          dueDate: occasion.dueDate,
          openedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: weeklyCheckInOpenings.id });
      if (!row) return false;
      if (!answered)
        await notify(tx, {
          organizationId: r.organization_id,
          recipientUserIds: [r.user_id],
          kind: "check_in_due",
          subject: "Your check-in is due",
          body: "A minute to tell your coach how the week went: open Spotter and answer your check-in.",
          linkPath: "/",
          clientId: r.client_id,
          dedupeKey: `checkin-due:${r.client_id}:${occasion.weekStart}`,
        });
      return true;
    });
    if (inserted) opened++;
  }
  return { opened };
}

/** Red now (an open red flag too, as awaiting.ts): the tier's red-level hours apply. */
const RED_NOW = redNowSql("c.id", "m");

type AwaitingThread = {
  thread_id: string;
  organization_id: string;
  client_id: string;
  client_name: string;
  awaiting_since: string | Date;
  promise_hours: number;
};

/**
 * Tells the assigned coach and the owners about replies past the tier's promise: answered check-ins
 * (awaiting.ts) and client messages (threads awaiting a reply; the same hours as the coach's queue).
 * Once per item (the dedupe key names the check-in, or the thread and the message it waits on).
 */
export async function escalateOverdueReplies(
  database: Database,
  now: Date,
): Promise<{ checkIns: number; messages: number }> {
  const { db } = database;
  let checkIns = 0;
  for (const item of (await awaitingCheckIns(db, null, now)).items.filter((i) => i.overdue)) {
    const recipients = await overdueRecipients(database, item.organizationId, item.clientId);
    const ids = await notify(db, {
      organizationId: item.organizationId,
      recipientUserIds: recipients,
      kind: "overdue_escalation",
      subject: `Check-in reply overdue: ${item.clientName}`,
      body: `${item.clientName}'s weekly check-in has waited past the ${item.promiseHours} h reply promise of their tier. Reply, or ask a colleague to.`,
      linkPath: `/clients/${item.clientId}`,
      clientId: item.clientId,
      dedupeKey: `escalation:checkin:${item.id}`,
    });
    if (ids.ids.length) checkIns++;
  }
  const threads = await database.query<AwaitingThread>(
    `select th.id as thread_id, th.organization_id, c.id as client_id, c.name as client_name, th.awaiting_since,
       case when ${RED_NOW} then coalesce(t.response_hours_red, $2) else coalesce(t.response_hours_yellow, $3) end as promise_hours
     from message_threads th
     join clients c on c.id = th.client_id and c.status = 'active'
     left join client_monitoring m on m.client_id = c.id
     left join service_tiers t on t.id = coalesce(m.tier_id,
       (select d.id from service_tiers d where d.organization_id = c.organization_id and d.is_default limit 1))
     where th.awaiting_since is not null
       and th.awaiting_since + make_interval(secs => 3600 * case when ${RED_NOW}
         then coalesce(t.response_hours_red, $2) else coalesce(t.response_hours_yellow, $3) end) <= $1::timestamptz
     order by th.awaiting_since limit 500`,
    [now.toISOString(), FALLBACK_TIER.responseHours.red, FALLBACK_TIER.responseHours.yellow],
  );
  let messages = 0;
  for (const th of threads) {
    const since = new Date(th.awaiting_since);
    const ids = await notify(db, {
      organizationId: th.organization_id,
      recipientUserIds: await overdueRecipients(database, th.organization_id, th.client_id),
      kind: "overdue_escalation",
      subject: `Message reply overdue: ${th.client_name}`,
      body: `${th.client_name} has waited past the ${Number(th.promise_hours)} h reply promise of their tier for an answer in Spotter.`,
      linkPath: `/clients/${th.client_id}`,
      clientId: th.client_id,
      dedupeKey: `escalation:message:${th.thread_id}:${since.getTime()}`,
    });
    if (ids.ids.length) messages++;
  }
  return { checkIns, messages };
}

/** The assigned coach(es) and every active owner. */
async function overdueRecipients(database: Database, organizationId: string, clientId: string): Promise<string[]> {
  const owners = await database.query<{ user_id: string }>(
    `select user_id from memberships where organization_id = $1 and role = 'owner' and deactivated_at is null`,
    [organizationId],
  );
  return [
    ...new Set([...(await checkInStaff(database.db, organizationId, clientId)), ...owners.map((o) => o.user_id)]),
  ];
}
