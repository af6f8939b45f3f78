import type { Catalog, ClientProfile, Method, Reason, TrainerProfile } from "@spotter/engine";
import { and, asc, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { clientMethods, methods } from "../db/schema-programming.ts";
import { HttpError } from "../http/errors.ts";
import { builtinMethods, engineDefaultMethod, findBuiltinMethod, methodProblems } from "./method-library.ts";

export type MethodSource = "builtin" | "organization";
export type FoundMethod = { method: Method; source: MethodSource; updatedAt: Date | null };

export async function loadOrgMethods(db: DbExecutor, organizationId: string) {
  return db.select().from(methods).where(eq(methods.organizationId, organizationId)).orderBy(asc(methods.methodId));
}

/** A method by id: built-in, or the organization's own (`org:` ids); undefined when neither has it. */
export async function findMethod(db: DbExecutor, organizationId: string, id: string): Promise<FoundMethod | undefined> {
  if (!id.startsWith("org:")) {
    const builtin = findBuiltinMethod(id);
    return builtin ? { method: builtin, source: "builtin", updatedAt: null } : undefined;
  }
  const [row] = await db
    .select()
    .from(methods)
    .where(and(eq(methods.organizationId, organizationId), eq(methods.methodId, id)))
    .limit(1);
  return row ? { method: row.method, source: "organization", updatedAt: row.updatedAt } : undefined;
}

/** Every built-in method followed by the organization's own. */
export async function listMethods(db: DbExecutor, organizationId: string): Promise<FoundMethod[]> {
  const own = await loadOrgMethods(db, organizationId);
  return [
    ...builtinMethods().map((method) => ({ method, source: "builtin" as const, updatedAt: null })),
    ...own.map((r) => ({ method: r.method, source: "organization" as const, updatedAt: r.updatedAt })),
  ];
}

/**
 * What the schema cannot say about a method the organization stores: every exercise it names must
 * exist in the organization's catalog, and the engine's rules (ranges in order, RPE and %1RM that
 * agree, deload cuts) must hold. 400 naming each field under `prefix` (e.g. `body`, `body.method`).
 */
export function assertMethodValid(method: Method, catalog: Catalog, prefix: string): void {
  const fields = methodProblems(method, catalog).map((p) => ({
    path: p.path ? `${prefix}.${p.path}` : prefix,
    message: p.message,
  }));
  method.days.forEach((day, d) => {
    day.slots.forEach((slot, s) => {
      slot.exerciseIds?.forEach((id, k) => {
        const path = `${prefix}.days.${d}.slots.${s}.exerciseIds.${k}`;
        if (!catalog.has(id) && !fields.some((f) => f.path === path))
          fields.push({ path, message: `unknown exercise "${id}"` });
      });
    });
  });
  if (fields.length > 0)
    throw new HttpError("validation_error", `invalid ${fields[0]?.path}: ${fields[0]?.message}`, { fields });
}

export type ResolvedMethod = {
  method: Method;
  /** Which rule chose it: the coach's per-client copy, the assigned id, the trainer's goal default, the engine. */
  via: "client_override" | "client_assignment" | "trainer_default" | "engine_default";
  /** The engine's explanation when it chose (`method.default`). */
  reason?: Reason;
};

export type ClientMethodRow = typeof clientMethods.$inferSelect;

export async function loadClientMethodRow(db: DbExecutor, clientId: string): Promise<ClientMethodRow | undefined> {
  const [row] = await db.select().from(clientMethods).where(eq(clientMethods.clientId, clientId)).limit(1);
  return row;
}

/**
 * The method a client's roadmap follows: the coach's per-client copy → the assigned method → the
 * Trainer Profile's default for the client's primary goal → the engine's default choice → none.
 * An id that no longer resolves (a deleted organization method) falls through to the next rule.
 */
export async function resolveClientMethod(
  db: DbExecutor,
  organizationId: string,
  client: { id: string; profile: ClientProfile },
  trainer: TrainerProfile,
  now: Date,
  find: typeof findMethod = findMethod,
): Promise<ResolvedMethod | null> {
  const row = await loadClientMethodRow(db, client.id);
  if (row?.method) return { method: row.method, via: "client_override" };
  const assigned = row?.methodId ? await find(db, organizationId, row.methodId) : undefined;
  if (assigned) return { method: assigned.method, via: "client_assignment" };
  const defaultId = trainer.defaultMethods?.[client.profile.goals.primary];
  const byTrainer = defaultId ? await find(db, organizationId, defaultId) : undefined;
  if (byTrainer) return { method: byTrainer.method, via: "trainer_default" };
  const chosen = engineDefaultMethod(client.profile, now);
  return chosen ? { method: chosen.method, via: "engine_default", reason: chosen.reason } : null;
}
