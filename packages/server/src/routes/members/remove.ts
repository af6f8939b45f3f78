import { memberParamsSchema, memberRemoveRequestSchema, okResponseSchema } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { clients, coachClients, loginSessions, memberships } from "../../db/schema.ts";
import { conflict, notFound, validationError } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";
import { reassignClients } from "./reassign-clients.ts";

/**
 * The owner removes a member: in one transaction the member's sessions in this organization end
 * (their next request is a 401), their membership goes, a client login is unlinked from its client
 * record, and a coach's clients move to the coach the owner chose (with the owner's hand-over note). Other organizations the person
 * belongs to are untouched.
 */
export const memberRemoveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.post(
    "/:userId/remove",
    {
      config: { access: { roles: ["owner"] } },
      schema: {
        tags: ["members"],
        summary: "Remove a member (owner): access ends at once; a coach's clients go to reassignTo",
        params: memberParamsSchema,
        body: memberRemoveRequestSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { userId } = request.params;
      const { reassignTo } = request.body;
      if (userId === actor.userId) throw conflict("you cannot remove yourself");
      await db.transaction(async (tx) => {
        const [member] = await tx
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.organizationId, actor.organizationId), eq(memberships.userId, userId)));
        if (!member) throw notFound("member");
        if (member.role === "owner") throw conflict("an owner cannot be removed");
        const coached = await tx
          .select({ clientId: coachClients.clientId })
          .from(coachClients)
          .where(and(eq(coachClients.organizationId, actor.organizationId), eq(coachClients.coachUserId, userId)));
        if (coached.length > 0) {
          if (!reassignTo)
            throw validationError("body.reassignTo", `required: this coach has ${coached.length} clients`);
          if (reassignTo === userId) throw validationError("body.reassignTo", "must be another coach");
          await reassignClients(tx, request, {
            organizationId: actor.organizationId,
            clientIds: coached.map((c) => c.clientId),
            toCoachUserId: reassignTo,
            note: request.body.note,
            reason: "member.removed",
            coachPath: "body.reassignTo",
          });
        }
        await tx
          .delete(loginSessions)
          .where(and(eq(loginSessions.userId, userId), eq(loginSessions.organizationId, actor.organizationId)));
        await tx
          .update(clients)
          .set({ userId: null })
          .where(and(eq(clients.organizationId, actor.organizationId), eq(clients.userId, userId)));
        await tx
          .delete(memberships)
          .where(and(eq(memberships.organizationId, actor.organizationId), eq(memberships.userId, userId)));
        await recordAudit(tx, request, {
          action: "member.removed",
          entityType: "user",
          entityId: userId,
          metadata: { role: member.role, reassignedClients: coached.length, reassignTo: reassignTo ?? null },
        });
      });
      return { ok: true as const };
    },
  );
};
