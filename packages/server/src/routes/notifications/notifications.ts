import {
  EMAIL_MANDATORY_KINDS,
  NOTIFICATION_KINDS,
  notificationListQuerySchema,
  notificationListSchema,
  notificationMarkedSchema,
  notificationPreferencesSchema,
  notificationPreferencesViewSchema,
  notificationReadRequestSchema,
  notificationUnreadCountSchema,
} from "@spotter/contracts";
import { and, asc, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/open.ts";
import { clients } from "../../db/schema.ts";
import { notificationPreferences, notifications } from "../../db/schema-notifications.ts";
import { pushSubscriptions } from "../../db/schema-push.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { mailConfigFromEnv } from "../../notifications/mailer.ts";
import { emailCanBeMuted } from "../../notifications/notify.ts";
import { registerClientExportSection } from "../clients/export-sections.ts";
import { presentNotification } from "./present.ts";
import { pushRoutes } from "./push.ts";

const tags = ["notifications"];

/** The caller's own in-app notifications in their current organization (never address-only ones). */
const mine = (actor: Actor) =>
  and(eq(notifications.organizationId, actor.organizationId), eq(notifications.recipientUserId, actor.userId));

async function unreadCount(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(actor), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

async function preferencesView(db: Db, actor: Actor, emailConfigured: boolean) {
  const [[row], devices] = await Promise.all([
    db
      .select({ emailOff: notificationPreferences.emailOff, pushOff: notificationPreferences.pushOff })
      .from(notificationPreferences)
      .where(
        and(
          eq(notificationPreferences.organizationId, actor.organizationId),
          eq(notificationPreferences.userId, actor.userId),
        ),
      ),
    db
      .select({ n: count() })
      .from(pushSubscriptions)
      .where(
        and(eq(pushSubscriptions.organizationId, actor.organizationId), eq(pushSubscriptions.userId, actor.userId)),
      ),
  ]);
  const off = new Set(row?.emailOff ?? []);
  const pushOff = new Set(row?.pushOff ?? []);
  const email = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, !emailCanBeMuted(k) || !off.has(k)]));
  const push = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, !pushOff.has(k)]));
  type Kinds = Record<(typeof NOTIFICATION_KINDS)[number], boolean>;
  return {
    email: email as Kinds,
    mandatory: [...EMAIL_MANDATORY_KINDS] as (typeof NOTIFICATION_KINDS)[number][],
    emailConfigured,
    push: push as Kinds,
    pushDevices: Number(devices[0]?.n ?? 0),
  };
}

/** The notifications a client's own login received, in their data export (GET /clients/:id/export). */
function registerNotificationExportSection(): void {
  registerClientExportSection("notifications", (tx, ids) =>
    tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        subject: notifications.subject,
        body: notifications.body,
        linkPath: notifications.linkPath,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        emailStatus: notifications.emailStatus,
      })
      .from(notifications)
      .innerJoin(clients, eq(clients.userId, notifications.recipientUserId))
      .where(and(eq(clients.id, ids.clientId), eq(notifications.organizationId, ids.organizationId)))
      .orderBy(asc(notifications.createdAt)),
  );
}

/** Every member's own notification centre: list, unread count, mark read, email preferences. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  registerNotificationExportSection();
  // Whether email can leave at all is a property of this process's environment.
  const emailConfigured = mailConfigFromEnv() !== null;

  app.get(
    "",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "My notifications, newest first, with the unread count (page with `before`)",
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, before, unreadOnly } = request.query;
      const rows = await db
        .select()
        .from(notifications)
        .where(
          and(
            mine(actor),
            before ? lt(notifications.createdAt, new Date(before)) : undefined,
            unreadOnly ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentNotification),
        unreadCount: await unreadCount(db, actor),
        nextBefore: rows.length > limit && last ? last.createdAt.toISOString() : null,
      };
    },
  );

  app.get(
    "/unread-count",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "How many of my notifications are unread (the bell polls this)",
        response: { 200: notificationUnreadCountSchema, ...errorResponses },
      },
    },
    async (request) => ({ unreadCount: await unreadCount(db, actorOf(request)) }),
  );

  app.post(
    "/read",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Mark some of my notifications read (ids that are not mine are ignored)",
        body: notificationReadRequestSchema,
        response: { 200: notificationMarkedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const marked = await db
        .update(notifications)
        .set({ readAt: app.clock.now() })
        .where(and(mine(actor), inArray(notifications.id, request.body.ids), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return { marked: marked.length };
    },
  );

  app.post(
    "/read-all",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Mark all my notifications read",
        response: { 200: notificationMarkedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const marked = await db
        .update(notifications)
        .set({ readAt: app.clock.now() })
        .where(and(mine(actor), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return { marked: marked.length };
    },
  );

  // Browser push: the VAPID key and this browser's subscription (push.ts).
  await app.register(pushRoutes, { prefix: "/push" });

  app.get(
    "/preferences",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "My email and browser push preferences per notification kind",
        response: { 200: notificationPreferencesViewSchema, ...errorResponses },
      },
    },
    async (request) => preferencesView(db, actorOf(request), emailConfigured),
  );

  app.put(
    "/preferences",
    {
      config: { access: access.member },
      schema: {
        tags,
        summary: "Switch email (kinds that cannot be muted stay on) or browser push on or off per kind",
        body: notificationPreferencesSchema,
        response: { 200: notificationPreferencesViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const current = await preferencesView(db, actor, emailConfigured);
      const merged = { ...current.email, ...request.body.email };
      const emailOff = NOTIFICATION_KINDS.filter((k) => emailCanBeMuted(k) && merged[k] === false);
      const mergedPush = { ...current.push, ...request.body.push };
      const pushOff = NOTIFICATION_KINDS.filter((k) => mergedPush[k] === false);
      await db.transaction(async (tx) => {
        const values = { emailOff, pushOff, updatedAt: app.clock.now() };
        await tx
          .insert(notificationPreferences)
          .values({ organizationId: actor.organizationId, userId: actor.userId, ...values })
          .onConflictDoUpdate({
            target: [notificationPreferences.organizationId, notificationPreferences.userId],
            set: values,
          });
        await recordAudit(tx, request, {
          action: "notification_preferences.updated",
          entityType: "notification_preferences",
          entityId: actor.userId,
          metadata: { emailOff, pushOff },
        });
      });
      return preferencesView(db, actor, emailConfigured);
    },
  );
};
