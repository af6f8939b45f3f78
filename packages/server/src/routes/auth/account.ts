import { okResponseSchema, passwordChangeRequestSchema } from "@spotter/contracts";
import { and, eq, ne } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../../audit/record.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { clearSessionCookie } from "../../auth/sessions.ts";
import type { Throttle } from "../../auth/throttle.ts";
import { loginSessions, users } from "../../db/schema.ts";
import { HttpError, unauthenticated, validationError } from "../../http/errors.ts";
import { actorOf, errorResponses } from "../../http/route-kit.ts";

const anyRole = { roles: ["owner", "coach", "client"] } as const;

/**
 * The signed-in user's own account: change the password (every other session ends, so a leaked
 * password or a forgotten browser stops working), and sign out everywhere.
 */
export const accountRoutes: FastifyPluginAsyncZod<{ throttle: Throttle }> = async (app, { throttle }) => {
  const { db } = app;

  app.post(
    "/password",
    {
      config: { access: anyRole },
      schema: {
        tags: ["auth"],
        summary: "Change the password; every other session of this user ends",
        body: passwordChangeRequestSchema,
        response: { 200: okResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!user) throw unauthenticated();
      // Guesses at the current password (a borrowed session) count like sign-in failures.
      const attempt = { account: user.email, address: request.ip, device: null };
      const wait = throttle.checkLogin(attempt);
      if (wait)
        throw new HttpError("rate_limited", `too many attempts; try again in ${wait.retryAfterS} seconds`, {
          headers: { "retry-after": String(wait.retryAfterS) },
        });
      if (!(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throttle.loginFailed(attempt);
        throw validationError("body.currentPassword", "not your current password");
      }
      if (request.body.currentPassword === request.body.newPassword)
        throw validationError("body.newPassword", "must differ from the current password");
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
        await tx
          .delete(loginSessions)
          .where(and(eq(loginSessions.userId, actor.userId), ne(loginSessions.id, actor.sessionId)));
        await recordAudit(tx, request, { action: "auth.password_changed", entityType: "user", entityId: actor.userId });
      });
      return { ok: true as const };
    },
  );

  // DELETE of the caller's sessions: the authorization matrix treats it as destructive, like logout.
  app.delete(
    "/sessions",
    {
      config: { access: anyRole },
      schema: {
        tags: ["auth"],
        summary: "Sign out everywhere: every session of this user ends, this one included",
        response: { 200: okResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await db.transaction(async (tx) => {
        await recordAudit(tx, request, {
          action: "auth.signed_out_everywhere",
          entityType: "user",
          entityId: actor.userId,
        });
        await tx.delete(loginSessions).where(eq(loginSessions.userId, actor.userId));
      });
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );
};
