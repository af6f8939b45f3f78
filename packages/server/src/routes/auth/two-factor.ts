import {
  accountSecuritySchema,
  okResponseSchema,
  totpConfirmRequestSchema,
  totpConfirmResponseSchema,
  totpDisableRequestSchema,
  totpEnrolResponseSchema,
} from "@spotter/contracts";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { verifyPassword } from "../../auth/password.ts";
import type { Throttle } from "../../auth/throttle.ts";
import { loginSessions, users } from "../../db/schema.ts";
import { totpRecoveryCodes } from "../../db/schema-accounts.ts";
import { conflict, unauthenticated, validationError } from "../../http/errors.ts";
import { access, actorOf, errorResponses } from "../../http/route-kit.ts";
import { tooMany } from "./too-many.ts";
import { checkTotp, newEnrolment, newRecoveryCodes, recoveryHash } from "./totp.ts";

/**
 * Optional TOTP two-factor for owners and coaches (they see every client's health data): enrol
 * (a secret, shown as text, URI and QR), confirm with a first code (then it is on, and recovery
 * codes are shown once), disable with the password. Sign-in then asks for a code (auth.ts).
 */
export const twoFactorRoutes: FastifyPluginAsyncZod<{ throttle: Throttle }> = async (app, { throttle }) => {
  const { db } = app;

  async function loadUser(userId: string) {
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (!user) throw unauthenticated();
    return user;
  }

  app.get(
    "/security",
    {
      config: { access: access.member },
      schema: {
        tags: ["auth"],
        summary: "The caller's account security: two-factor state, recovery codes left, active sessions",
        response: { 200: accountSecuritySchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await loadUser(actor.userId);
      const [codes] = await db
        .select({ n: count() })
        .from(totpRecoveryCodes)
        .where(and(eq(totpRecoveryCodes.userId, user.id), isNull(totpRecoveryCodes.usedAt)));
      const [sessions] = await db
        .select({ n: count() })
        .from(loginSessions)
        .where(and(eq(loginSessions.userId, user.id), gt(loginSessions.expiresAt, app.clock.now())));
      return {
        twoFactor: {
          available: actor.role !== "client",
          enabled: user.totpEnabledAt !== null,
          recoveryCodesLeft: user.totpEnabledAt ? Number(codes?.n ?? 0) : 0,
        },
        activeSessions: Number(sessions?.n ?? 0),
      };
    },
  );

  app.post(
    "/totp/enrol",
    {
      config: { access: access.coach },
      schema: {
        tags: ["auth"],
        summary: "Start two-factor enrolment: a new secret (text, otpauth URI, QR); on after /totp/confirm",
        response: { 200: totpEnrolResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await loadUser(actorOf(request).userId);
      if (user.totpEnabledAt) throw conflict("two-factor is already on; disable it first to enrol a new device");
      const enrolment = newEnrolment(user.email);
      await db
        .update(users)
        .set({ totpSecret: enrolment.secret, totpLastStep: null })
        .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)));
      return enrolment;
    },
  );

  app.post(
    "/totp/confirm",
    {
      config: { access: access.coach },
      schema: {
        tags: ["auth"],
        summary: "Turn two-factor on with a first code from the app; returns recovery codes (shown once)",
        body: totpConfirmRequestSchema,
        response: { 200: totpConfirmResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await loadUser(actorOf(request).userId);
      if (user.totpEnabledAt) throw conflict("two-factor is already on");
      if (!user.totpSecret) throw conflict("start with POST /api/auth/totp/enrol");
      const now = app.clock.now();
      const step = await checkTotp(user.totpSecret, request.body.code, now, null);
      if (step === null)
        throw validationError("body.code", "not the current code for this secret; check the phone's clock");
      const recoveryCodes = newRecoveryCodes();
      await db.transaction(async (tx) => {
        await tx.update(users).set({ totpEnabledAt: now, totpLastStep: step }).where(eq(users.id, user.id));
        await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, user.id));
        await tx
          .insert(totpRecoveryCodes)
          .values(recoveryCodes.map((code) => ({ userId: user.id, codeHash: recoveryHash(code) })));
        await recordAudit(tx, request, { action: "auth.two_factor_enabled", entityType: "user", entityId: user.id });
      });
      return { recoveryCodes };
    },
  );

  app.post(
    "/totp/disable",
    {
      config: { access: access.coach },
      schema: {
        tags: ["auth"],
        summary: "Turn two-factor off; needs the password",
        body: totpDisableRequestSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await loadUser(actorOf(request).userId);
      // Password guesses from a borrowed session count like sign-in failures.
      const attempt = { account: user.email, address: request.ip, device: null };
      const wait = throttle.checkLogin(attempt);
      if (wait) throw tooMany(wait);
      if (!(await verifyPassword(user.passwordHash, request.body.password))) {
        throttle.loginFailed(attempt);
        throw validationError("body.password", "not your password");
      }
      if (!user.totpSecret && !user.totpEnabledAt) throw conflict("two-factor is not on");
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
          .where(eq(users.id, user.id));
        await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, user.id));
        await recordAudit(tx, request, { action: "auth.two_factor_disabled", entityType: "user", entityId: user.id });
      });
      return { ok: true as const };
    },
  );
};
