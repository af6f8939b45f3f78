import type { Database } from "@spotter/server";
import { createClient, inviteAndAccept, signup, TestClient } from "@spotter/server/testing";

export type BusinessWorld = { ownerEmail: string; clientEmail: string };

const NAMES = ["Ava Stone", "Ben Ortiz", "Cara Lind", "Dev Patel", "Eli Moss", "Fay Chen", "Gus Hale", "Hana Ito"];

/**
 * An organization with five months of history for the owner's Business page: eight clients across
 * the tiers (one archived 70 days ago, one quiet for 50 days), check-ins and planned sessions at
 * different rates, yellows and reds resolved after varying hours with and without action, decided
 * proposals, answered messages and monthly survey answers. Written in bulk SQL relative to the
 * database's now (no HTTP route backdates records); the first client has a portal login and no
 * answer in the last 30 days, so the survey is due for them.
 */
export async function seedBusinessWorld(baseUrl: string, database: Database): Promise<BusinessWorld> {
  const owner = new TestClient(baseUrl);
  const me = await signup(owner, "Peak Coaching");
  const org = me.organization.id;
  const tiers = ((await owner.get<{ items: { id: string }[] }>("/api/tiers")).body.items ?? []).map((t) => t.id);
  const ids: string[] = [];
  for (const name of NAMES) ids.push(await createClient(owner, name));
  const login = await inviteAndAccept(owner, new TestClient(baseUrl), { role: "client", clientId: ids[0] ?? "" });
  const rows = ids.map((id, i) => ({ id, i, tier: tiers[i % tiers.length] }));
  // Each statement gets the parameters it names ($1 organization, $2 the clients, $3 the deciding user).
  const q = (sql: string) =>
    database.query(
      sql,
      [org, JSON.stringify(rows), me.user.id].slice(
        0,
        Math.max(...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))),
      ),
    );
  const people = "jsonb_to_recordset($2::jsonb) as p(id uuid, i int, tier uuid)";

  await q(`update clients set created_at = now() - interval '150 days' where organization_id = $1`);
  await q(`insert into client_monitoring (client_id, organization_id, tier_id) select p.id, $1, p.tier from ${people}`);
  await q(`update clients c set status = 'archived', updated_at = now() - interval '70 days'
             from ${people} where c.id = p.id and p.i = 6 and c.organization_id = $1`);
  // Check-ins at 60-90 % by client; client 6 stopped before the archive, client 7 went quiet 50 days ago.
  await q(`insert into check_ins (organization_id, client_id, date, sleep_hours, sleep_quality, fatigue, soreness, stress, mood)
           select $1::uuid, p.id, d::date, 7, 2, 2, 2, 2, 2
             from ${people}, generate_series(current_date - 150, current_date - 1, interval '1 day') d
            where ((d::date - date '2000-01-01') * 7 + p.i * 3) % 10 < 6 + p.i % 4
              and not (p.i = 6 and d::date > current_date - 80) and not (p.i = 7 and d::date > current_date - 50)`);
  await q(`insert into monitoring_sessions (organization_id, client_id, ref, date, planned, completed)
           select $1::uuid, p.id, 'biz-' || d::date, d::date, true, ((d::date - date '2000-01-01') + p.i) % 7 <> 0
             from ${people}, generate_series(current_date - 150, current_date - 1, interval '1 day') d
            where extract(isodow from d) in (1, 3, 5)
              and not (p.i = 6 and d::date > current_date - 80) and not (p.i = 7 and d::date > current_date - 50)`);
  // Yellows every 25 days and reds every 60, answered after varying hours; outcomes cycle.
  await q(`insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
             recommended_action, status, outcome, resolution_note, resolved_by, resolved_at, created_at)
           select $1::uuid, p.id, lvl || '-' || k, lvl, 's', 'r', 'seeded', '{}', 'review', 'resolved',
                  (array[null, 'note', 'plan_changed', 'referred'])[1 + (k + p.i) % 4], 'seeded', $3::uuid,
                  now() - (k * step) * interval '1 day' + ((k * 7 + p.i * 5) % (case when lvl = 'red' then 8 else 40 end))
                    * interval '1 hour' + interval '30 minutes',
                  now() - (k * step) * interval '1 day'
             from ${people}, (values ('yellow', 25), ('red', 60)) as l(lvl, step), generate_series(1, 5) k
            where k * step < 150 and p.i <> 6`);
  await q(`insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
             level, major, status, automated, decided_by, decided_at, created_at)
           select $1::uuid, p.id, 'biz-' || k, 'volume_change', current_date - k * 30, 'session', '{}', '[]', '[]', 'yellow',
                  false, case when (k + p.i) % 3 = 0 then 'rejected' else 'approved' end, false, $3::uuid,
                  now() - k * interval '30 days' + ((k * 11 + p.i * 3) % 30 + 1) * interval '1 hour',
                  now() - k * interval '30 days'
             from ${people}, generate_series(1, 4) k where p.i <> 6`);
  await q(
    `insert into message_threads (organization_id, client_id, last_seq) select $1::uuid, p.id, 12 from ${people}`,
  );
  await q(`insert into messages (organization_id, client_id, thread_id, seq, author_role, body, created_at)
           select $1::uuid, p.id, t.id, 2 * k - 1 + r, case when r = 0 then 'client' else 'owner' end, 'seeded',
                  now() - (7 - k) * interval '20 days' + r * ((k * 5 + p.i * 7) % 36 + 1) * interval '1 hour'
             from ${people} join message_threads t on t.client_id = p.id, generate_series(1, 6) k, generate_series(0, 1) r`);
  await q(`insert into satisfaction_surveys (organization_id, client_id, score, comment, created_at)
           select $1::uuid, p.id, 10 - (p.i + k * 2) % 5,
                  case when (p.i + k) % 3 = 0 then (array['Love the weekly check-ins', 'Programme feels made for me',
                    'Replies could be quicker', 'Great progress on my squat'])[1 + (p.i + k) % 4] end,
                  now() - (k * 30 + 5) * interval '1 day'
             from ${people}, generate_series(0, 3) k where p.i <> 6 and not (p.i = 0 and k = 0)`);
  return { ownerEmail: me.email, clientEmail: login.email };
}
