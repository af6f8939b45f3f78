import { and, eq, gt } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/open.ts";
import { clients, loginSessions, memberships } from "../db/schema.ts";
import type { Actor } from "./actor.ts";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_COOKIE = "spotter_session";
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export type CookieSecurity = boolean | "auto";
export type CookiePolicy = { cookieSecure: CookieSecurity; publicUrl?: string };

/** Secure when configured, or on "auto" whenever the public URL is https or the request came over https. */
export function cookieIsSecure(request: FastifyRequest, policy: CookiePolicy): boolean {
  if (policy.cookieSecure !== "auto") return policy.cookieSecure;
  return policy.publicUrl?.startsWith("https://") === true || request.protocol === "https";
}

export async function createSession(db: Db, userId: string, organizationId: string, now: Date) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(loginSessions).values({ tokenHash: hashToken(token), csrfToken, userId, organizationId, expiresAt });
  return { token, csrfToken, expiresAt };
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  policy: CookiePolicy,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
    secure: cookieIsSecure(request, policy),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** Resolves a cookie token to the caller, or null when missing, unknown or expired. */
export async function resolveActor(db: Db, token: string | undefined, now: Date): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const rows = await db
    .select({
      sessionId: loginSessions.id,
      csrfToken: loginSessions.csrfToken,
      userId: loginSessions.userId,
      organizationId: loginSessions.organizationId,
      role: memberships.role,
      clientId: clients.id,
    })
    .from(loginSessions)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, loginSessions.userId), eq(memberships.organizationId, loginSessions.organizationId)),
    )
    .leftJoin(
      clients,
      and(eq(clients.userId, loginSessions.userId), eq(clients.organizationId, loginSessions.organizationId)),
    )
    .where(and(eq(loginSessions.tokenHash, hashToken(token)), gt(loginSessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    userId: row.userId,
    organizationId: row.organizationId,
    role: row.role,
    ...(row.role === "client" && row.clientId ? { clientId: row.clientId } : {}),
  };
}
