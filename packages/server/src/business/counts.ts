import type {
  BusinessCounts,
  ClientMonthCounts,
  DecisionCounts,
  EscalationCounts,
  ResponseCounts,
  ResponseKind,
  SessionMonthCounts,
  SurveyCounts,
  TierFacts,
} from "@spotter/engine";
import type { Database } from "../db/open.ts";
import { END_DAY, FIRST_DAY, MONTHS_CTE, PEOPLE_CTE, TODAY } from "./people-sql.ts";
import type { Period } from "./period.ts";

export type CountsInput = {
  organizationId: string;
  period: Period;
  now: Date;
  churnInactiveDays: number;
  tiers: TierFacts[];
  defaultTierId: string | null;
};

const MONTH = (col: string) => `to_char(date_trunc('month', ${col}), 'YYYY-MM')`;

/** Per month × tier: clients at start, joined, churned, billed, check-ins asked for and given. */
const CLIENTS_SQL = `with ${PEOPLE_CTE}, ${MONTHS_CTE},
per_client as (
  select ${MONTH("mo.m")} as month, p.tier_id,
         count(*) filter (where p.start_day < mo.m) as active_at_start,
         count(*) filter (where p.start_day >= mo.m) as joined,
         count(*) filter (where p.churn_day < mo.m_end) as churned,
         count(*) filter (where p.start_day <= (select today from bounds)) as active_in_month,
         coalesce(sum(greatest(0,
           least(mo.m_end - 1, p.churn_day - 1, (select today from bounds) - 1) - greatest(mo.m, p.start_day) + 1
         )) filter (where not p.deleted), 0) as expected
    from months mo
    join people p on p.start_day < mo.m_end and (p.churn_day is null or p.churn_day >= mo.m)
   group by mo.m, p.tier_id
),
checks as (
  select ${MONTH("k.date")} as month, p.tier_id, count(*) as n
    from check_ins k join people p on p.id = k.client_id
   where k.organization_id = $1 and k.date >= ${FIRST_DAY} and k.date < ${END_DAY}
     and k.date < ${TODAY} and k.date >= p.start_day and (p.churn_day is null or k.date < p.churn_day)
   group by 1, 2
)
select pc.month, pc.tier_id, pc.active_at_start::int, pc.joined::int, pc.churned::int, pc.active_in_month::int,
       pc.expected::int, coalesce(ch.n, 0)::int as check_ins
  from per_client pc
  left join checks ch on ch.month = pc.month and ch.tier_id is not distinct from pc.tier_id
 order by 1, 2`;

/** Planned sessions dated before today, and how many were completed. */
const SESSIONS_SQL = `with ${PEOPLE_CTE}
select ${MONTH("s.date")} as month, coalesce(cm.tier_id, $6::uuid) as tier_id,
       count(*)::int as planned, count(*) filter (where s.completed)::int as done
  from monitoring_sessions s left join client_monitoring cm on cm.client_id = s.client_id
 where s.organization_id = $1 and s.planned
   and s.date >= ${FIRST_DAY} and s.date < ${END_DAY} and s.date < ${TODAY}
 group by 1, 2`;

/**
 * Everything that owes a coach's answer within a tier promise: flags (yellow, red), yellow and red
 * proposals waiting for or given a human decision, and each run of client messages (answered by
 * the next coach or owner message). Grouping sets give exact medians per tier and overall.
 */
const RESPONSES_SQL = `with ${PEOPLE_CTE},
threads as (
  select m.client_id, m.thread_id, m.seq, m.created_at, m.author_role,
         lag(m.author_role) over (partition by m.thread_id order by m.seq) as prev_role
    from messages m where m.organization_id = $1
),
items as (
  select f.level as kind, f.client_id, f.created_at as raised_at, f.resolved_at as answered_at
    from flags f where f.organization_id = $1
  union all
  select p.level, p.client_id, p.created_at, p.decided_at
    from proposals p
   where p.organization_id = $1 and p.level in ('yellow', 'red')
     and ((p.decided_at is not null and p.decided_by is not null) or p.status in ('pending_review', 'proposed'))
  union all
  select 'message', t.client_id, t.created_at,
         (select min(r.created_at) from messages r
           where r.thread_id = t.thread_id and r.seq > t.seq and r.author_role <> 'client')
    from threads t where t.author_role = 'client' and (t.prev_role is null or t.prev_role <> 'client')
),
scored as (
  select i.kind, ${MONTH("(i.raised_at at time zone 'UTC')")} as month, coalesce(cm.tier_id, $6::uuid) as tier_id,
         extract(epoch from (i.answered_at - i.raised_at)) / 3600.0 as hours,
         i.answered_at is not null as answered, i.raised_at,
         case when i.kind = 'red' then st.response_hours_red else st.response_hours_yellow end as promise
    from items i
    left join client_monitoring cm on cm.client_id = i.client_id
    left join service_tiers st on st.id = coalesce(cm.tier_id, $6::uuid)
   where i.raised_at >= (select first_m from bounds) and i.raised_at < (select end_m from bounds)
)
select kind, month, tier_id, grouping(month)::int as all_months, grouping(tier_id)::int as all_tiers,
       count(*) filter (where answered)::int as answered,
       count(*) filter (where answered and hours <= promise)::int as within_promise,
       count(*) filter (where not answered and (select now_at from bounds) > raised_at + promise * interval '1 hour')::int
         as overdue_open,
       percentile_cont(0.5) within group (order by hours)::float8 as median_hours
  from scored
 group by grouping sets ((kind, month, tier_id), (kind, tier_id), (kind))`;

/** Closed yellows and reds: with an action, or "no action needed". */
const ESCALATIONS_SQL = `with ${PEOPLE_CTE},
closed as (
  select f.level, f.client_id, f.resolved_at as at, coalesce(f.outcome in ('referred', 'plan_changed'), false) as acted
    from flags f where f.organization_id = $1 and f.status = 'resolved'
  union all
  select p.level, p.client_id, p.decided_at, p.status in ('approved', 'edited')
    from proposals p
   where p.organization_id = $1 and p.level in ('yellow', 'red') and p.decided_by is not null
     and p.status in ('approved', 'edited', 'rejected')
)
select ${MONTH("(x.at at time zone 'UTC')")} as month, coalesce(cm.tier_id, $6::uuid) as tier_id, x.level,
       count(*) filter (where x.acted)::int as acted, count(*) filter (where not x.acted)::int as no_action
  from closed x left join client_monitoring cm on cm.client_id = x.client_id
 where x.at >= (select first_m from bounds) and x.at < (select end_m from bounds)
 group by 1, 2, 3`;

/** Every human decision in the period (flags resolved, proposals decided), the review load per tier. */
const DECISIONS_SQL = `with ${PEOPLE_CTE},
decided as (
  select client_id, resolved_at as at from flags where organization_id = $1 and resolved_at is not null
  union all
  select client_id, decided_at from proposals where organization_id = $1 and decided_by is not null and decided_at is not null
)
select coalesce(cm.tier_id, $6::uuid) as tier_id, count(*)::int as decisions
  from decided d left join client_monitoring cm on cm.client_id = d.client_id
 where d.at >= (select first_m from bounds) and d.at < (select end_m from bounds)
 group by 1`;

const SURVEYS_SQL = `with ${PEOPLE_CTE}
select ${MONTH("(s.created_at at time zone 'UTC')")} as month, coalesce(cm.tier_id, $6::uuid) as tier_id,
       count(*)::int as answers, count(*) filter (where s.score >= 9)::int as promoters,
       count(*) filter (where s.score <= 6)::int as detractors, sum(s.score)::int as score_sum
  from satisfaction_surveys s left join client_monitoring cm on cm.client_id = s.client_id
 where s.organization_id = $1 and s.created_at >= (select first_m from bounds) and s.created_at < (select end_m from bounds)
 group by 1, 2`;

const COMMENTS_SQL = `with ${PEOPLE_CTE}
select s.score, s.comment, s.created_at, coalesce(cm.tier_id, $6::uuid) as tier_id
  from satisfaction_surveys s left join client_monitoring cm on cm.client_id = s.client_id
 where s.organization_id = $1 and s.comment is not null and s.comment <> ''
   and s.created_at >= (select first_m from bounds) and s.created_at < (select end_m from bounds)
 order by s.created_at desc, s.id desc limit 10`;

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const int = (v: unknown) => Number(v ?? 0);

export type SurveyComment = { score: number; comment: string; at: Date; tierId: string | null };

/**
 * The counts behind every business figure, aggregated in the database for one organization and
 * period (one statement per family; the `people` CTE is the same in each).
 */
export async function loadBusinessCounts(
  database: Database,
  input: CountsInput,
): Promise<{ counts: BusinessCounts; comments: SurveyComment[] }> {
  const { period } = input;
  const params = [
    input.organizationId,
    `${period.from}-01`,
    `${period.to}-01`,
    input.now.toISOString(),
    input.churnInactiveDays,
    input.defaultTierId,
  ];
  const q = (text: string) => database.query<Row>(text, params);
  const clients: ClientMonthCounts[] = (await q(CLIENTS_SQL)).map((r) => ({
    month: String(r.month),
    tierId: str(r.tier_id),
    activeAtStart: int(r.active_at_start),
    joined: int(r.joined),
    churned: int(r.churned),
    activeInMonth: int(r.active_in_month),
    expectedCheckIns: int(r.expected),
    checkIns: int(r.check_ins),
  }));
  const sessions: SessionMonthCounts[] = (await q(SESSIONS_SQL)).map((r) => ({
    month: String(r.month),
    tierId: str(r.tier_id),
    planned: int(r.planned),
    done: int(r.done),
  }));
  const responses: ResponseCounts[] = (await q(RESPONSES_SQL)).map((r) => ({
    kind: String(r.kind) as ResponseKind,
    scope: int(r.all_tiers) ? "all" : int(r.all_months) ? "tier" : "month",
    month: str(r.month),
    tierId: int(r.all_tiers) ? null : str(r.tier_id),
    answered: int(r.answered),
    withinPromise: int(r.within_promise),
    overdueOpen: int(r.overdue_open),
    medianHours: r.median_hours === null || r.median_hours === undefined ? null : Number(r.median_hours),
  }));
  const escalations: EscalationCounts[] = (await q(ESCALATIONS_SQL)).map((r) => ({
    month: String(r.month),
    tierId: str(r.tier_id),
    level: String(r.level) as "yellow" | "red",
    acted: int(r.acted),
    noAction: int(r.no_action),
  }));
  const decisions: DecisionCounts[] = (await q(DECISIONS_SQL)).map((r) => ({
    tierId: str(r.tier_id),
    decisions: int(r.decisions),
  }));
  const surveys: SurveyCounts[] = (await q(SURVEYS_SQL)).map((r) => ({
    month: String(r.month),
    tierId: str(r.tier_id),
    answers: int(r.answers),
    promoters: int(r.promoters),
    detractors: int(r.detractors),
    scoreSum: int(r.score_sum),
  }));
  const comments = (await q(COMMENTS_SQL)).map((r) => ({
    score: int(r.score),
    comment: String(r.comment),
    at: new Date(r.created_at as string | Date),
    tierId: str(r.tier_id),
  }));
  return {
    counts: {
      months: period.months,
      tiers: input.tiers,
      clients,
      sessions,
      responses,
      escalations,
      surveys,
      decisions,
      messagingAvailable: true,
    },
    comments,
  };
}
