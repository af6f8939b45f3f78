import type { Database } from "../db/open.ts";
import { flagEscalations, proposalEscalations } from "../db/schema-notifications.ts";
import { notify } from "./notify.ts";

/**
 * The escalation chain of overdue items (issue 10 item 5): open yellow/red flags and yellow/red
 * proposals still pending review, each past its `due_at` (its tier's response promise for its
 * level, set by the monitoring pass). For an active client's overdue item:
 *   1. `owner`: the organization's active owners are told (high urgency for a red);
 *   2. `on_call`: if it is still open one further interval after step 1, every other active coach
 *      of the organization is told. There is no on-call rota setting yet, so "on call" means every
 *      active coach and owner not already told (the assigned coach and the owners are excluded).
 * The further interval is the item's own response window (`due_at - created_at`), at least one
 * hour: the same promise again. Each step is one row in `flag_escalations` / `proposal_escalations`
 * (unique per item and step) written in the same transaction as its notifications, so a step
 * happens once, even when two workers run at the same time or the job re-runs. An item resolved
 * or decided meanwhile escalates no further.
 */
export const MIN_FURTHER_INTERVAL_MS = 3600_000;

export type EscalationStats = { owner: number; onCall: number };

type ItemKind = "flag" | "proposal";
type Step = "owner" | "on_call";

const SOURCES = {
  flag: { items: "flags", escalations: "flag_escalations", fk: "flag_id", open: "x.status = 'open'" },
  proposal: {
    items: "proposals",
    escalations: "proposal_escalations",
    fk: "proposal_id",
    open: "x.status = 'pending_review'",
  },
} as const;

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

/** The items of one kind due for `step` at $1 (step 2 counts from when step 1 happened). */
function dueText(kind: ItemKind, step: Step): string {
  const src = SOURCES[kind];
  const done = (s: Step) => `select 1 from ${src.escalations} e where e.${src.fk} = x.id and e.step = '${s}'`;
  const base = `select x.id, x.organization_id, x.client_id, x.level, x.due_at, c.name as client_name, cc.coach_user_id
    from ${src.items} x join clients c on c.id = x.client_id and c.status = 'active'
    left join coach_clients cc on cc.client_id = x.client_id
    where ${src.open} and x.level in ('yellow', 'red') and x.due_at is not null and x.due_at <= $1::timestamptz`;
  const when =
    step === "owner"
      ? `and not exists (${done("owner")})`
      : `and exists (${done("owner")} and e.at + greatest(x.due_at - x.created_at, make_interval(secs => $2)) <= $1::timestamptz)
         and not exists (${done("on_call")})`;
  return `${base} ${when} order by x.due_at limit 500`;
}

/** Runs both steps for every organization at `now` (inject it in tests). Idempotent. */
export async function runEscalations(database: Database, options: { now: Date }): Promise<EscalationStats> {
  const now = options.now.toISOString();
  const stats: EscalationStats = { owner: 0, onCall: 0 };
  for (const step of ["owner", "on_call"] as const)
    for (const kind of ["flag", "proposal"] as const) {
      const params = step === "owner" ? [now] : [now, MIN_FURTHER_INTERVAL_MS / 1000];
      for (const item of await database.query<Due>(dueText(kind, step), params))
        if (await escalate(database, kind, item, step, options.now)) stats[step === "owner" ? "owner" : "onCall"]++;
    }
  return stats;
}

/** Records one step for one item and notifies its recipients, in one transaction; false if already taken. */
async function escalate(database: Database, kind: ItemKind, item: Due, step: Step, now: Date): Promise<boolean> {
  const staff = await database.query<{ user_id: string; role: string }>(ACTIVE_STAFF, [item.organization_id]);
  const owners = staff.filter((s) => s.role === "owner").map((s) => s.user_id);
  const recipients =
    step === "owner"
      ? owners
      : staff.map((s) => s.user_id).filter((id) => id !== item.coach_user_id && !owners.includes(id));
  const record = {
    organizationId: item.organization_id,
    clientId: item.client_id,
    step,
    notifiedUserIds: recipients,
    at: now,
  };
  return database.db.transaction(async (tx) => {
    const [row] =
      kind === "flag"
        ? await tx
            .insert(flagEscalations)
            .values({ ...record, flagId: item.id })
            .onConflictDoNothing()
            .returning({ id: flagEscalations.id })
        : await tx
            .insert(proposalEscalations)
            .values({ ...record, proposalId: item.id })
            .onConflictDoNothing()
            .returning({ id: proposalEscalations.id });
    if (!row) return false; // another worker took this step
    await notify(tx, {
      organizationId: item.organization_id,
      recipientUserIds: recipients,
      kind: "overdue_escalation",
      urgency: item.level === "red" ? "high" : "normal",
      clientId: item.client_id,
      ...escalationText(kind, item, step),
      dedupeKey: `escalation:${step}:${kind}:${item.id}`,
    });
    return true;
  });
}

/** Subject, body and link: the client's name and the level, no health detail (email is not private). */
function escalationText(kind: ItemKind, item: Due, step: Step) {
  const dueAt = new Date(item.due_at).toISOString().slice(0, 16).replace("T", " ");
  const what = kind === "flag" ? `${item.level} flag` : `${item.level} plan change waiting for review`;
  const name = item.client_name;
  const body =
    step === "owner"
      ? `${name}'s ${what} passed its response time (due ${dueAt} UTC) and is still open. ` +
        (item.coach_user_id
          ? "Check with the assigned coach, or review it yourself."
          : "No coach is assigned: review it or assign a coach.")
      : `${name}'s ${what} is still open long after its response time (due ${dueAt} UTC). ` +
        "The owner was told earlier. If you can take it, ask the owner to assign the client to you.";
  // Only owners (and the assigned coach) can open the client; other coaches would get a 404.
  const link = kind === "flag" ? `/clients/${item.client_id}` : `/clients/${item.client_id}/proposals/${item.id}`;
  return {
    subject:
      kind === "flag" ? `Overdue ${item.level} flag: ${name}` : `Overdue ${item.level} change to review: ${name}`,
    body,
    linkPath: step === "owner" ? link : null,
  };
}
