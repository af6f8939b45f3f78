import { and, eq, inArray, isNull } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type DbExecutor, recordAudit } from "../../audit/record.ts";
import { assignCoach } from "../../commands/assign-coach.ts";
import { clients, coachClients, memberships } from "../../db/schema.ts";
import { handoverNotes } from "../../db/schema-accounts.ts";
import { notFound, validationError } from "../../http/errors.ts";

/** The receiving coach must be an active owner or coach of the organization; else 400 on `path`. */
export async function assertActiveCoach(db: DbExecutor, organizationId: string, userId: string, path: string) {
  const [m] = await db
    .select({ role: memberships.role, deactivatedAt: memberships.deactivatedAt })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  if (!m || m.role === "client") throw validationError(path, "not a coach of this organization");
  if (m.deactivatedAt) throw validationError(path, "this coach is deactivated; reactivate them first");
}

/**
 * Moves clients of the organization to `toCoachUserId` inside the caller's transaction: one
 * coach row per client, a hand-over note per client when one was written (from the coach they
 * leave), and a `client.assigned` audit event each. Unknown or other-organization ids are a 404
 * for the whole request (checked before the coach, so ids of another organization learn nothing),
 * and nothing is half-moved.
 */
export async function reassignClients(
  tx: DbExecutor,
  request: FastifyRequest,
  input: {
    organizationId: string;
    clientIds: readonly string[];
    toCoachUserId: string;
    note?: string | undefined;
    reason: "reassigned" | "member.removed";
    /** The request field naming the coach, for a 400 when they cannot take clients. */
    coachPath: string;
  },
): Promise<number> {
  const ids = [...new Set(input.clientIds)];
  const rows = await tx
    .select({ id: clients.id, fromCoach: coachClients.coachUserId })
    .from(clients)
    .leftJoin(coachClients, eq(coachClients.clientId, clients.id))
    .where(and(eq(clients.organizationId, input.organizationId), inArray(clients.id, ids)));
  if (rows.length !== ids.length) throw notFound("client");
  await assertActiveCoach(tx, input.organizationId, input.toCoachUserId, input.coachPath);
  const note = input.note?.trim();
  for (const row of rows) {
    if (row.fromCoach === input.toCoachUserId) continue;
    await assignCoach(tx, input.organizationId, row.id, input.toCoachUserId);
    if (note)
      await tx.insert(handoverNotes).values({
        organizationId: input.organizationId,
        clientId: row.id,
        fromCoachUserId: row.fromCoach,
        toCoachUserId: input.toCoachUserId,
        authorUserId: request.actor?.userId ?? null,
        note,
      });
    await recordAudit(tx, request, {
      action: "client.assigned",
      entityType: "client",
      entityId: row.id,
      clientId: row.id,
      metadata: {
        coachUserId: input.toCoachUserId,
        fromCoachUserId: row.fromCoach,
        reason: input.reason,
        handoverNote: Boolean(note),
      },
    });
  }
  return rows.filter((r) => r.fromCoach !== input.toCoachUserId).length;
}

/** Active members only, for lists that must not offer a deactivated coach. */
export const activeMembership = isNull(memberships.deactivatedAt);
