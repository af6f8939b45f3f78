import type { MethodAssignCandidate, MethodBulkAssignResult } from "@spotter/contracts";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/open.ts";
import { clients } from "../db/schema.ts";
import { clientMethods, roadmaps } from "../db/schema-programming.ts";
import { HttpError } from "../http/errors.ts";
import { assertClientAction, loadVisibleClient, visibleClients } from "../policies/clients.ts";
import { followMethodChange, saveClientMethod } from "./client-method.ts";
import { resolveClientMethod } from "./methods.ts";
import { trainerProfileForClient } from "./trainer-profiles.ts";

type Current = MethodAssignCandidate["current"];

/**
 * Every active client the caller may see, what method they follow now and what assigning
 * `methodId` would do to their saved roadmap (the same rule `followMethodChange` applies: an
 * unedited roadmap is rebuilt, an edited one keeps its blocks and gets the new days).
 */
export async function assignCandidates(db: Db, actor: Actor, methodId: string, now: Date) {
  const rows = await db
    .select()
    .from(clients)
    .where(and(visibleClients(actor), eq(clients.status, "active")))
    .orderBy(asc(clients.name), asc(clients.id));
  const ids = rows.map((c) => c.id);
  const [assignments, saved] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db.select().from(clientMethods).where(inArray(clientMethods.clientId, ids)),
          db
            .select({ clientId: roadmaps.clientId, editedByCoach: roadmaps.editedByCoach })
            .from(roadmaps)
            .where(inArray(roadmaps.clientId, ids)),
        ]);
  const items: MethodAssignCandidate[] = [];
  for (const client of rows) {
    const assignment = assignments.find((a) => a.clientId === client.id);
    const roadmap = saved.find((r) => r.clientId === client.id);
    const trainer = await trainerProfileForClient(db, actor.organizationId, client.id, actor.userId);
    const resolved = await resolveClientMethod(db, actor.organizationId, client, trainer, now);
    const current: Current = resolved
      ? { id: resolved.method.id, name: resolved.method.name, via: resolved.via }
      : null;
    const unchanged = assignment?.methodId === methodId && !assignment.method;
    const effect = unchanged ? "unchanged" : !roadmap ? "none" : roadmap.editedByCoach ? "split_replaced" : "rebuilt";
    items.push({ clientId: client.id, name: client.name, current, effect });
  }
  return items;
}

/**
 * Assigns `methodId` to each client in its own transaction, so one client's failure (not visible,
 * a roadmap the method does not fit) leaves the others assigned and that client untouched. Every
 * assignment is audited like the single-client route, marked `bulk`.
 */
export async function bulkAssign(
  db: Db,
  actor: Actor,
  input: { methodId: string; clientIds: string[]; now: Date; log: FastifyBaseLogger },
  audit: (tx: DbExecutor, clientId: string, metadata: Record<string, unknown>) => Promise<void>,
): Promise<MethodBulkAssignResult[]> {
  const results: MethodBulkAssignResult[] = [];
  for (const clientId of input.clientIds) {
    try {
      const result = await db.transaction(async (tx) => {
        const client = await loadVisibleClient(tx, actor, clientId);
        assertClientAction(actor, "update");
        const trainer = await trainerProfileForClient(tx, actor.organizationId, client.id, actor.userId);
        const before = await resolveClientMethod(tx, actor.organizationId, client, trainer, input.now);
        await saveClientMethod(tx, {
          organizationId: actor.organizationId,
          clientId: client.id,
          methodId: input.methodId,
          method: null,
          userId: actor.userId,
          at: input.now,
        });
        const resolved = await resolveClientMethod(tx, actor.organizationId, client, trainer, input.now);
        const roadmap = await followMethodChange(tx, actor, client, resolved, input.now);
        const previous: Current = before ? { id: before.method.id, name: before.method.name, via: before.via } : null;
        await audit(tx, client.id, {
          methodId: input.methodId,
          override: null,
          resolved: resolved?.method.id ?? null,
          previous: previous?.id ?? null,
          roadmap,
          bulk: true,
        });
        return { clientId: client.id, status: "assigned" as const, previous, roadmap };
      });
      results.push(result);
    } catch (e) {
      if (e instanceof HttpError) {
        results.push({
          clientId,
          status: e.code === "not_found" ? "not_found" : "failed",
          error: { code: e.code, message: e.code === "not_found" ? "client not found" : e.message },
        });
      } else {
        // A bug for one client must not undo the others; it is logged (no bodies) and reported.
        input.log.error({ err: e, clientId }, "bulk method assignment failed for one client");
        results.push({ clientId, status: "failed", error: { code: "internal_error", message: "could not assign" } });
      }
    }
  }
  return results;
}
