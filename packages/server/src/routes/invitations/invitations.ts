import {
  invitationAcceptRequestSchema,
  invitationCreateRequestSchema,
  invitationCreateResponseSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
  meResponseSchema,
} from "@spotter/contracts";
import { and, eq, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { createSession, setSessionCookie } from "../../auth/sessions.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import type { Db } from "../../db/open.ts";
import { clients, invitations, memberships, organizations, users } from "../../db/schema.ts";
import { conflict, forbidden, HttpError, notFound } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";
import { assertClientAction, loadVisibleClient } from "../../policies/clients.ts";
import { presentMe } from "../auth/me.ts";
import { emailInvitation, INVITATION_TTL_MS, invitationManageRoutes } from "./manage.ts";

export { INVITATION_TTL_MS };

const errors = errorResponses;

/** A pending invitation by its token; expired → 410, used or unknown → 404. */
async function loadPending(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row || row.invitation.acceptedAt) throw notFound("invitation");
  if (row.invitation.expiresAt.getTime() <= now.getTime())
    throw new HttpError("invitation_expired", "this invitation has expired; ask for a new one");
  return row;
}

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;
  await app.register(invitationManageRoutes);

  app.post(
    "",
    {
      config: { access: { roles: ["owner", "coach"] } },
      schema: {
        tags: ["invitations"],
        summary: "Invite a coach (owner) or a client (coach/owner); the link is emailed and its token returned once",
        body: invitationCreateRequestSchema,
        response: { 201: invitationCreateResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      if (body.role === "coach" && actor.role !== "owner") throw forbidden("only the owner invites coaches");
      if (body.clientId) {
        const client = await loadVisibleClient(db, actor, body.clientId, "body.clientId");
        assertClientAction(actor, "invite");
        if (client.userId) throw conflict("this client already has a login");
      }
      const token = newToken();
      const expiresAt = new Date(app.clock.now().getTime() + INVITATION_TTL_MS);
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const url = `${base}/invite/${token}`;
      const email = body.email.toLowerCase();
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(invitations)
          .values({
            organizationId: actor.organizationId,
            tokenHash: hashToken(token),
            role: body.role,
            email,
            clientId: body.clientId ?? null,
            invitedBy: actor.userId,
            expiresAt,
          })
          .returning({ id: invitations.id });
        if (!row) throw new Error("insert returned nothing");
        await recordAudit(tx, request, {
          action: "invitation.created",
          entityType: "invitation",
          entityId: row.id,
          clientId: body.clientId ?? null,
          metadata: { role: body.role },
        });
        await emailInvitation(tx, {
          organizationId: actor.organizationId,
          email,
          role: body.role,
          url,
          expiresAt,
          clientId: body.clientId ?? null,
        });
        return row.id;
      });
      reply.status(201);
      return { id, token, url, expiresAt: expiresAt.toISOString() };
    },
  );

  app.get(
    "/:token",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["invitations"],
        summary: "Preview an invitation (public, by token)",
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema, ...errors },
      },
    },
    async (request) => {
      const { invitation, organizationName } = await loadPending(db, request.params.token, app.clock.now());
      return {
        organizationName,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    "/:token/accept",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["invitations"],
        summary: "Accept an invitation: sets name and password, signs in",
        params: invitationTokenParamsSchema,
        body: invitationAcceptRequestSchema,
        response: { 201: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { invitation } = await loadPending(db, request.params.token, app.clock.now());
      // An address that already has a Spotter account joins with that account's password; any
      // mismatch gets one generic answer, so the token holder learns no more than they typed.
      const [existing] = await db
        .select({ id: users.id, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.email, invitation.email));
      const passwordHash = existing ? null : await hashPassword(request.body.password);
      if (existing && !(await verifyPassword(existing.passwordHash, request.body.password)))
        throw conflict("could not accept this invitation with these details");
      const userId = await db.transaction(async (tx) => {
        // Conditional update: two concurrent accepts cannot both succeed.
        const claimed = await tx
          .update(invitations)
          .set({ acceptedAt: app.clock.now() })
          .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
          .returning({ id: invitations.id });
        if (claimed.length === 0) throw notFound("invitation");
        let user = existing ? { id: existing.id } : undefined;
        if (existing) {
          const [member] = await tx
            .select({ id: memberships.userId })
            .from(memberships)
            .where(and(eq(memberships.userId, existing.id), eq(memberships.organizationId, invitation.organizationId)));
          if (member) throw conflict("could not accept this invitation with these details");
        } else {
          [user] = await tx
            .insert(users)
            .values({ email: invitation.email, name: request.body.name, passwordHash: passwordHash ?? "" })
            .returning({ id: users.id });
        }
        if (!user) throw new Error("insert returned nothing");
        await tx
          .insert(memberships)
          .values({ organizationId: invitation.organizationId, userId: user.id, role: invitation.role });
        if (invitation.clientId) {
          const linked = await tx
            .update(clients)
            .set({ userId: user.id, updatedAt: app.clock.now() })
            .where(and(eq(clients.id, invitation.clientId), isNull(clients.userId)))
            .returning({ id: clients.id });
          if (linked.length === 0) throw conflict("this client already has a login");
        }
        await recordAudit(tx, request, {
          action: "invitation.accepted",
          entityType: "invitation",
          entityId: invitation.id,
          clientId: invitation.clientId,
          organizationId: invitation.organizationId,
          actorUserId: user.id,
          metadata: { role: invitation.role },
        });
        return user.id;
      });
      const session = await createSession(db, userId, invitation.organizationId, app.clock.now());
      setSessionCookie(request, reply, session.token, session.expiresAt, config);
      reply.status(201);
      return presentMe(db, {
        userId,
        organizationId: invitation.organizationId,
        role: invitation.role,
        ...(invitation.clientId ? { clientId: invitation.clientId } : {}),
        csrfToken: session.csrfToken,
      });
    },
  );
};
