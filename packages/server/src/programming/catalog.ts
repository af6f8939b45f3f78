import { BUILTIN_EXERCISES, type Catalog, createCatalog, type Exercise } from "@spotter/engine";
import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { orgExercises } from "../db/schema-programming.ts";

/** The organization's own exercises, oldest first; archived ones say so (drafting never picks them by pattern). */
export async function loadOrgExercises(db: DbExecutor, organizationId: string): Promise<Exercise[]> {
  const rows = await db
    .select({ exercise: orgExercises.exercise, archivedAt: orgExercises.archivedAt })
    .from(orgExercises)
    .where(eq(orgExercises.organizationId, organizationId))
    .orderBy(asc(orgExercises.createdAt));
  return rows.map(({ exercise: { archived: _, ...exercise }, archivedAt }) =>
    archivedAt ? { ...exercise, archived: true } : exercise,
  );
}

/** The built-in catalog, built once: most organizations add no exercises, and drafting reads it every time. */
let builtinOnly: Catalog | undefined;

/** Built-ins first (createCatalog keeps the first of a duplicate id, so they cannot be shadowed), then the org's. */
export async function loadCatalog(db: DbExecutor, organizationId: string): Promise<Catalog> {
  const own = await loadOrgExercises(db, organizationId);
  if (own.length === 0) {
    builtinOnly ??= createCatalog(BUILTIN_EXERCISES);
    return builtinOnly;
  }
  return createCatalog([...BUILTIN_EXERCISES, ...own]);
}
