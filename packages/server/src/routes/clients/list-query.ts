import type { ClientSummary } from "@spotter/contracts";
import type { Actor } from "../../auth/actor.ts";
import { namedQuery } from "../../db/named-query.ts";
import type { Database } from "../../db/open.ts";

type Scope = "owner" | "coach";

/**
 * The roster page without a search term (the common request) as a named statement in SQL, so
 * neither drizzle nor PostgreSQL rebuilds or re-plans it per request (issue 12). Same rows, order
 * and visibility as the dynamic query in clients.ts: owner sees the organization, a coach the
 * clients assigned to them.
 *
 * It returns what the roster line shows and nothing else: the profile's digest (presenters/client.ts
 * profileSummary) is taken in SQL, so the whole profile is neither sent as jsonb text nor parsed per
 * row, and updated_at comes as the ISO text toISOString() writes (to_char truncates to the ms, as
 * parsing the column's text does; postgres-date's parseDate showed in the route's CPU profile).
 * The numbers come as float8: the value JSON.parse would give for the stored JSON number.
 */
export function statementText(scope: Scope, byStatus: boolean): string {
  // $1 organization, $2 limit, $3 offset, then the status and the coach when the statement takes them.
  const status = (t: string) => (byStatus ? ` and ${t}.status = $4` : "");
  const columns = `c.id, c.name, c.email, c.status, u.id as coach_id, u.name as coach_name,
  c.profile->'goals'->>'primary' as primary_goal,
  (c.profile->'trainingAgeMonths')::float8 as training_age_months,
  (select count(*)::int from jsonb_array_elements(c.profile->'injuries') i where i->>'status' = 'active') as active_injury_count,
  (c.profile->'schedule'->'daysPerWeek')::float8 as days_per_week,
  to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at`;
  if (scope === "coach") return coachStatementText(columns, status("c"), byStatus ? "$5" : "$4");
  // The total counts the same visible clients once (an init plan over the organization's index),
  // instead of a window count, which made PostgreSQL join and sort every visible client to return
  // one page. coach_clients has one row per client (unique index), so the join never multiplies rows.
  return `select ${columns},
  (select count(*)::int from clients v where v.organization_id = $1${status("v")}) as total
from clients c
left join coach_clients cc on cc.client_id = c.id
left join users u on u.id = cc.coach_user_id
where c.organization_id = $1${status("c")}
order by c.name, c.id
limit $2 offset $3`;
}

/**
 * A coach's page starts from their own clients (coach_clients by coach, then each client by its
 * key) and sorts those. Filtering the organization's clients by coach, as the owner's statement
 * reads them, grew with the organization: on a generic plan PostgreSQL walked the whole
 * organization in name order (or hashed all of it for the count) to keep one coach's share, 8-11
 * ms for a coach of 500 in an organization of 10,000 against 3.7 ms this way, same rows
 * (bench/api/morning-rush.ts). The lateral subquery with `offset 0` keeps the per-client lookup:
 * flattened, the planner chose the organization scan again. The caller is every row's coach.
 */
function coachStatementText(columns: string, status: string, coach: string): string {
  return `with mine as materialized (
  select c.* from coach_clients sc
  cross join lateral (select c.id, c.name, c.email, c.status, c.profile, c.updated_at from clients c
    where c.id = sc.client_id and c.organization_id = $1${status} offset 0) c
  where sc.coach_user_id = ${coach}
)
select ${columns},
  (select count(*)::int from mine) as total
from mine c
left join users u on u.id = ${coach}
order by c.name, c.id
limit $2 offset $3`;
}

const TEXTS = new Map<string, string>();

type Row = {
  id: string;
  name: string;
  email: string | null;
  status: ClientSummary["status"];
  coach_id: string | null;
  coach_name: string | null;
  primary_goal: ClientSummary["summary"]["primaryGoal"];
  training_age_months: number;
  active_injury_count: number;
  days_per_week: number;
  updated_at: string;
  total: number;
};

/**
 * One page of the caller's roster (no search term) and the count of the visible clients (null past
 * the last page, where the statement returns no row), in presentSummary's shape and key order.
 */
export async function listClientsPage(
  database: Database,
  actor: Actor,
  query: { status: string; page: number; pageSize: number },
): Promise<{ items: ClientSummary[]; total: number | null }> {
  const scope: Scope = actor.role === "owner" ? "owner" : "coach";
  const byStatus = query.status !== "all";
  const name = `spotter_client_roster_${scope}_${byStatus ? "status" : "all"}`;
  let text = TEXTS.get(name);
  if (!text) {
    text = statementText(scope, byStatus);
    TEXTS.set(name, text);
  }
  const values: unknown[] = [actor.organizationId, query.pageSize, (query.page - 1) * query.pageSize];
  if (byStatus) values.push(query.status);
  if (scope === "coach") values.push(actor.userId);
  const rows = await namedQuery<Row>(database, name, text, values);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      status: r.status,
      coach: r.coach_id && r.coach_name ? { id: r.coach_id, name: r.coach_name } : null,
      summary: {
        primaryGoal: r.primary_goal,
        trainingAgeMonths: r.training_age_months,
        activeInjuryCount: r.active_injury_count,
        daysPerWeek: r.days_per_week,
      },
      updatedAt: r.updated_at,
    })),
    total: rows[0] ? rows[0].total : null,
  };
}
