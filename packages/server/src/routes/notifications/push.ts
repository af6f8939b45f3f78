import {
  pushKeySchema,
  pushSubscriptionRequestSchema,
  pushSubscriptionResultSchema,
  pushUnsubscribeRequestSchema,
} from "@spotter/contracts";
import { and, count, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/open.ts";
import { pushSubscriptions } from "../../db/schema-push.ts";
import { validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { vapidKeys } from "../../notifications/push-keys.ts";
import { pushEndpointAllowed } from "../../notifications/push-sender.ts";

const tags = ["notifications"];

async function devices(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.organizationId, actor.organizationId), eq(pushSubscriptions.userId, actor.userId)));
  return Number(row?.n ?? 0);
}

/**
 * Browser notifications: the VAPID public key a browser subscribes with, and the caller's own
 * device subscriptions (subscribe after opting in from the notification preferences; unsubscribe).
 * The endpoint must be a known push service (config `pushEndpointOrigins` adds others, for tests).
 * An endpoint is one device: subscribing it again (another user signed in on the same browser)
 * moves it to the caller. Audited without the endpoint (it is a capability URL).
 */
export const pushRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const extraOrigins = app.spotterConfig.pushEndpointOrigins ?? [];

  app.get(
    "/key",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "The server's VAPID public key for PushManager.subscribe",
        response: { 200: pushKeySchema, ...errorResponses },
      },
    },
    async () => ({ publicKey: (await vapidKeys(app.database)).publicKey }),
  );

  app.post(
    "/subscriptions",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Subscribe this browser to push notifications",
        body: pushSubscriptionRequestSchema,
        response: { 201: pushSubscriptionResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { endpoint, keys } = request.body;
      if (!pushEndpointAllowed(endpoint, extraOrigins))
        throw validationError("body.endpoint", "endpoint is not a known browser push service");
      await db.transaction(async (tx) => {
        const values = {
          organizationId: actor.organizationId,
          userId: actor.userId,
          p256dh: keys.p256dh,
          auth: keys.auth,
        };
        await tx
          .insert(pushSubscriptions)
          .values({ ...values, endpoint, createdAt: app.clock.now() })
          .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
        await recordAudit(tx, request, {
          action: "push_subscription.added",
          entityType: "push_subscription",
          entityId: actor.userId,
          metadata: { origin: new URL(endpoint).origin },
        });
      });
      reply.code(201);
      return { pushDevices: await devices(db, actor) };
    },
  );

  app.delete(
    "/subscriptions",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Unsubscribe this browser (its endpoint) from push notifications",
        body: pushUnsubscribeRequestSchema,
        response: { 200: pushSubscriptionResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(pushSubscriptions)
          .where(
            and(
              eq(pushSubscriptions.endpoint, request.body.endpoint),
              eq(pushSubscriptions.userId, actor.userId),
              eq(pushSubscriptions.organizationId, actor.organizationId),
            ),
          )
          .returning({ id: pushSubscriptions.id });
        if (removed.length)
          await recordAudit(tx, request, {
            action: "push_subscription.removed",
            entityType: "push_subscription",
            entityId: actor.userId,
            metadata: { origin: new URL(request.body.endpoint).origin },
          });
      });
      return { pushDevices: await devices(db, actor) };
    },
  );
};
