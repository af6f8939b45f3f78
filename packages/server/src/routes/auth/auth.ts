import {
  errorResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  okResponseSchema,
  signupRequestSchema,
} from "@spotter/contracts";
import { and, asc, eq, lt } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { getDummyHash, hashPassword, verifyPassword } from "../../auth/password.ts";
import { clearSessionCookie, createSession, setSessionCookie } from "../../auth/sessions.ts";
import { clients, loginSessions, memberships, organizations, users } from "../../db/schema.ts";
import { conflict, HttpError, unauthenticated } from "../../http/errors.ts";
import { presentMe } from "./me.ts";

const anyRole = { roles: ["owner", "coach", "client"] } as const;
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 409: errorResponseSchema };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;

  app.post(
    "/signup",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["auth"],
        summary: "Create an organization; the first user is its owner (and coaches)",
        body: signupRequestSchema,
        response: { 201: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const email = body.email.toLowerCase();
      const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing.length > 0) throw conflict("an account with this email already exists");
      const passwordHash = await hashPassword(body.password);
      const { userId, organizationId } = await db.transaction(async (tx) => {
        const [org] = await tx.insert(organizations).values({ name: body.organizationName }).returning();
        const [user] = await tx.insert(users).values({ email, name: body.name, passwordHash }).returning();
        if (!org || !user) throw new Error("insert returned nothing");
        await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, role: "owner" });
        await recordAudit(tx, request, {
          action: "organization.created",
          entityType: "organization",
          entityId: org.id,
          organizationId: org.id,
          actorUserId: user.id,
        });
        return { userId: user.id, organizationId: org.id };
      });
      const session = await createSession(db, userId, organizationId);
      setSessionCookie(request, reply, session.token, session.expiresAt, config.cookieSecure);
      reply.status(201);
      return presentMe(db, { userId, organizationId, role: "owner", csrfToken: session.csrfToken });
    },
  );

  app.post(
    "/login",
    {
      config: {
        access: { public: true },
        rateLimit: {
          max: config.loginRateLimit.max,
          timeWindow: config.loginRateLimit.windowMs,
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `login|${request.ip}|${typeof email === "string" ? email.toLowerCase() : ""}`;
          },
        },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the spotter_session cookie",
        body: loginRequestSchema,
        response: { 200: meResponseSchema, 429: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const email = request.body.email.toLowerCase();
      const [user] = await db.select().from(users).where(eq(users.email, email));
      const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), request.body.password);
      if (!user || !ok) throw new HttpError("unauthenticated", "wrong email or password");
      const [membership] = await db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, user.id))
        .orderBy(asc(memberships.createdAt))
        .limit(1);
      if (!membership) throw new HttpError("unauthenticated", "this account belongs to no organization");
      const [client] = await db
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.userId, user.id), eq(clients.organizationId, membership.organizationId)));
      // Housekeeping: this user's expired sessions go when they sign in again.
      await db
        .delete(loginSessions)
        .where(and(eq(loginSessions.userId, user.id), lt(loginSessions.expiresAt, new Date())));
      const session = await createSession(db, user.id, membership.organizationId);
      setSessionCookie(request, reply, session.token, session.expiresAt, config.cookieSecure);
      await recordAudit(db, request, {
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
        organizationId: membership.organizationId,
        actorUserId: user.id,
      });
      return presentMe(db, {
        userId: user.id,
        organizationId: membership.organizationId,
        role: membership.role,
        ...(membership.role === "client" && client ? { clientId: client.id } : {}),
        csrfToken: session.csrfToken,
      });
    },
  );

  app.post(
    "/logout",
    {
      config: { access: anyRole },
      schema: { tags: ["auth"], summary: "Sign out (ends this session)", response: { 200: okResponseSchema } },
    },
    async (request, reply) => {
      if (!request.actor) throw unauthenticated();
      await db.delete(loginSessions).where(eq(loginSessions.id, request.actor.sessionId));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    "/me",
    {
      config: { access: anyRole },
      schema: {
        tags: ["auth"],
        summary: "The signed-in user, role and CSRF token",
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      if (!request.actor) throw unauthenticated();
      return presentMe(db, request.actor);
    },
  );
};
