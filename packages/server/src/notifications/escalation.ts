import type { Database } from "../db/open.ts";
import { flagEscalations } from "../db/schema-notifications.ts";
import { notify } from "./notify.ts";

/**
 * The escalation chain of an overdue flag (issue 10 item 5). A flag's `due_at` is its tier's
 * response promise for its level (set by the monitoring pass). When an open yellow or red flag is
 * past it:
 *   1. `owner`: the organization's active owners are told (high urgency for a red);
 *   2. `on_call`: if it is still open one further interval after step 1, every other active coach
 *      of the organization is told. There is no on-call rota setting yet, so "on call" means every
 *      active coach and owner not already told (the assigned coach and the owners are excluded).
 * The further interval is the flag's own response window (`due_at - created_at`), at least one
 * hour: the same promise again. Each step is one `flag_escalations` row (unique per flag and step)
 * written in the same transaction as its notifications, so a step happens once, even when two
 * workers run at the same time or the job re-runs. A flag resolved meanwhile escalates no further.
 */
export const MIN_FURTHER_INTERVAL_MS = 3600_000;

export type EscalationStats = { owner: number; onCall: number };

type Due = {
  id: string;
  organization_id: string;
  client_id: string;
  level: "yellow" | "red";
  due_at: string | Date;
  client_name: string;
  coach_user_id: string | null;
};

const ACTIVE_STAFF = `select m.user_id, m.role from memberships m
  where m.organization_id = $1 and m.role in ('owner', 'coach') and m.deactivated_at is null`;

/** Runs both steps for every organization at `now` (inject it in tests). Idempotent. */
export async function runEscalations(database: Database, options: { now: Date }): Promise<EscalationStats> {
  const now = options.now.toISOString();
  const base = `select f.id, f.organization_id, f.client_id, f.level, f.due_at, c.name as client_name,
                       cc.coach_user_id
                  from flags f join clients c on c.id = f.client_id
                  left join coach_clients cc on cc.client_id = f.client_id
                 where f.status = 'open' and f.due_at is not null and f.due_at <= $1::timestamptz`;
  const ownerDue = await database.query<Due>(
    `${base} and not exists (select 1 from flag_escalations e where e.flag_id = f.id and e.step = 'owner')
      order by f.due_at limit 500`,
    [now],
  );
  // Step 2 counts from when step 1 happened, so owners always get the interval to act.
  const onCallDue = await database.query<Due>(
    `${base} and exists (select 1 from flag_escalations e where e.flag_id = f.id and e.step = 'owner'
                 and e.at + greatest(f.due_at - f.created_at, make_interval(secs => $2)) <= $1::timestamptz)
         and not exists (select 1 from flag_escalations e where e.flag_id = f.id and e.step = 'on_call')
       order by f.due_at limit 500`,
    [now, MIN_FURTHER_INTERVAL_MS / 1000],
  );
  const stats: EscalationStats = { owner: 0, onCall: 0 };
  for (const flag of ownerDue) if (await escalate(database, flag, "owner", options.now)) stats.owner++;
  for (const flag of onCallDue) if (await escalate(database, flag, "on_call", options.now)) stats.onCall++;
  return stats;
}

async function escalate(database: Database, flag: Due, step: "owner" | "on_call", now: Date): Promise<boolean> {
  const staff = await database.query<{ user_id: string; role: string }>(ACTIVE_STAFF, [flag.organization_id]);
  const owners = staff.filter((s) => s.role === "owner").map((s) => s.user_id);
  const recipients =
    step === "owner"
      ? owners
      : staff.map((s) => s.user_id).filter((id) => id !== flag.coach_user_id && !owners.includes(id));
  return database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(flagEscalations)
      .values({
        organizationId: flag.organization_id,
        flagId: flag.id,
        clientId: flag.client_id,
        step,
        notifiedUserIds: recipients,
        at: now,
      })
      .onConflictDoNothing()
      .returning({ id: flagEscalations.id });
    if (!row) return false; // another worker took this step
    const dueAt = new Date(flag.due_at).toISOString().slice(0, 16).replace("T", " ");
    const what = flag.level === "red" ? "red flag" : "yellow flag";
    await notify(tx, {
      organizationId: flag.organization_id,
      recipientUserIds: recipients,
      kind: "overdue_escalation",
      urgency: flag.level === "red" ? "high" : "normal",
      clientId: flag.client_id,
      subject: `Overdue ${what}: ${flag.client_name}`,
      body:
        step === "owner"
          ? `${flag.client_name}'s ${what} passed its response time (due ${dueAt} UTC) and is still open. ` +
            `${flag.coach_user_id ? "Check with the assigned coach, or review it yourself." : "No coach is assigned: review it or assign a coach."}`
          : `${flag.client_name}'s ${what} is still open long after its response time (due ${dueAt} UTC). ` +
            "The owner was told earlier. If you can take it, ask the owner to assign the client to you.",
      // Only owners (and the assigned coach) can open the client; other coaches would get a 404.
      linkPath: step === "owner" ? `/clients/${flag.client_id}` : null,
      dedupeKey: `escalation:${step}:${flag.id}`,
    });
    return true;
  });
}
