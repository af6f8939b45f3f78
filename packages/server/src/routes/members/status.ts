import { memberParamsSchema, memberStatusResponseSchema } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { loginSessions, memberships } from "../../db/schema.ts";
import { conflict, notFound } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";

/**
 * Reversible deactivation (owner). Deactivating ends the member's sessions in this organization in
 * the same transaction (deleting the rows is what every session cache listens for), and sign-in
 * refuses them while it lasts; their clients stay assigned, so reactivating restores everything
 * as it was. Other organizations the person belongs to are untouched.
 */
export const memberStatusRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  for (const action of ["deactivate", "reactivate"] as const) {
    app.post(
      `/:userId/${action}`,
      {
        config: { access: access.owner },
        schema: {
          tags: ["members"],
          summary:
            action === "deactivate"
              ? "Deactivate a member (owner): their sessions end now and sign-in is refused until reactivated"
              : "Reactivate a deactivated member (owner): they can sign in again",
          params: memberParamsSchema,
          response: { 200: memberStatusResponseSchema, ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { userId } = request.params;
        if (userId === actor.userId) throw conflict("you cannot deactivate yourself");
        const deactivatedAt = action === "deactivate" ? app.clock.now() : null;
        await db.transaction(async (tx) => {
          const where = and(eq(memberships.organizationId, actor.organizationId), eq(memberships.userId, userId));
          const [member] = await tx.select().from(memberships).where(where);
          if (!member) throw notFound("member");
          if (member.role === "owner") throw conflict("an owner cannot be deactivated");
          if (action === "deactivate" && member.deactivatedAt) throw conflict("this member is already deactivated");
          if (action === "reactivate" && !member.deactivatedAt) throw conflict("this member is active");
          await tx.update(memberships).set({ deactivatedAt }).where(where);
          if (action === "deactivate")
            await tx
              .delete(loginSessions)
              .where(and(eq(loginSessions.userId, userId), eq(loginSessions.organizationId, actor.organizationId)));
          await recordAudit(tx, request, {
            action: action === "deactivate" ? "member.deactivated" : "member.reactivated",
            entityType: "user",
            entityId: userId,
            metadata: { role: member.role },
          });
        });
        return {
          userId,
          status: deactivatedAt ? ("deactivated" as const) : ("active" as const),
          deactivatedAt: deactivatedAt?.toISOString() ?? null,
        };
      },
    );
  }
};
