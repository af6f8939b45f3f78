import type { Database } from "../db/open.ts";

/**
 * A little decided history for the demo's Business page, which would otherwise show empty response
 * times, escalation accuracy and satisfaction on a brand-new organization: survey answers from the
 * last two months, and yellows and reds the owner resolved (after a few hours, with and without an
 * action) and yellow proposals they decided over the last six weeks. Deterministic by client order;
 * dates count back from `now`. Does nothing when the organization already has survey answers.
 */
export async function seedDemoBusiness(
  database: Database,
  input: { organizationId: string; now: Date },
): Promise<{ surveys: number; flags: number; proposals: number }> {
  const params = [input.organizationId, input.now.toISOString()];
  const [seen] = await database.query<{ n: number }>(
    "select count(*)::int as n from satisfaction_surveys where organization_id = $1 and $2::timestamptz is not null",
    params,
  );
  if (Number(seen?.n ?? 0) > 0) return { surveys: 0, flags: 0, proposals: 0 };
  const clients = `with owner as (
      select user_id from memberships where organization_id = $1 and role = 'owner' order by created_at limit 1),
    c as (select id, (row_number() over (order by email, name, id) - 1)::int as i
            from clients where organization_id = $1 and status = 'active')`;
  const surveys = await database.query(
    `${clients}
     insert into satisfaction_surveys (organization_id, client_id, score, comment, created_at)
     select $1, c.id, 10 - (c.i + k * 3) % 6,
            case when (c.i + k) % 4 = 0 then (array['The weekly check-ins keep me honest',
              'Sessions fit my evenings now', 'Would like quicker replies on weekends',
              'Best shape I have been in'])[1 + (c.i + k) % 4] end,
            $2::timestamptz - ((k * 30 + 2 + c.i % 25) * interval '1 day')
       from c, generate_series(0, 1) k where c.i % 5 <> 4
     returning id`,
    params,
  );
  const flags = await database.query(
    `${clients}
     insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
       recommended_action, status, outcome, resolution_note, resolved_by, resolved_at, created_at)
     select $1, c.id, 'demo_history_' || lvl, lvl, 'demo', 'demo.history', 'Earlier signal (demo history)', '{}',
            'review', 'resolved',
            case when lvl = 'red' then (array['referred', 'plan_changed', 'note'])[1 + c.i % 3]
                 else (array[null, 'note', 'plan_changed'])[1 + c.i % 3] end, 'Handled (demo history)',
            (select user_id from owner),
            $2::timestamptz - ((6 + c.i * 2) * interval '1 day')
              + ((c.i * 7) % (case when lvl = 'red' then 6 else 30 end) + 1) * interval '1 hour',
            $2::timestamptz - ((6 + c.i * 2) * interval '1 day')
       from c, (values ('yellow'), ('red')) l(lvl)
      where (lvl = 'yellow' and c.i % 2 = 0) or (lvl = 'red' and c.i % 5 = 1)
     returning id`,
    params,
  );
  // Kinds the daily pass never writes (one of each per client, so listings ordered by kind stay
  // deterministic), dated beyond the 60-day adjustment lookback so this history never shapes a
  // generated session; created and decided within the last six weeks.
  const proposals = await database.query(
    `${clients}
     insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
       level, major, status, automated, decided_by, decided_at, created_at, reason)
     select $1, c.id, 'demo-history:' || k, (array['session_swap', 'substitution'])[k],
            ($2::timestamptz - (61 + k) * interval '1 day')::date, 'session',
            '{}', '[]', '[]', 'yellow', false, case when (c.i + k) % 3 = 0 then 'rejected' else 'approved' end, false,
            (select user_id from owner), $2::timestamptz - k * interval '15 days' + ((c.i * 5 + k) % 20 + 1) * interval '1 hour',
            $2::timestamptz - k * interval '15 days', 'Decided (demo history)'
       from c, generate_series(1, 2) k where c.i % 2 = 1
     returning id`,
    params,
  );
  return { surveys: surveys.length, flags: flags.length, proposals: proposals.length };
}
