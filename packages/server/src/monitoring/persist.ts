import { hash } from "node:crypto";
import { addHours, levelRank } from "@spotter/engine";
import { namedQuery } from "../db/named-query.ts";
import type { Database } from "../db/open.ts";
import { redFlagNotificationsSql } from "../notifications/red-flag.ts";
import { wakeDelivery } from "../notifications/wake.ts";
import { type ClientEvaluation, flaggableSignals } from "./evaluate-client.ts";

/**
 * Writes the results of many clients in one statement (flags, proposals and state as three
 * data-modifying CTEs), each fed one JSON parameter unpacked by `jsonb_to_recordset`, which both
 * drivers pass the same way.
 * Idempotent: a flag is not re-opened for a signal id it already had, proposals are unique by
 * (client, engine id), and the state row is an upsert (skipped where the caller says the stored one is
 * already this evaluation's), so a re-run of the same day writes nothing new.
 */
export async function persistEvaluations(
  database: Database,
  evals: readonly ClientEvaluation[],
  now: string,
  /** Clients whose stored state row already holds this evaluation's: their state is not rewritten. */
  unchangedState: ReadonlySet<string> = new Set(),
) {
  if (!evals.length) return { flags: 0, proposals: 0 };
  const flagRows: Record<string, unknown>[] = [];
  const proposalRows: Record<string, unknown>[] = [];
  const stateRows: Record<string, unknown>[] = [];
  // Each estimate row as JSON text (its digest is stored with it; an unchanged row is not sent).
  const estimateRows: string[] = [];
  for (const e of evals) {
    const x = e.nutrition?.expenditure;
    if (x && e.nutritionCheck) {
      const row = JSON.stringify({
        client_id: e.clientId,
        organization_id: e.organizationId,
        computed_for: e.result.date,
        kcal: x.kcal,
        sd_kcal: x.sdKcal,
        data_kcal: x.dataKcal,
        data_sd_kcal: x.dataSdKcal,
        kg_per_week: x.kgPerWeek,
        mean_intake_kcal: x.meanIntakeKcal,
        weigh_ins: x.weighIns,
        intake_days: x.intakeDays,
        window_days: x.windowDays,
        target_kcal: e.nutrition?.targetKcal ?? null,
        reasons: x.reasons,
        check_status: e.nutritionCheck.status,
        check_reasons: e.nutritionCheck.reasons,
      });
      const digest = hash("sha1", row, "base64");
      if (digest !== e.nutrition?.storedDigest) estimateRows.push(`${row.slice(0, -1)},"digest":"${digest}"}`);
    }
    for (const s of flaggableSignals(e.result.signals)) {
      flagRows.push({
        organization_id: e.organizationId,
        client_id: e.clientId,
        kind: s.kind,
        level: s.level,
        signal_id: s.id,
        rule_id: s.ruleId,
        message: s.message,
        evidence: { ...s.evidence, source: s.source, signalId: s.id, ruleId: s.ruleId },
        recommended_action: s.recommendedAction,
        refer_to: s.referTo ?? null,
        due_at: s.dueAt,
      });
    }
    for (const p of e.result.proposals) {
      const status = p.decision === "auto_apply" ? "auto_applied" : p.decision;
      const hours = levelRank(p.proposal.level) === 2 ? e.tier.responseHours.red : e.tier.responseHours.yellow;
      proposalRows.push({
        organization_id: e.organizationId,
        client_id: e.clientId,
        engine_id: p.proposal.id,
        kind: p.proposal.kind,
        date: p.proposal.date,
        scope: p.proposal.scope,
        exercise_id: p.proposal.exerciseId ?? null,
        diff: p.proposal.diff,
        reasons: p.proposal.reasons,
        decision_reasons: p.reasons,
        level: p.proposal.level,
        major: p.proposal.major,
        status,
        automated: status === "auto_applied",
        due_at: status === "pending_review" ? addHours(now, hours) : null,
        decided_at: status === "auto_applied" ? now : null,
      });
    }
    if (!unchangedState.has(e.clientId))
      stateRows.push({
        client_id: e.clientId,
        organization_id: e.organizationId,
        level: e.level,
        readiness_score: e.result.readiness.score,
        last_computed_for: e.result.date,
        automation_paused: e.automationPaused,
      });
  }
  if (!flagRows.length && !proposalRows.length && !stateRows.length && !estimateRows.length)
    return { flags: 0, proposals: 0 };
  // One statement, three data-modifying CTEs: one round trip for the whole chunk (or one client).
  const [counts] = await namedQuery<{
    flags: string | number;
    proposals: string | number;
    notified: string | number;
  }>(
    database,
    // Named (db/named-query.ts): the incremental update runs this after every log or check-in.
    "spotter_monitoring_persist",
    `with f as (
       insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
          recommended_action, refer_to, due_at)
       select u.organization_id, u.client_id, u.kind, u.level, u.signal_id, u.rule_id, u.message, u.evidence,
          u.recommended_action, u.refer_to, u.due_at
         from jsonb_to_recordset($1::jsonb) as u(organization_id uuid, client_id uuid, kind text, level text,
              signal_id text, rule_id text, message text, evidence jsonb, recommended_action text, refer_to jsonb,
              due_at timestamptz)
        where not exists (select 1 from flags x where x.client_id = u.client_id and x.signal_id = u.signal_id)
       on conflict (client_id, kind) where status = 'open' do update set
          level = case when excluded.level = 'red' then 'red' else flags.level end,
          signal_id = excluded.signal_id, rule_id = excluded.rule_id, message = excluded.message,
          evidence = excluded.evidence, refer_to = coalesce(excluded.refer_to, flags.refer_to),
          due_at = least(flags.due_at, excluded.due_at)
       returning id, organization_id, client_id, level),
     n as (${redFlagNotificationsSql("f")}),
     p as (
       insert into proposals (organization_id, client_id, engine_id, kind, date, scope, exercise_id, diff, reasons,
          decision_reasons, level, major, status, automated, due_at, decided_at)
       select * from jsonb_to_recordset($2::jsonb) as u(organization_id uuid, client_id uuid, engine_id text,
              kind text, date date, scope text, exercise_id text, diff jsonb, reasons jsonb, decision_reasons jsonb,
              level text, major boolean, status text, automated boolean, due_at timestamptz, decided_at timestamptz)
       on conflict (client_id, engine_id) do nothing
       returning 1),
     s as (
       insert into client_monitoring (client_id, organization_id, level, readiness_score, last_computed_at,
          last_computed_for, automation_paused)
       select u.client_id, u.organization_id, u.level, u.readiness_score, $4::timestamptz, u.last_computed_for,
          u.automation_paused
         from jsonb_to_recordset($3::jsonb) as u(client_id uuid, organization_id uuid, level text,
              readiness_score real, last_computed_for date, automation_paused boolean)
       on conflict (client_id) do update set level = excluded.level, readiness_score = excluded.readiness_score,
          last_computed_at = excluded.last_computed_at, last_computed_for = excluded.last_computed_for,
          automation_paused = excluded.automation_paused
       returning 1),
     e as (
       -- The adaptive estimate and the day's target check, latest per client (the Nutrition card reads it).
       insert into nutrition_estimates (client_id, organization_id, computed_for, kcal, sd_kcal, data_kcal,
          data_sd_kcal, kg_per_week, mean_intake_kcal, weigh_ins, intake_days, window_days, target_kcal, reasons,
          check_status, check_reasons, digest, updated_at)
       select u.*, $4::timestamptz from jsonb_to_recordset($5::jsonb) as u(client_id uuid, organization_id uuid,
              computed_for date, kcal real, sd_kcal real, data_kcal real, data_sd_kcal real, kg_per_week real,
              mean_intake_kcal real, weigh_ins integer, intake_days integer, window_days integer, target_kcal real,
              reasons jsonb, check_status text, check_reasons jsonb, digest text)
       on conflict (client_id) do update set computed_for = excluded.computed_for, kcal = excluded.kcal,
          sd_kcal = excluded.sd_kcal, data_kcal = excluded.data_kcal, data_sd_kcal = excluded.data_sd_kcal,
          kg_per_week = excluded.kg_per_week, mean_intake_kcal = excluded.mean_intake_kcal,
          weigh_ins = excluded.weigh_ins, intake_days = excluded.intake_days, window_days = excluded.window_days,
          target_kcal = excluded.target_kcal, reasons = excluded.reasons, check_status = excluded.check_status,
          check_reasons = excluded.check_reasons, digest = excluded.digest, updated_at = excluded.updated_at
       returning 1)
     select (select count(*) from f) as flags, (select count(*) from p) as proposals, (select count(*) from s) as states,
            (select count(*) from n) as notified`,
    [
      JSON.stringify(flagRows),
      JSON.stringify(proposalRows),
      JSON.stringify(stateRows),
      now,
      `[${estimateRows.join(",")}]`,
    ],
  );
  // A red flag's coach was notified in the same statement (notifications/red-flag.ts): send now.
  if (Number(counts?.notified ?? 0) > 0) wakeDelivery();
  const flags = Number(counts?.flags ?? 0);
  const proposals = Number(counts?.proposals ?? 0);
  return { flags, proposals };
}
