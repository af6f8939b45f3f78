import type { ExerciseEntry } from "@spotter/contracts";
import { BUILTIN_EXERCISES, type Exercise, validateCatalog } from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../../audit/record.ts";
import { orgExercises } from "../../db/schema-programming.ts";
import { HttpError, notFound } from "../../http/errors.ts";

export type OrgExerciseRow = typeof orgExercises.$inferSelect;

/** The organization's own exercise rows (with media link and archive state), oldest first. */
export function loadOrgExerciseRows(db: DbExecutor, organizationId: string): Promise<OrgExerciseRow[]> {
  return db
    .select()
    .from(orgExercises)
    .where(eq(orgExercises.organizationId, organizationId))
    .orderBy(asc(orgExercises.createdAt));
}

/** One of the organization's exercises, or 404 (another organization's id answers alike). */
export async function loadOrgExerciseRow(
  db: DbExecutor,
  organizationId: string,
  exerciseId: string,
): Promise<OrgExerciseRow> {
  const [row] = await db
    .select()
    .from(orgExercises)
    .where(and(eq(orgExercises.organizationId, organizationId), eq(orgExercises.exerciseId, exerciseId)))
    .limit(1);
  if (!row) throw notFound("exercise");
  return row;
}

export const orgEntry = (r: OrgExerciseRow): ExerciseEntry => ({
  ...r.exercise,
  source: "organization",
  mediaUrl: r.mediaUrl,
  archived: r.archivedAt !== null,
});

/** `regressions[1]` (validateCatalog's field) → `body.regressions.1`. */
const bodyPath = (field: string) => `body.${field.replace(/\[(\d+)\]/g, ".$1")}`;

/** The engine's catalog rules (org: prefix, references resolve, no cycles) against built-ins + `others`. */
export function assertExerciseValid(exercise: Exercise, others: Exercise[]): void {
  const problems = validateCatalog([exercise], {
    reference: [...BUILTIN_EXERCISES, ...others],
    requireOrgPrefix: true,
  });
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({ path: bodyPath(p.field), message: p.message }));
  throw new HttpError("validation_error", `invalid ${fields[0]?.path}: ${fields[0]?.message}`, { fields });
}
