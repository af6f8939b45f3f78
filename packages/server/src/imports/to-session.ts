import type { SessionPlan, StoredSessionItem, StoredSessionLog } from "@spotter/contracts";
import type { Catalog, ExerciseLog, SessionLog, SetLog } from "@spotter/engine";
import type { ImportedSession, ImportedSet, ImportFormat } from "./model.ts";
import type { NameMatcher } from "./names.ts";

/** Why a set was left out, counted per reason in the preview. */
export type SkipReason =
  | "unmapped exercise"
  | "not an exercise"
  | "skipped by the mapping"
  | "empty set"
  | "distance-only set"
  | "0 reps with a load"
  | "load over 1000 kg"
  | "negative reps";

export type ConvertedSession = {
  source: ImportedSession;
  plan: SessionPlan;
  log: Omit<StoredSessionLog, "loggedAt" | "loggedByUserId">;
  /** What progression, e1RMs and monitoring read: working sets only (warm-ups are not). */
  engineLog: SessionLog;
  workingSets: number;
  warmupSets: number;
  skipped: { line: number; exerciseName: string; reason: SkipReason }[];
};

const LABEL: Record<ImportFormat, string> = {
  strong: "Strong",
  hevy: "Hevy",
  fitnotes: "FitNotes",
  fit: "FIT",
};

/**
 * A set as the engine's SetLog, or why it cannot be one. A set taken to failure without an RPE is
 * RPE 10 (no reps in reserve: Zourdos et al. 2016, J Strength Cond Res 30(1):267-275, the RIR-based
 * RPE scale); a rated one keeps its rating. Reps win over seconds (apps write 0 s on rep sets);
 * seconds are whole (the log's contract).
 */
function toSetLog(s: ImportedSet): SetLog | SkipReason {
  const reps = s.reps ?? 0;
  if (reps < 0) return "negative reps";
  // A negative weight is an assisted set (Strong writes the assistance as negative): no load.
  const load = Math.max(0, s.weightKg ?? 0);
  if (reps === 0 && !s.seconds) {
    if (s.distanceM) return "distance-only set";
    return load > 0 ? "0 reps with a load" : "empty set";
  }
  if (load > 1000) return "load over 1000 kg";
  const rpe = s.rpe !== undefined && s.rpe >= 1 && s.rpe <= 10 ? s.rpe : s.kind === "failure" ? 10 : undefined;
  return {
    reps,
    completed: true,
    ...(load > 0 ? { load } : {}),
    ...(rpe !== undefined ? { rpe } : {}),
    ...(reps === 0 && s.seconds ? { seconds: Math.min(7200, Math.round(s.seconds)) } : {}),
  };
}

function item(catalog: Catalog, id: string, exerciseId: string, appName: string, format: string, warmup: boolean) {
  const ex = catalog.get(exerciseId);
  const entry: StoredSessionItem = {
    id,
    exerciseId,
    name: ex?.name ?? appName,
    pattern: ex?.pattern ?? "accessory",
    role: warmup ? "ramp" : "main",
    sets: 0,
    unit: "kg",
    restSeconds: 0,
    tempo: ex?.tempo ?? "",
    cues: [],
    alternatives: [],
    estimatedSeconds: 0,
    reasons: [
      {
        ruleId: "import.exercise",
        message: `Imported from ${format} as "${appName}"`,
        inputs: { appName, exerciseId },
      },
    ],
  };
  return entry;
}

/**
 * One imported workout as what a logged session stores: a plan whose items are the exercises done
 * (warm-ups in the warm-up section), the log of every kept set against those items, and the engine
 * log of the working sets. The plan's reason `import.source` marks the session's source and
 * external id; nothing was prescribed, so exercise logs carry no target.
 */
export function toSession(
  session: ImportedSession,
  format: ImportFormat,
  match: NameMatcher,
  catalog: Catalog,
): ConvertedSession {
  const label = LABEL[format];
  const main: StoredSessionItem[] = [];
  const warmup: StoredSessionItem[] = [];
  const itemIds = new Map<string, StoredSessionItem>();
  const exercises = new Map<string, ExerciseLog>();
  const logSets: StoredSessionLog["sets"] = [];
  const skipped: ConvertedSession["skipped"] = [];
  let workingSets = 0;
  let warmupSets = 0;
  for (const s of session.sets) {
    const m = match(s.exerciseName);
    if (m.status === "unmapped" || m.status === "ignored") {
      const reason = m.status === "unmapped" ? "unmapped exercise" : (m.reason as SkipReason);
      skipped.push({ line: s.line, exerciseName: s.exerciseName, reason });
      continue;
    }
    const set = toSetLog(s);
    if (typeof set === "string") {
      skipped.push({ line: s.line, exerciseName: s.exerciseName, reason: set });
      continue;
    }
    const isWarmup = s.kind === "warmup";
    const key = `${isWarmup ? "w" : "m"}|${m.exerciseId}`;
    let it = itemIds.get(key);
    if (!it) {
      const list = isWarmup ? warmup : main;
      it = item(
        catalog,
        `${isWarmup ? "warmup" : "main"}-${list.length}`,
        m.exerciseId,
        s.exerciseName,
        label,
        isWarmup,
      );
      list.push(it);
      itemIds.set(key, it);
    }
    logSets.push({ itemId: it.id, setIndex: it.sets, ...set });
    it.sets += 1;
    if (isWarmup) {
      warmupSets += 1;
      continue;
    }
    workingSets += 1;
    let ex = exercises.get(m.exerciseId);
    if (!ex) {
      ex = { exerciseId: m.exerciseId, sets: [] };
      exercises.set(m.exerciseId, ex);
    }
    ex.sets.push(set);
  }
  const notes = `Imported from ${label}${session.notes ? `: ${session.notes}` : ""}`.slice(0, 5000);
  const plan: SessionPlan = {
    date: session.date,
    dayLabel: session.title.slice(0, 200),
    blockKind: "imported",
    unit: "kg",
    warmup,
    main,
    finisher: [],
    cooldown: [],
    estimatedMinutes: session.durationMin ?? 0,
    requestedMinutes: session.durationMin ?? 0,
    reasons: [
      {
        ruleId: "import.source",
        message: `Imported from ${label} (${session.title.slice(0, 200)})`,
        inputs: { source: format, externalId: session.externalId.slice(0, 4000) },
      },
    ],
    seed: session.externalId.slice(0, 200),
  };
  const durationMinutes =
    session.durationMin && session.durationMin >= 1 && session.durationMin <= 600 ? session.durationMin : undefined;
  return {
    source: session,
    plan,
    log: {
      date: session.date,
      unit: "kg",
      sets: logSets,
      pain: [],
      benchmarks: [],
      notes,
      ...(durationMinutes ? { durationMinutes } : {}),
    },
    engineLog: { date: session.date, unit: "kg", exercises: [...exercises.values()], benchmarks: [], notes },
    workingSets,
    warmupSets,
    skipped,
  };
}
