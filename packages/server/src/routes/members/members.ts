import { memberListResponseSchema } from "@spotter/contracts";
import { and, asc, eq, sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { clients, coachClients, memberships, users } from "../../db/schema.ts";
import { actorOf } from "../../http/route-kit.ts";
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
          "Everyone in the organization, with role, status (active or deactivated), two-factor and active client count",
        response: { 200: memberListResponseSchema },
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
          activeClientCount: sql<number>`(select count(*)::int from ${coachClients} join ${clients} on ${clients.id} = ${coachClients.clientId} where ${coachClients.coachUserId} = ${users.id} and ${clients.status} = 'active')`,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, actor.organizationId)))
        .orderBy(asc(memberships.createdAt));
      return {
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
