import { EngineError, type EngineFieldError } from "../core/errors.ts";
import type { BodyRegion, Unit } from "../model/index.ts";
import { SESSION_SECTIONS, type SessionSection } from "../model/plan.ts";
import { rpeFromRir } from "../strength/rir.ts";
import { convertLoad } from "../units/conversion.ts";
import type { Benchmark, ExerciseLog, ExercisePain, SessionLog, SetLog } from "./session-log.ts";

/** A prescribed item as the conversion reads it: a session item with the id logs refer to. */
export type PlannedItem = {
  id: string;
  exerciseId: string;
  role: string;
  sets: number;
  reps?: number;
  /** In the plan's unit. */
  load?: number;
  effort?: { scale: string; value: number };
};

/** The plan a client logs against: its items per section, its unit and the block it belongs to. */
export type PlanForLog = { unit: Unit; blockKind: string } & Record<SessionSection, readonly PlannedItem[]>;

/** One performed set, naming the plan item it belongs to. Load in the log's unit. */
export type PerformedSet = Omit<SetLog, "completed"> & { itemId: string; completed: boolean };

/** Pain during one exercise, named by plan item id or exercise id (at least one). */
export type PerformedPain = { itemId?: string; exerciseId?: string; region: BodyRegion; severity: number };

/** What the client sends about a session they did. */
export type PerformedSession = {
  unit: Unit;
  sets: readonly PerformedSet[];
  pain: readonly PerformedPain[];
  sessionRpe?: number;
  feel?: number;
  benchmarks: Benchmark[];
  notes?: string;
};

/**
 * Turns the client's log of a plan into the engine's SessionLog: sets grouped per exercise in plan
 * order with what was prescribed as `target` (so a miss is told from a choice), pain attached to
 * its exercise (the worst report when several name it). Ramp-up sets are left out: they are
 * warm-up, not the working load to progress from. Every item id and exercise id must belong to the
 * plan: otherwise `invalid_input` naming EVERY such field under `path` (e.g. `body.sets.3.itemId`,
 * `body.pain.0.exerciseId`) in one error, so a client fixes a log in one round trip.
 */
export function logFromPlan(plan: PlanForLog, done: PerformedSession, date: string, path = "body"): SessionLog {
  const items = SESSION_SECTIONS.flatMap((s) => plan[s]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const setsByItem = new Map<string, SetLog[]>();
  const problems: EngineFieldError[] = [];
  done.sets.forEach((s, i) => {
    if (!byId.has(s.itemId)) {
      problems.push({ path: `${path}.sets.${i}.itemId`, message: `no item "${s.itemId}" in this session` });
      return;
    }
    const list = setsByItem.get(s.itemId) ?? [];
    list.push({
      ...(s.load !== undefined ? { load: s.load } : {}),
      reps: s.reps,
      ...(s.rpe !== undefined ? { rpe: s.rpe } : {}),
      ...(s.rir !== undefined ? { rir: s.rir } : {}),
      ...(s.velocity !== undefined ? { velocity: s.velocity } : {}),
      ...(s.seconds !== undefined ? { seconds: s.seconds } : {}),
      completed: s.completed,
    });
    setsByItem.set(s.itemId, list);
  });
  const painByExercise = new Map<string, ExercisePain>();
  done.pain.forEach((p, i) => {
    const item = p.itemId !== undefined ? byId.get(p.itemId) : items.find((it) => it.exerciseId === p.exerciseId);
    if (!item) {
      problems.push({
        path: `${path}.pain.${i}.${p.itemId !== undefined ? "itemId" : "exerciseId"}`,
        message: "not an exercise of this session",
      });
      return;
    }
    if (p.itemId !== undefined && p.exerciseId !== undefined && p.exerciseId !== item.exerciseId) {
      problems.push({ path: `${path}.pain.${i}.exerciseId`, message: `item "${p.itemId}" is ${item.exerciseId}` });
      return;
    }
    const prev = painByExercise.get(item.exerciseId);
    if (!prev || p.severity > prev.severity)
      painByExercise.set(item.exerciseId, { region: p.region, severity: p.severity });
  });
  if (problems.length > 0) {
    const first = problems[0] as EngineFieldError;
    throw new EngineError("invalid_input", `${first.path}: ${first.message}`, problems);
  }
  const exercises: ExerciseLog[] = [];
  const byExercise = new Map<string, ExerciseLog>();
  for (const item of items) {
    const sets = setsByItem.get(item.id) ?? [];
    const pain = painByExercise.get(item.exerciseId);
    if (item.role === "ramp" || (sets.length === 0 && !pain)) continue;
    const existing = byExercise.get(item.exerciseId);
    if (existing) {
      existing.sets.push(...sets);
      continue;
    }
    const rpe = targetRpe(item.effort);
    const entry: ExerciseLog = {
      exerciseId: item.exerciseId,
      target: {
        sets: item.sets,
        ...(item.reps !== undefined ? { reps: item.reps } : {}),
        ...(item.load !== undefined ? { load: convertLoad(item.load, plan.unit, done.unit) } : {}),
        ...(rpe !== undefined ? { rpe } : {}),
        ...(plan.blockKind === "deload" ? { deload: true } : {}),
      },
      sets,
      ...(pain ? { pain } : {}),
    };
    byExercise.set(item.exerciseId, entry);
    exercises.push(entry);
  }
  return {
    date,
    unit: done.unit,
    exercises,
    ...(done.sessionRpe !== undefined ? { sessionRpe: done.sessionRpe } : {}),
    ...(done.feel !== undefined ? { feel: done.feel } : {}),
    benchmarks: done.benchmarks,
    ...(done.notes !== undefined ? { notes: done.notes } : {}),
  };
}

/** The prescribed effort as RPE: a RIR target converts through rpeFromRir; %1RM targets have none. */
function targetRpe(effort: PlannedItem["effort"]): number | undefined {
  if (effort?.scale === "rpe") return effort.value;
  if (effort?.scale === "rir") return rpeFromRir(effort.value);
  return undefined;
}
