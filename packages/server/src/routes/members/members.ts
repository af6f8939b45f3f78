import { memberListQuerySchema, memberListResponseSchema } from "@spotter/contracts";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { clients, coachClients, memberships, users } from "../../db/schema.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";
import { capacityRoutes } from "./capacity.ts";
import { handoverRoutes } from "./handover.ts";
import { memberRemoveRoutes } from "./remove.ts";
import { memberStatusRoutes } from "./status.ts";

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  await app.register(memberRemoveRoutes);
  await app.register(memberStatusRoutes);
  await app.register(handoverRoutes);
  await app.register(capacityRoutes);
  app.get(
    "",
    {
      config: { access: { roles: ["owner"] } },
      schema: {
        tags: ["members"],
        summary:
          "Everyone in the organization (or those with the given roles), with role, status (active or deactivated), two-factor and active client count",
        querystring: memberListQuerySchema,
        response: { 200: memberListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: memberships.role,
          joinedAt: memberships.createdAt,
          deactivatedAt: memberships.deactivatedAt,
          twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
          clientId: sql<
            string | null
          >`(select ${clients.id} from ${clients} where ${clients.userId} = ${users.id} and ${clients.organizationId} = ${actor.organizationId} limit 1)`,
          activeClientCount: sql<number>`(select count(*)::int from ${coachClients} join ${clients} on ${clients.id} = ${coachClients.clientId} where ${coachClients.coachUserId} = ${users.id} and ${clients.organizationId} = ${actor.organizationId} and ${clients.status} = 'active')`,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organizationId, actor.organizationId),
            request.query.roles ? inArray(memberships.role, request.query.roles) : undefined,
          ),
        )
        .orderBy(asc(memberships.createdAt));
      const [logins] = await db
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.organizationId, actor.organizationId), eq(memberships.role, "client")));
      return {
        clientLogins: logins?.n ?? 0,
        items: rows.map((r) => ({
          ...r,
          activeClientCount: Number(r.activeClientCount),
          joinedAt: r.joinedAt.toISOString(),
          status: r.deactivatedAt ? ("deactivated" as const) : ("active" as const),
          deactivatedAt: r.deactivatedAt?.toISOString() ?? null,
          twoFactorEnabled: Boolean(r.twoFactorEnabled),
        })),
      };
    },
  );
};
