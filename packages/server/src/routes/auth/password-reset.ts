import { okResponseSchema, passwordResetCompleteSchema, passwordResetRequestSchema } from "@spotter/contracts";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { hashPassword } from "../../auth/password.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import { loginSessions, memberships, users } from "../../db/schema.ts";
import { passwordResets } from "../../db/schema-accounts.ts";
import { validationError } from "../../http/errors.ts";
import { errorResponses } from "../../http/route-kit.ts";
import { notifyAddress } from "../../notifications/notify.ts";
import { DEFAULT_RESET_LIMITS, ResetLimits } from "./reset-limits.ts";
import { tooMany } from "./too-many.ts";

/** A reset link works this long, once (OWASP Forgot Password Cheat Sheet: short-lived, single use). */
export const RESET_TTL_MS = 30 * 60_000;

/**
 * Password reset by email. The request is answered identically whether or not the email has an
 * account; the link's token is stored as SHA-256 and rides in the URL fragment (`#`), which
 * browsers never send to a server, so no access log or Referer header carries it. Completing a
 * reset sets the password and ends every session of the account (a thief's included).
 */
export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, spotterConfig: config } = app;
  const limits = new ResetLimits(DEFAULT_RESET_LIMITS, () => app.clock.now().getTime());

  app.post(
    "/password-reset/request",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["auth"],
        summary: "Ask for a password-reset email; the answer is the same whether or not the email has an account",
        body: passwordResetRequestSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const email = request.body.email.toLowerCase();
      const taken = limits.take(request.ip, email);
      if ("wait" in taken) throw tooMany({ retryAfterS: taken.wait });
      if (!taken.send) return { ok: true as const };
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      // A deactivated member could not sign in with a new password either: no email for them.
      const [membership] = user
        ? await db
            .select({ organizationId: memberships.organizationId })
            .from(memberships)
            .where(and(eq(memberships.userId, user.id), isNull(memberships.deactivatedAt)))
            .orderBy(asc(memberships.createdAt))
            .limit(1)
        : [];
      if (!user || !membership) return { ok: true as const };
      const token = newToken();
      const now = app.clock.now();
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const url = `${base}/reset-password#${token}`;
      await db.transaction(async (tx) => {
        await tx
          .insert(passwordResets)
          .values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
        await notifyAddress(tx, {
          organizationId: membership.organizationId,
          email,
          kind: "password_reset",
          subject: "Reset your Spotter password",
          body: [
            "Someone (hopefully you) asked to reset the password of your Spotter account.",
            `Choose a new password within ${RESET_TTL_MS / 60_000} minutes: ${url}`,
            "The link works once. If you did not ask, ignore this email: your password stays as it is.",
          ].join("\n\n"),
          sensitive: true,
        });
        await recordAudit(tx, request, {
          action: "auth.password_reset_requested",
          entityType: "user",
          entityId: user.id,
          organizationId: membership.organizationId,
          actorUserId: null,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    "/password-reset/complete",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["auth"],
        summary: "Set a new password with the emailed token (single use); every session of the account ends",
        body: passwordResetCompleteSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = app.clock.now();
      const passwordHash = await hashPassword(request.body.newPassword);
      const invalid = () =>
        validationError("body.token", "this link has expired or was already used; ask for a new one");
      await db.transaction(async (tx) => {
        // Conditional update: of two concurrent uses of one token, only one finds it unused.
        const [claimed] = await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(
            and(
              eq(passwordResets.tokenHash, hashToken(request.body.token)),
              isNull(passwordResets.usedAt),
              gt(passwordResets.expiresAt, now),
            ),
          )
          .returning({ userId: passwordResets.userId });
        if (!claimed) throw invalid();
        await tx.update(users).set({ passwordHash }).where(eq(users.id, claimed.userId));
        // Every other link of this account dies with this one.
        await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(and(eq(passwordResets.userId, claimed.userId), isNull(passwordResets.usedAt)));
        await tx.delete(loginSessions).where(eq(loginSessions.userId, claimed.userId));
        const orgs = await tx
          .select({ id: memberships.organizationId })
          .from(memberships)
          .where(eq(memberships.userId, claimed.userId));
        for (const org of orgs)
          await recordAudit(tx, request, {
            action: "auth.password_reset",
            entityType: "user",
            entityId: claimed.userId,
            organizationId: org.id,
            actorUserId: claimed.userId,
          });
      });
      reply.header("referrer-policy", "no-referrer");
      return { ok: true as const };
    },
  );
};
