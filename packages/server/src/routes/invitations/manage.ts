import { invitationCreateResponseSchema, invitationIdParamsSchema, okResponseSchema } from "@spotter/contracts";
import { and, eq, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { DbExecutor } from "../../audit/record.ts";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import { invitations } from "../../db/schema.ts";
import { notFound } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
const errors = errorResponses;

/**
 * A pending invitation the caller may manage: the owner any of the organization's, a coach the
 * ones they sent. Anything else is "not found", so ids of others' invitations reveal nothing.
 */
async function loadManaged(db: DbExecutor, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(eq(invitations.id, id), eq(invitations.organizationId, actor.organizationId), isNull(invitations.acceptedAt)),
    );
  if (!row || (actor.role !== "owner" && row.invitedBy !== actor.userId)) throw notFound("invitation");
  return row;
}

/** Revoke (the link stops working at once) and resend (a new link and expiry; the old link dies). */
export const invitationManageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;
  const access = { roles: ["owner", "coach"] } as const;

  app.post(
    "/:invitationId/revoke",
    {
      config: { access },
      schema: {
        tags: ["invitations"],
        summary: "Revoke a pending invitation (owner: any; coach: their own)",
        params: invitationIdParamsSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        const row = await loadManaged(tx, actor, request.params.invitationId);
        await tx.delete(invitations).where(eq(invitations.id, row.id));
        await recordAudit(tx, request, {
          action: "invitation.revoked",
          entityType: "invitation",
          entityId: row.id,
          clientId: row.clientId,
          metadata: { role: row.role },
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    "/:invitationId/resend",
    {
      config: { access },
      schema: {
        tags: ["invitations"],
        summary:
          "Resend a pending or expired invitation: a new link (shown once) and expiry; the old link stops working",
        params: invitationIdParamsSchema,
        response: { 200: invitationCreateResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const token = newToken();
      const expiresAt = new Date(app.clock.now().getTime() + INVITATION_TTL_MS);
      const id = await db.transaction(async (tx) => {
        const row = await loadManaged(tx, actor, request.params.invitationId);
        await tx
          .update(invitations)
          .set({ tokenHash: hashToken(token), expiresAt })
          .where(eq(invitations.id, row.id));
        await recordAudit(tx, request, {
          action: "invitation.resent",
          entityType: "invitation",
          entityId: row.id,
          clientId: row.clientId,
          metadata: { role: row.role },
        });
        return row.id;
      });
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      return { id, token, url: `${base}/invite/${token}`, expiresAt: expiresAt.toISOString() };
    },
  );
};
