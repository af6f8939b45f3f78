import type { QueueItem } from "@spotter/contracts";
import type { Actor } from "../../auth/actor.ts";
import type { Database } from "../../db/open.ts";

/**
 * The coach's queue in SQL (issue 12): open flags and pending proposals of the caller's visible
 * active clients, filtered, ordered and paginated by PostgreSQL (partial indexes flags_open_org_due
 * and proposals_pending_org_due, migration 0008), with the totals of the filtered queue from the same
 * statement. Order: red, yellow, green; then the earliest due time (none last); then the oldest;
 * then the id — the order compareQueueItems defines.
 *
 * The `summary` view leaves out what only the detail needs: a proposal's reasons (its evidence) and
 * any flag evidence other than inputs, dates and quotes (what the row shows). Diffs stay: they are
 * small and the row summarises them.
 */
export type QueueFilter = {
  level?: "red" | "yellow" | "green";
  type?: "flag" | "proposal";
  clientId?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
  view: "summary" | "full";
};

const VISIBLE = {
  // $2 is unused for the owner (kept so both statements take the same parameters).
  owner: "($2::uuid is null or true)",
  coach: "exists (select 1 from coach_clients cc where cc.client_id = c.id and cc.coach_user_id = $2)",
} as const;

const FLAG_EVIDENCE = {
  full: "f.evidence",
  summary:
    "jsonb_strip_nulls(jsonb_build_object('inputs', f.evidence->'inputs', 'dates', f.evidence->'dates', 'quotes', f.evidence->'quotes'))",
} as const;
const PROPOSAL_EVIDENCE = {
  full: "jsonb_build_object('reasons', p.reasons, 'decisionReasons', p.decision_reasons)",
  summary: "'{}'::jsonb",
} as const;

/** A proposal's message: its reasons' messages joined by a space, in order. */
const PROPOSAL_MESSAGE = `coalesce((select string_agg(coalesce(r.value->>'message', ''), ' ' order by r.n)
  from jsonb_array_elements(p.reasons) with ordinality as r(value, n)), '')`;

/**
 * A timestamptz as the ISO text toISOString() writes (to_char truncates to the ms, as parsing the
 * column's text does): parsing each row's dates (postgres-date) showed in the queue's CPU profile.
 */
const isoText = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The queue's order (compareQueueItems), on the columns of `t` ("" or "page."). */
const order = (t: string) =>
  `case ${t}level when 'red' then 2 when 'yellow' then 1 else 0 end desc, ${t}due_at asc nulls last, ${t}created_at asc, ${t}id asc`;

/**
 * The open flags and pending proposals of the caller's visible active clients, as narrow keys.
 *
 * The owner's are the organization's (partial indexes flags_open_org_due, proposals_pending_org_due).
 * A coach's start from their own clients and read each one's open flags and pending proposals by
 * client (flags_open_client_kind, proposals_pending_client): keeping a coach's share of the
 * organization's items grew with the organization, 8.8 ms for a coach of 500 in an organization of
 * 10,000 (8,000 open items) against 3.1 ms this way, same items (bench/api/morning-rush.ts). The
 * lateral subqueries with `offset 0` keep the per-client lookups: flattened, the planner hashed the
 * organization's items again.
 */
const ITEMS = {
  owner: `with items as (
  select 'flag' as type, f.id, f.client_id, c.name as client_name, f.level, f.due_at, f.created_at
  from flags f join clients c on c.id = f.client_id
  where f.organization_id = $1 and f.status = 'open' and c.organization_id = $1 and c.status = 'active'
    and ${VISIBLE.owner}
  union all
  select 'proposal', p.id, p.client_id, c.name, p.level, p.due_at, p.created_at
  from proposals p join clients c on c.id = p.client_id
  where p.organization_id = $1 and p.status = 'pending_review' and c.organization_id = $1 and c.status = 'active'
)`,
  coach: `with mine as materialized (
  select c.id, c.name from coach_clients cc
  cross join lateral (select c.id, c.name from clients c
    where c.id = cc.client_id and c.organization_id = $1 and c.status = 'active' offset 0) c
  where cc.coach_user_id = $2
), items as (
  select 'flag' as type, f.id, f.client_id, m.name as client_name, f.level, f.due_at, f.created_at
  from mine m cross join lateral (select f.id, f.client_id, f.level, f.due_at, f.created_at from flags f
    where f.client_id = m.id and f.status = 'open' and f.organization_id = $1 offset 0) f
  union all
  select 'proposal', p.id, p.client_id, m.name, p.level, p.due_at, p.created_at
  from mine m cross join lateral (select p.id, p.client_id, p.level, p.due_at, p.created_at from proposals p
    where p.client_id = m.id and p.status = 'pending_review' and p.organization_id = $1 offset 0) p
)`,
} as const;

/**
 * Filters, counts, orders and cuts the page on the narrow keys alone; only the page's rows then
 * join back for their text and JSON (a proposal's message from its reasons, the summary's
 * evidence). Building those for the whole queue before the limit was most of PostgreSQL's time for
 * a 100-item page of a 446-item queue (issue 12).
 */
function listText(scope: keyof typeof VISIBLE, view: QueueFilter["view"]) {
  return `${ITEMS[scope]}, filtered as (
  select * from items
  where ($3::text is null or level = $3) and ($4::text is null or type = $4) and ($5::uuid is null or client_id = $5)
    and ($6::boolean is null or (due_at is not null and due_at < $7::timestamptz) = $6)
), page as (
  select *, (due_at is not null and due_at < $7::timestamptz) as overdue,
         count(*) over () as total,
         count(*) filter (where level = 'red') over () as reds,
         count(*) filter (where level = 'yellow') over () as yellows,
         count(*) filter (where due_at is not null and due_at < $7::timestamptz) over () as overdues
  from filtered
  order by ${order("")}
  limit $8 offset $9
)
select page.type, page.id, page.client_id, page.client_name, page.level,
       case page.type when 'flag' then f.kind else p.kind end as kind,
       case page.type when 'flag' then null else p.exercise_id end as exercise_id,
       case page.type when 'flag' then f.message else ${PROPOSAL_MESSAGE} end as message,
       case page.type when 'flag' then ${FLAG_EVIDENCE[view]} else ${PROPOSAL_EVIDENCE[view]} end as evidence,
       f.recommended_action, f.refer_to, p.diff, coalesce(p.human_requested, false) as human_requested,
       ${isoText("page.due_at")} as due_at, ${isoText("page.created_at")} as created_at,
       page.overdue, page.total, page.reds, page.yellows, page.overdues
from page
left join flags f on page.type = 'flag' and f.id = page.id
left join proposals p on page.type = 'proposal' and p.id = page.id
order by ${order("page.")}`;
}

type Row = {
  type: "flag" | "proposal";
  id: string;
  client_id: string;
  client_name: string;
  level: QueueItem["level"];
  kind: string;
  exercise_id: string | null;
  message: string;
  evidence: unknown;
  recommended_action: string | null;
  refer_to: string[] | null;
  diff: unknown;
  human_requested: boolean;
  /** ISO text (isoText). */
  due_at: string | null;
  created_at: string;
  overdue: boolean;
  total: string | number;
  reds: string | number;
  yellows: string | number;
  overdues: string | number;
};

function itemOf(r: Row): QueueItem {
  return {
    type: r.type,
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    level: r.level,
    kind: r.kind,
    exerciseId: r.exercise_id,
    message: r.message,
    evidence: r.evidence as QueueItem["evidence"],
    recommendedAction: r.recommended_action,
    referTo: r.refer_to ?? null,
    diff: (r.diff ?? null) as QueueItem["diff"],
    humanRequested: r.human_requested,
    dueAt: r.due_at,
    overdue: r.overdue,
    createdAt: r.created_at,
  };
}

/** Runs a statement prepared by name on PostgreSQL (planned once per connection); PGlite runs it as is. */
async function run<T>(database: Database, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (database.pool) return (await database.pool.query({ name, text, values })).rows as T[];
  return database.query<T>(text, values);
}

export type QueuePage = {
  items: QueueItem[];
  total: number;
  counts: { red: number; yellow: number; overdue: number };
};

export async function queuePage(database: Database, actor: Actor, filter: QueueFilter, now: Date): Promise<QueuePage> {
  const scope = actor.role === "owner" ? "owner" : "coach";
  const rows = await run<Row>(database, `spotter_queue_${scope}_${filter.view}`, listText(scope, filter.view), [
    actor.organizationId,
    actor.role === "owner" ? null : actor.userId,
    filter.level ?? null,
    filter.type ?? null,
    filter.clientId ?? null,
    filter.overdue ?? null,
    now.toISOString(),
    filter.limit,
    filter.offset,
  ]);
  const first = rows[0];
  if (!first && filter.offset > 0) {
    // Past the last page the window totals are absent: ask for the first row's totals.
    const head = await queuePage(database, actor, { ...filter, offset: 0, limit: 1 }, now);
    return { items: [], total: head.total, counts: head.counts };
  }
  return {
    items: rows.map(itemOf),
    total: Number(first?.total ?? 0),
    counts: {
      red: Number(first?.reds ?? 0),
      yellow: Number(first?.yellows ?? 0),
      overdue: Number(first?.overdues ?? 0),
    },
  };
}

/** One flag or proposal with its full evidence and diff, if the caller may see its client; any status. */
export async function queueItemDetail(
  database: Database,
  actor: Actor,
  type: "flag" | "proposal",
  id: string,
  now: Date,
): Promise<QueueItem | null> {
  const scope = actor.role === "owner" ? "owner" : "coach";
  const text =
    type === "flag"
      ? `select 'flag' as type, f.id, f.client_id, c.name as client_name, f.level, f.kind, null::text as exercise_id, f.message,
           f.evidence, f.recommended_action, f.refer_to, null::jsonb as diff, false as human_requested,
           ${isoText("f.due_at")} as due_at, ${isoText("f.created_at")} as created_at, (f.due_at is not null and f.due_at < $4::timestamptz) as overdue
         from flags f join clients c on c.id = f.client_id
         where f.id = $3 and f.organization_id = $1 and c.organization_id = $1 and ${VISIBLE[scope]}`
      : `select 'proposal' as type, p.id, p.client_id, c.name as client_name, p.level, p.kind, p.exercise_id, ${PROPOSAL_MESSAGE} as message,
           ${PROPOSAL_EVIDENCE.full} as evidence, null as recommended_action, null::jsonb as refer_to, p.diff,
           p.human_requested, ${isoText("p.due_at")} as due_at, ${isoText("p.created_at")} as created_at, (p.due_at is not null and p.due_at < $4::timestamptz) as overdue
         from proposals p join clients c on c.id = p.client_id
         where p.id = $3 and p.organization_id = $1 and c.organization_id = $1 and ${VISIBLE[scope]}`;
  const [row] = await run<Row>(database, `spotter_queue_${type}_${scope}`, text, [
    actor.organizationId,
    actor.role === "owner" ? null : actor.userId,
    id,
    now.toISOString(),
  ]);
  return row ? itemOf(row) : null;
}
