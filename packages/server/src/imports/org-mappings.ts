import type { ExerciseMapping, ExerciseMappingList } from "@spotter/contracts";
import type { Catalog } from "@spotter/engine";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { orgExerciseMappings } from "../db/schema-imports.ts";
import { normalizeName } from "./names.ts";

/**
 * The organization's decisions for app exercise names, as the name matcher's overrides (keyed by
 * normalized name). A mapping whose exercise the catalog no longer holds (an organization exercise
 * removed since) is left out, so the name shows as unmapped again instead of failing the import.
 */
export async function loadOrgMappings(
  db: DbExecutor,
  organizationId: string,
  catalog: Catalog,
): Promise<Record<string, string | null>> {
  const rows = await db
    .select({ name: orgExerciseMappings.normalizedName, exerciseId: orgExerciseMappings.exerciseId })
    .from(orgExerciseMappings)
    .where(eq(orgExerciseMappings.organizationId, organizationId));
  const out: Record<string, string | null> = {};
  for (const r of rows) if (r.exerciseId === null || catalog.has(r.exerciseId)) out[r.name] = r.exerciseId;
  return out;
}

/** The organization's mappings for the settings list, sorted by name. */
export async function listOrgMappings(
  db: DbExecutor,
  organizationId: string,
  catalog: Catalog,
): Promise<ExerciseMappingList> {
  const rows = await db
    .select()
    .from(orgExerciseMappings)
    .where(eq(orgExerciseMappings.organizationId, organizationId))
    .orderBy(asc(orgExerciseMappings.normalizedName));
  return {
    items: rows.map((r) => ({
      name: r.appName,
      exerciseId: r.exerciseId,
      exerciseName: r.exerciseId === null ? null : (catalog.get(r.exerciseId)?.name ?? null),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/**
 * Stores (or replaces) the decisions for these names; names that normalize to nothing are refused
 * by the caller. Two entries for the same normalized name: the last wins.
 */
export async function saveOrgMappings(
  tx: DbExecutor,
  organizationId: string,
  userId: string,
  mappings: readonly ExerciseMapping[],
): Promise<void> {
  const byKey = new Map(mappings.map((m) => [normalizeName(m.name), m]));
  await tx
    .insert(orgExerciseMappings)
    .values(
      [...byKey.entries()].map(([normalizedName, m]) => ({
        organizationId,
        normalizedName,
        appName: m.name,
        exerciseId: m.exerciseId,
        updatedBy: userId,
      })),
    )
    .onConflictDoUpdate({
      target: [orgExerciseMappings.organizationId, orgExerciseMappings.normalizedName],
      set: {
        appName: sql`excluded.app_name`,
        exerciseId: sql`excluded.exercise_id`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`now()`,
      },
    });
}

/** Removes the decision for one name (by its normalized key); false when the organization has none. */
export async function deleteOrgMapping(tx: DbExecutor, organizationId: string, name: string): Promise<boolean> {
  const rows = await tx
    .delete(orgExerciseMappings)
    .where(
      and(
        eq(orgExerciseMappings.organizationId, organizationId),
        eq(orgExerciseMappings.normalizedName, normalizeName(name)),
      ),
    )
    .returning({ name: orgExerciseMappings.appName });
  return rows.length > 0;
}
