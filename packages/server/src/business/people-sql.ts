/**
 * The period's bounds as expressions of the parameters, for filters over many rows: written as
 * `(select first_m from bounds)` they hid the dates from the planner, which expected ~300 of the
 * ~500,000 check-ins in six months of a 10,000-client business and sorted them all to group them
 * (0.5 s) where a hash of the ~20 month × tier groups does.
 */
export const FIRST_DAY = "$2::date";
export const END_DAY = "($3::date + interval '1 month')::date";
export const TODAY = "($4::timestamptz at time zone 'UTC')::date";

/**
 * The `people` CTE every client figure reads: one row per client of the organization (and one per
 * client deleted since, from the audit trail), with the tier they count under, the day they
 * started and the day they churned.
 *
 * - tier: the assigned one, else the organization's default ($6); a deleted client's is unknown.
 * - start_day: created, or the first check-in or completed session when history was imported.
 * - churn_day: the first of: archived (the audit event, else the row's last update), deleted, or
 *   `quiet_days` ($5) after the last check-in or completed session, once that day has come.
 *
 * Parameters: $1 organization, $2 first month (date), $3 last month (date), $4 now, $5 quiet days,
 * $6 default tier id (nullable).
 */
export const PEOPLE_CTE = `
bounds as (
  select ${FIRST_DAY} as first_m, ${END_DAY} as end_m,
         $4::timestamptz as now_at, ${TODAY} as today, $5::int as quiet_days
),
activity as (
  select client_id, min(d) as first_day, max(d) as last_day from (
    select client_id, date as d from check_ins where organization_id = $1
    union all
    select client_id, date from monitoring_sessions where organization_id = $1 and completed
  ) x group by client_id
),
live as (
  select c.id, coalesce(cm.tier_id, $6::uuid) as tier_id, false as deleted,
         least((c.created_at at time zone 'UTC')::date, a.first_day) as start_day,
         case when c.status = 'archived' then (coalesce(
           (select max(e.at) from audit_events e
             where e.organization_id = $1 and e.client_id = c.id and e.action = 'client.archived'),
           c.updated_at) at time zone 'UTC')::date end as archived_day,
         coalesce(a.last_day, (c.created_at at time zone 'UTC')::date) + (select quiet_days from bounds) as quiet_day
    from clients c
    left join client_monitoring cm on cm.client_id = c.id
    left join activity a on a.client_id = c.id
   where c.organization_id = $1
),
people as (
  select id, tier_id, deleted, start_day,
         least(archived_day, case when quiet_day <= (select today from bounds) then quiet_day end) as churn_day
    from live
  union all
  select e.client_id, null::uuid, true,
         ((select min(f.at) from audit_events f where f.organization_id = $1 and f.client_id = e.client_id)
           at time zone 'UTC')::date,
         (e.at at time zone 'UTC')::date
    from audit_events e
   where e.organization_id = $1 and e.action = 'client.deleted' and e.client_id is not null
     and not exists (select 1 from clients c where c.id = e.client_id)
)`;

/** Each month of the period with the day after it. */
export const MONTHS_CTE = `
months as (
  select m::date as m, (m + interval '1 month')::date as m_end
    from generate_series((select first_m from bounds), (select end_m from bounds) - interval '1 day', interval '1 month') m
)`;
