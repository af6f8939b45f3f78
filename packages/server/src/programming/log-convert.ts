import type { SessionPlan, StoredSessionLog, sessionLogRequestSchema } from "@spotter/contracts";
import { type ExerciseLog, fromKg, SESSION_SECTIONS, type SessionLog, type SetLog, toKg } from "@spotter/engine";
import type { z } from "zod";
import { validationError } from "../http/errors.ts";

export type LogBody = z.output<typeof sessionLogRequestSchema>;

/**
 * Turns the client's log of a plan into the engine's SessionLog: sets grouped per exercise in plan
 * order with what was prescribed as `target` (so a miss is told from a choice), pain attached to
 * its exercise. Ramp-up sets are left out: they are warm-up, not the working load to progress from.
 * Every item id and exercise id must belong to the plan (400 naming the field otherwise).
 */
export function toEngineLog(plan: SessionPlan, body: LogBody, date: string): SessionLog {
  const items = SESSION_SECTIONS.flatMap((s) => plan[s]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const setsByItem = new Map<string, SetLog[]>();
  body.sets.forEach((s, i) => {
    if (!byId.has(s.itemId)) throw validationError(`body.sets.${i}.itemId`, `no item "${s.itemId}" in this session`);
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
  const painByExercise = new Map<string, { region: (typeof body.pain)[number]["region"]; severity: number }>();
  body.pain.forEach((p, i) => {
    const item = p.itemId !== undefined ? byId.get(p.itemId) : items.find((it) => it.exerciseId === p.exerciseId);
    if (!item) {
      const field = p.itemId !== undefined ? "itemId" : "exerciseId";
      throw validationError(`body.pain.${i}.${field}`, `not an exercise of this session`);
    }
    if (p.itemId !== undefined && p.exerciseId !== undefined && p.exerciseId !== item.exerciseId)
      throw validationError(`body.pain.${i}.exerciseId`, `item "${p.itemId}" is ${item.exerciseId}`);
    const prev = painByExercise.get(item.exerciseId);
    if (!prev || p.severity > prev.severity)
      painByExercise.set(item.exerciseId, { region: p.region, severity: p.severity });
  });
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
    const rpe =
      item.effort?.scale === "rpe"
        ? item.effort.value
        : item.effort?.scale === "rir"
          ? 10 - item.effort.value
          : undefined;
    const entry: ExerciseLog = {
      exerciseId: item.exerciseId,
      target: {
        sets: item.sets,
        ...(item.reps !== undefined ? { reps: item.reps } : {}),
        ...(item.load !== undefined ? { load: convert(item.load, plan.unit, body.unit) } : {}),
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
    unit: body.unit,
    exercises,
    ...(body.sessionRpe !== undefined ? { sessionRpe: body.sessionRpe } : {}),
    ...(body.feel !== undefined ? { feel: body.feel } : {}),
    benchmarks: body.benchmarks,
    ...(body.notes !== undefined ? { notes: body.notes } : {}),
  };
}

const convert = (value: number, from: "kg" | "lb", to: "kg" | "lb") =>
  from === to ? value : Math.round(fromKg(toKg(value, from), to) * 100) / 100;

/** The log as stored and returned: pain always names its exercise. */
export function toStoredLog(
  plan: SessionPlan,
  body: LogBody,
  date: string,
  loggedAt: Date,
  userId: string | null,
): StoredSessionLog {
  const items = SESSION_SECTIONS.flatMap((s) => plan[s]);
  return {
    ...body,
    date,
    pain: body.pain.map((p) => ({
      ...p,
      exerciseId: p.exerciseId ?? items.find((i) => i.id === p.itemId)?.exerciseId ?? "",
    })),
    loggedAt: loggedAt.toISOString(),
    loggedByUserId: userId,
  };
}
