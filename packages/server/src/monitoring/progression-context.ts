import type { SessionPlan } from "@spotter/contracts";
import {
  buildRoadmap,
  type ClientProfile,
  DEFAULT_TRAINER_PROFILE,
  dayIndex,
  decideProgressions,
  type ExerciseState,
  isoFromDay,
  type NextExposure,
  type ProgressionDecision,
  type Roadmap,
  roadmapPosition,
  SESSION_SECTIONS,
  type SessionLog,
  type TrainerProfile,
} from "@spotter/engine";
import { namedQuery } from "../db/named-query.ts";
import type { Database } from "../db/open.ts";
import { cachedCatalog, cachedTrainerProfile } from "../programming/org-cache.ts";

/** Item roles whose next exposure the loop proposes: the lifts a coach steers, not every accessory. */
const DECIDED_ROLES = new Set(["main", "secondary"]);

type LatestLog = {
  organization_id: string;
  date: string;
  plan: SessionPlan;
  engine_log: SessionLog;
  profile: ClientProfile;
  roadmap: Roadmap | null;
  coach_user_id: string | null;
  /** The stored progression states of the log's exercises (null when none). */
  states: ExerciseState[] | null;
};

/**
 * What the loop decides for the main and secondary lifts of the client's latest logged session
 * (the engine's decideProgressions): read after a log, passed to the incremental update, which
 * turns them into `progression` proposals routed by the client's tier. Reads, in one statement, the log with its plan
 * (roles, unit), the stored progression state of those lifts (written with the log), the roadmap
 * (the block the next session falls in; built from the profile like an unsaved draft's when none
 * is saved), the catalog and the responsible coach's increments. [] when nothing is logged.
 */
export async function progressionDecisionsFor(
  database: Database,
  clientId: string,
  now: string,
): Promise<ProgressionDecision[]> {
  const [latest] = await namedQuery<LatestLog>(
    database,
    "spotter_monitoring_latest_log",
    `select t.organization_id, t.date, t.plan, t.engine_log, c.profile, r.roadmap,
        (select cc.coach_user_id from coach_clients cc where cc.client_id = c.id order by cc.coach_user_id limit 1)
          as coach_user_id,
        (select json_agg(s.state) from progression_states s where s.client_id = t.client_id
            and s.exercise_id in (select e->>'exerciseId' from jsonb_array_elements(t.engine_log->'exercises') e))
          as states
       from training_sessions t join clients c on c.id = t.client_id
       left join roadmaps r on r.client_id = t.client_id
      where t.client_id = $1 and t.status = 'logged' and t.engine_log is not null
      order by t.date desc, t.logged_at desc limit 1`,
    [clientId],
  );
  if (!latest) return [];
  const log = latest.engine_log;
  const decided = new Set(
    SESSION_SECTIONS.flatMap((s) => latest.plan[s] ?? [])
      .filter((i) => DECIDED_ROLES.has(i.role))
      .map((i) => i.exerciseId),
  );
  const ids = log.exercises.map((e) => e.exerciseId).filter((id) => decided.has(id));
  if (!ids.length) return [];
  // Catalog and Trainer Profile from the per-organization cache drafting uses (org-cache.ts: the
  // writing routes invalidate it, other nodes see a write within its TTL).
  const [catalog, trainer] = await Promise.all([
    cachedCatalog(database.db, latest.organization_id),
    latest.coach_user_id
      ? cachedTrainerProfile(database.db, latest.organization_id, latest.coach_user_id)
      : (structuredClone(DEFAULT_TRAINER_PROFILE) as TrainerProfile),
  ]);
  const states = (latest.states ?? []).filter((st) => ids.includes(st.exerciseId));
  const unit = latest.plan.unit;
  const next = nextExposure(latest, trainer, now);
  return decideProgressions({
    log,
    states: Object.fromEntries(states.map((st) => [st.exerciseId, st])),
    ...(next ? { next } : {}),
    exercise: (id) => (catalog.has(id) ? catalog.get(id) : undefined),
    unit,
    increments: trainer.loadIncrements[unit],
    include: (id) => decided.has(id),
  });
}

/**
 * The block the next session falls in: the log's date plus the client's usual gap between sessions
 * (7 days / sessions per week). A client without a saved roadmap gets one built from the profile,
 * as an unsaved draft does; a profile the engine rejects leaves the decision to the log's own target.
 */
function nextExposure(latest: LatestLog, trainer: TrainerProfile, now: string): NextExposure | undefined {
  const perWeek = Math.max(1, latest.profile.schedule?.daysPerWeek ?? 3);
  const date = isoFromDay(dayIndex(latest.date) + Math.max(1, Math.round(7 / perWeek)));
  try {
    const roadmap = latest.roadmap ?? buildRoadmap(latest.profile, trainer, { startDate: date, now });
    const position = roadmapPosition(roadmap, date);
    const block = roadmap.blocks[position.blockIndex];
    if (!block) return undefined;
    return {
      blockKind: block.kind,
      weekInBlock: position.weekInBlock,
      rule: block.progression,
      mainRpe: block.effort.mainRpe,
    };
  } catch {
    return undefined;
  }
}
