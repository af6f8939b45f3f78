import { type CheckIn, type SessionLog, toKg } from "@spotter/engine";
import { type Database, runDailyPass } from "@spotter/server";
import {
  type CheckInRowInput,
  insertCheckIns,
  loadTiers,
  type MonitoringSessionInput,
  monitoringSessionFromLog,
  recordSessionForMonitoring,
} from "@spotter/server/demo";
import { demoCheckIns, seedOf } from "./check-ins.ts";
import { personaFor } from "./personas.ts";

const DAY_MS = 86_400_000;
/** Days before today on which the client who drifted away had a planned session and skipped it. */
export const MISSED_DAYS = [11, 7, 4];

export type DemoMonitoringStats = {
  checkIns: number;
  sessions: number;
  tiersAssigned: number;
  flags: number;
  proposals: number;
};

type PlanItem = { exerciseId: string; load?: number; reps?: number; role: string };
type SessionRow = {
  id: string;
  client_id: string;
  date: string;
  status: string;
  plan: { unit: "kg" | "lb"; estimatedMinutes: number; main?: PlanItem[]; finisher?: PlanItem[] };
  engine_log: SessionLog | null;
};

/** A plan or log load in kg to 0.1 kg (the engine owns the lb factor). */
const kgOf = (load: number, unit: "kg" | "lb") => Math.round(toKg(load, unit) * 10) / 10;

/**
 * Load increases the progression rules wrote into today's published session: a main lift now
 * heavier than the client last lifted it. Monitoring turns these into progression proposals, which
 * the client's tier auto-applies (self-guided, hybrid) or holds for review (premium).
 */
function scheduledProgressions(today: SessionRow, logged: readonly SessionRow[]) {
  const last = new Map<string, number>();
  for (const s of [...logged].sort((a, b) => a.date.localeCompare(b.date)))
    for (const e of s.engine_log?.exercises ?? []) {
      const load = Math.max(0, ...e.sets.map((x) => x.load ?? 0));
      if (load > 0) last.set(e.exerciseId, kgOf(load, s.engine_log?.unit ?? "kg"));
    }
  const out: NonNullable<MonitoringSessionInput["progressions"]> = [];
  for (const item of [...(today.plan.main ?? []), ...(today.plan.finisher ?? [])]) {
    const from = last.get(item.exerciseId);
    const to = item.load ? kgOf(item.load, today.plan.unit) : 0;
    if (from && to > from && !out.some((p) => p.exerciseId === item.exerciseId))
      out.push({ exerciseId: item.exerciseId, fromKg: from, toKg: to });
  }
  return out;
}

/**
 * Makes the demo organization's monitoring alive: its logged sessions in monitoring's feed (sRPE ×
 * minutes), today's planned sessions with their scheduled load increases, six weeks of check-ins
 * shaped by each client's story (personas.ts), service tiers, then one daily pass so flags,
 * proposals, levels and roster lights exist at once. Dates count back from `now`. Safe to re-run
 * for the same `now` (every write is an upsert; the pass is idempotent).
 */
export async function seedDemoMonitoring(
  database: Database,
  input: { organizationId: string; now: Date },
): Promise<DemoMonitoringStats> {
  const { organizationId, now } = input;
  const today = now.toISOString().slice(0, 10);
  const todayMs = Date.parse(`${today}T00:00:00.000Z`);
  const clients = await database.query<{ id: string; email: string | null }>(
    "select id, email from clients where organization_id = $1 and status = 'active' order by created_at, id",
    [organizationId],
  );
  const sessions = await database.query<SessionRow>(
    `select id, client_id, date, status, plan, engine_log from training_sessions
      where organization_id = $1 and status in ('logged', 'published') order by date`,
    [organizationId],
  );

  let sessionCount = 0;
  const checkIns: CheckInRowInput[] = [];
  for (const client of clients) {
    const persona = personaFor(client.email);
    const own = sessions.filter((s) => s.client_id === client.id);
    const logged = own.filter((s) => s.status === "logged" && s.engine_log);
    const feed: MonitoringSessionInput[] = logged.map((s) =>
      monitoringSessionFromLog(s.id, s.engine_log as SessionLog, { durationMin: s.plan.estimatedMinutes }),
    );
    for (const s of own.filter((x) => x.status === "published" && x.date === today)) {
      const progressions = scheduledProgressions(s, logged);
      feed.push({
        ref: s.id,
        date: s.date,
        planned: true,
        completed: false,
        durationMin: s.plan.estimatedMinutes,
        ...(progressions.length ? { progressions } : {}),
      });
    }
    if (persona.story === "missed_with_fatigue")
      for (const back of MISSED_DAYS) {
        const date = new Date(todayMs - back * DAY_MS).toISOString().slice(0, 10);
        feed.push({ ref: `demo-missed:${date}`, date, planned: true, completed: false });
      }
    await recordSessionForMonitoring(database, organizationId, client.id, feed);
    sessionCount += feed.length;

    const rows: CheckIn[] = demoCheckIns({
      persona,
      seed: seedOf(client.email ?? client.id),
      today,
      trainedOn: new Set(logged.map((s) => s.date)),
    });
    for (const checkIn of rows) checkIns.push({ organizationId, clientId: client.id, checkIn });
  }
  await insertCheckIns(database, checkIns);

  const tiers = (await loadTiers(database, [organizationId])).get(organizationId) ?? [];
  const assigned = clients.flatMap((c) => {
    const model = personaFor(c.email).model;
    const tier = model ? tiers.find((t) => t.model === model) : undefined;
    return tier ? [{ client_id: c.id, organization_id: organizationId, tier_id: tier.id }] : [];
  });
  if (assigned.length)
    await database.query(
      `insert into client_monitoring (client_id, organization_id, tier_id)
       select * from jsonb_to_recordset($1::jsonb) as u(client_id uuid, organization_id uuid, tier_id uuid)
       on conflict (client_id) do update set tier_id = excluded.tier_id`,
      [JSON.stringify(assigned)],
    );

  const pass = await runDailyPass(database, { now: now.toISOString(), organizationId });
  return {
    checkIns: checkIns.length,
    sessions: sessionCount,
    tiersAssigned: assigned.length,
    flags: pass.flagsWritten,
    proposals: pass.proposalsWritten,
  };
}
