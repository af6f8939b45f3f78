import { loginRequestSchema, meResponseSchema, okResponseSchema, signupRequestSchema } from "@spotter/contracts";
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { DeviceCookies } from "../../auth/device-cookie.ts";
import { getDummyHash, hashPassword, verifyPassword } from "../../auth/password.ts";
import { clearSessionCookie, createSession, setSessionCookie } from "../../auth/sessions.ts";
import { Throttle } from "../../auth/throttle.ts";
import { throttleSettings } from "../../config.ts";
import { clients, loginSessions, memberships, organizations, users } from "../../db/schema.ts";
import { conflict, HttpError } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";
import { accountRoutes } from "./account.ts";
import { presentMe } from "./me.ts";
import { passwordResetRoutes } from "./password-reset.ts";
import { tooMany } from "./too-many.ts";
import { passSecondFactor } from "./totp.ts";
import { twoFactorRoutes } from "./two-factor.ts";

const anyRole = { roles: ["owner", "coach", "client"] } as const;
const errors = errorResponses;

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;
  const throttle = new Throttle(throttleSettings(config), () => app.clock.now().getTime());
  const devices = new DeviceCookies();
  await app.register(accountRoutes, { throttle });
  await app.register(twoFactorRoutes, { throttle });
  await app.register(passwordResetRoutes);

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
      const wait = throttle.signup(request.ip);
      if (wait) throw tooMany(wait);
      const email = body.email.toLowerCase();
      // Hash first, whether or not the email is taken, so the answer's timing says nothing either.
      const passwordHash = await hashPassword(body.password);
      const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      // Without email verification a sign-up cannot hide a taken address entirely; the answer stays
      // generic and the per-address and global sign-up limits make enumeration slow.
      if (existing.length > 0)
        throw conflict("could not create an account with these details; if you have one, sign in");
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
      const session = await createSession(db, userId, organizationId, app.clock.now());
      setSessionCookie(request, reply, session.token, session.expiresAt, config);
      reply.status(201);
      return presentMe(db, { userId, organizationId, role: "owner", csrfToken: session.csrfToken });
    },
  );

  app.post(
    "/login",
    {
      config: {
        access: { public: true },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the spotter_session cookie",
        body: loginRequestSchema,
        response: { 200: meResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const email = request.body.email.toLowerCase();
      const attempt = { account: email, address: request.ip, device: devices.read(request, email) };
      const wait = throttle.checkLogin(attempt);
      if (wait) throw tooMany(wait);
      const [user] = await db.select().from(users).where(eq(users.email, email));
      const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), request.body.password);
      if (!user || !ok) {
        throttle.loginFailed(attempt);
        if (user) await auditFailedLogin(user.id, request);
        throw new HttpError("unauthenticated", "wrong email or password");
      }
      if (user.totpEnabledAt) {
        const code = request.body.code;
        if (!code)
          throw new HttpError("two_factor_required", "enter the code from your authenticator app", {
            fields: [{ path: "body.code", message: "required: this account has two-factor sign-in on" }],
          });
        const passed = await passSecondFactor(db, user, code, app.clock.now());
        if (!passed) {
          throttle.loginFailed(attempt);
          await auditFailedLogin(user.id, request, "two_factor");
          throw new HttpError("two_factor_required", "that code did not work; try the current one", {
            fields: [{ path: "body.code", message: "not a current code or an unused recovery code" }],
          });
        }
      }
      throttle.loginSucceeded(attempt);
      // The first organization where the owner has not deactivated this member.
      const [membership] = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), isNull(memberships.deactivatedAt)))
        .orderBy(asc(memberships.createdAt))
        .limit(1);
      if (!membership) {
        await auditFailedLogin(user.id, request, "deactivated");
        throw new HttpError("unauthenticated", "this account is not active in any organization; ask its owner");
      }
      const [client] = await db
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.userId, user.id), eq(clients.organizationId, membership.organizationId)));
      // Housekeeping: this user's expired sessions go when they sign in again.
      await db
        .delete(loginSessions)
        .where(and(eq(loginSessions.userId, user.id), lt(loginSessions.expiresAt, app.clock.now())));
      const session = await createSession(db, user.id, membership.organizationId, app.clock.now());
      setSessionCookie(request, reply, session.token, session.expiresAt, config);
      // After the session cookie: simple clients that read only the first Set-Cookie keep the session.
      devices.issue(request, reply, email, config, app.clock.now());
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

  /** A failed sign-in on a real account goes to that account's organizations' audit trails. */
  async function auditFailedLogin(
    userId: string,
    request: Parameters<typeof recordAudit>[1],
    reason: "password" | "two_factor" | "deactivated" = "password",
  ) {
    const orgs = await db
      .select({ id: memberships.organizationId })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    for (const org of orgs)
      await recordAudit(db, request, {
        action: "auth.login_failed",
        entityType: "user",
        entityId: userId,
        organizationId: org.id,
        actorUserId: null,
        metadata: { reason },
      });
  }

  app.post(
    "/logout",
    {
      config: { access: anyRole },
      schema: { tags: ["auth"], summary: "Sign out (ends this session)", response: { 200: okResponseSchema } },
    },
    async (request, reply) => {
      await db.delete(loginSessions).where(eq(loginSessions.id, actorOf(request).sessionId));
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
      return presentMe(db, actorOf(request));
    },
  );
};
