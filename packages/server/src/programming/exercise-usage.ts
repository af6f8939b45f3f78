import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import {
  clientMethods,
  methods,
  orgExercises,
  progressionStates,
  roadmaps,
  trainingSessions,
} from "../db/schema-programming.ts";

/** Where an organization exercise is referenced; any non-zero count refuses a delete (archive instead). */
export type ExerciseUsage = {
  /** Organization methods naming it in a slot (their names, for the message). */
  methods: string[];
  /** Per-client method copies and saved roadmaps whose days name it. */
  clientPrograms: number;
  /** Drafts not yet published. */
  unpublishedSessions: number;
  /** Published or logged sessions and progression history: the record of what was trained. */
  history: number;
  /** Other organization exercises listing it as a regression or progression. */
  relatedExercises: string[];
};

/**
 * The JSON columns hold ids as quoted strings; searching the text for `"<id>"` finds every place an id
 * is a value without depending on the JSON's layout (ids are validated, so the quotes delimit exactly).
 */
const names = (column: SQL | unknown, id: string) => sql`strpos(${column}::text, ${JSON.stringify(id)}) > 0`;

export async function exerciseUsage(
  db: DbExecutor,
  organizationId: string,
  exerciseId: string,
): Promise<ExerciseUsage> {
  const count = sql<number>`count(*)::int`;
  const [inMethods, inClientMethods, inRoadmaps, drafts, trained, states, related] = await Promise.all([
    db
      .select({ method: methods.method })
      .from(methods)
      .where(and(eq(methods.organizationId, organizationId), names(methods.method, exerciseId))),
    db
      .select({ n: count })
      .from(clientMethods)
      .where(and(eq(clientMethods.organizationId, organizationId), names(clientMethods.method, exerciseId))),
    db
      .select({ n: count })
      .from(roadmaps)
      .where(and(eq(roadmaps.organizationId, organizationId), names(roadmaps.roadmap, exerciseId))),
    db
      .select({ n: count })
      .from(trainingSessions)
      .where(
        and(
          eq(trainingSessions.organizationId, organizationId),
          eq(trainingSessions.status, "draft"),
          names(trainingSessions.plan, exerciseId),
        ),
      ),
    db
      .select({ n: count })
      .from(trainingSessions)
      .where(
        and(
          eq(trainingSessions.organizationId, organizationId),
          ne(trainingSessions.status, "draft"),
          sql`(${names(trainingSessions.plan, exerciseId)} or ${names(trainingSessions.engineLog, exerciseId)})`,
        ),
      ),
    db
      .select({ n: count })
      .from(progressionStates)
      .where(and(eq(progressionStates.organizationId, organizationId), eq(progressionStates.exerciseId, exerciseId))),
    db
      .select({ exercise: orgExercises.exercise })
      .from(orgExercises)
      .where(
        and(
          eq(orgExercises.organizationId, organizationId),
          ne(orgExercises.exerciseId, exerciseId),
          names(orgExercises.exercise, exerciseId),
        ),
      ),
  ]);
  return {
    methods: inMethods.map((r) => r.method.name),
    clientPrograms: (inClientMethods[0]?.n ?? 0) + (inRoadmaps[0]?.n ?? 0),
    unpublishedSessions: drafts[0]?.n ?? 0,
    history: (trained[0]?.n ?? 0) + (states[0]?.n ?? 0),
    relatedExercises: related
      .filter((r) => r.exercise.regressions.includes(exerciseId) || r.exercise.progressions.includes(exerciseId))
      .map((r) => r.exercise.name),
  };
}

/** A sentence naming what still uses the exercise, or null when nothing does. */
export function usageMessage(usage: ExerciseUsage): string | null {
  const parts: string[] = [];
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  if (usage.methods.length > 0)
    parts.push(`${n(usage.methods.length, "method", "methods")} (${usage.methods.slice(0, 3).join(", ")})`);
  if (usage.clientPrograms > 0) parts.push(n(usage.clientPrograms, "client program", "client programs"));
  if (usage.unpublishedSessions > 0)
    parts.push(n(usage.unpublishedSessions, "unpublished session", "unpublished sessions"));
  if (usage.history > 0) parts.push(n(usage.history, "record in training history", "records in training history"));
  if (usage.relatedExercises.length > 0)
    parts.push(`the regressions/progressions of ${usage.relatedExercises.slice(0, 3).join(", ")}`);
  return parts.length === 0 ? null : `still used by ${parts.join(", ")}: archive it instead`;
}
