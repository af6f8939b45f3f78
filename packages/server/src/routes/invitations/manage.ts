import {
  invitationCreateResponseSchema,
  invitationIdParamsSchema,
  okResponseSchema,
  pendingInvitationListSchema,
} from "@spotter/contracts";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { DbExecutor } from "../../audit/record.ts";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import { invitations, organizations, users } from "../../db/schema.ts";
import { notFound } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";
import { notifyAddress } from "../../notifications/notify.ts";

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

/**
 * Emails an invitation link through the notifications outbox, inside the caller's transaction.
 * The body holds the one-time link, so the outbox blanks it once delivery is final.
 */
export async function emailInvitation(
  tx: DbExecutor,
  input: { organizationId: string; email: string; role: string; url: string; expiresAt: Date; clientId: string | null },
) {
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  const orgName = org?.name ?? "a coaching business";
  await notifyAddress(tx, {
    organizationId: input.organizationId,
    email: input.email,
    kind: "invitation",
    subject: `You are invited to ${orgName} on Spotter`,
    body: [
      `${orgName} invites you to Spotter as ${input.role === "coach" ? "a coach" : "a client"}.`,
      `Accept before ${input.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC: ${input.url}`,
      "If you did not expect this, ignore this email.",
    ].join("\n\n"),
    clientId: input.clientId,
    sensitive: true,
  });
}

/**
 * Pending invitations (owner: all; coach: the ones they sent), revoke (the link stops working at
 * once) and resend (a new link and expiry, emailed again; the old link dies).
 */
export const invitationManageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;
  const access = { roles: ["owner", "coach"] } as const;

  app.get(
    "",
    {
      config: { access },
      schema: {
        tags: ["invitations"],
        summary: "Pending invitations, newest first (owner: all; coach: the ones they sent); expired ones say so",
        response: { 200: pendingInvitationListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await db
        .select({ invitation: invitations, inviterName: users.name })
        .from(invitations)
        .leftJoin(users, eq(users.id, invitations.invitedBy))
        .where(
          and(
            eq(invitations.organizationId, actor.organizationId),
            isNull(invitations.acceptedAt),
            actor.role === "owner" ? undefined : eq(invitations.invitedBy, actor.userId),
          ),
        )
        .orderBy(desc(invitations.createdAt), desc(invitations.id))
        .limit(500);
      const now = app.clock.now().getTime();
      return {
        items: rows.map(({ invitation: i, inviterName }) => ({
          id: i.id,
          email: i.email,
          role: i.role,
          clientId: i.clientId,
          invitedBy: i.invitedBy && inviterName ? { id: i.invitedBy, name: inviterName } : null,
          expiresAt: i.expiresAt.toISOString(),
          expired: i.expiresAt.getTime() <= now,
          createdAt: i.createdAt.toISOString(),
        })),
      };
    },
  );

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
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const url = `${base}/invite/${token}`;
      const id = await db.transaction(async (tx) => {
        const row = await loadManaged(tx, actor, request.params.invitationId);
        await tx
          .update(invitations)
          .set({ tokenHash: hashToken(token), expiresAt })
          .where(eq(invitations.id, row.id));
        await emailInvitation(tx, { ...row, url, expiresAt });
        await recordAudit(tx, request, {
          action: "invitation.resent",
          entityType: "invitation",
          entityId: row.id,
          clientId: row.clientId,
          metadata: { role: row.role },
        });
        return row.id;
      });
      return { id, token, url, expiresAt: expiresAt.toISOString() };
    },
  );
};
