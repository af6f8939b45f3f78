/**
 * "A red notifies its coach immediately" (issue 10 item 5), in the statement that writes the flags.
 *
 * The monitoring pass writes flags for a whole chunk of clients in one SQL statement
 * (monitoring/persist.ts). This is one more data-modifying CTE for that statement, so the
 * notification commits with the flag or not at all. It reads the flag CTE's RETURNING rows
 * (`id, organization_id, client_id, level`) and records one `red_flag` notification per red flag
 * for the client's assigned coach (the organization's active owners when no active coach is assigned), with the
 * dedupe key `red_flag:<flag id>`: a re-run, or a later signal updating the same open flag,
 * records nothing new; a yellow flag turning red is notified once, when it turns red.
 *
 * Its email cannot be muted (EMAIL_MANDATORY_KINDS); its browser push goes where the coach has a
 * subscribed device and has not switched red flags' push off. Subject and body name the client but no
 * health detail: email is not a private channel, the evidence is one click away in Spotter.
 */
/** The client's assigned coach while their membership is active (a deactivated coach hears nothing). */
const ACTIVE_ASSIGNED_COACH = `(select cc.coach_user_id as user_id from coach_clients cc
    join memberships cm on cm.organization_id = f.organization_id and cm.user_id = cc.coach_user_id
     and cm.deactivated_at is null
   where cc.client_id = f.client_id)`;

export function redFlagNotificationsSql(flagCte: string): string {
  return `insert into notifications (organization_id, recipient_user_id, client_id, kind, urgency, subject, body,
            link_path, dedupe_key, email_status, push_status)
     select f.organization_id, r.user_id, f.client_id, 'red_flag', 'high', 'Red flag: ' || c.name,
            c.name || ' has a red flag that needs a coach''s review now. Open the client in Spotter to see the '
              || 'evidence and the recommended action.',
            '/clients/' || f.client_id::text, 'red_flag:' || f.id::text, 'pending',
            -- A browser push too where the coach subscribed a device and left red flags on.
            case when exists (select 1 from push_subscriptions s
                               where s.user_id = r.user_id and s.organization_id = f.organization_id)
                  and not exists (select 1 from notification_preferences p
                                   where p.user_id = r.user_id and p.organization_id = f.organization_id
                                     and p.push_off ? 'red_flag')
                 then 'pending' else 'skipped' end
       from ${flagCte} f
       join clients c on c.id = f.client_id
       cross join lateral (
         select a.user_id from ${ACTIVE_ASSIGNED_COACH} a
         union
         select m.user_id from memberships m
          where m.organization_id = f.organization_id and m.role = 'owner' and m.deactivated_at is null
            and not exists (select 1 from ${ACTIVE_ASSIGNED_COACH} a2)
       ) r
      where f.level = 'red'
     on conflict do nothing
     returning 1`;
}
