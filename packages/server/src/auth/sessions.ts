import { and, eq, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/open.ts";
import { clients, loginSessions, memberships } from "../db/schema.ts";
import type { Actor } from "./actor.ts";
import type { SessionCache } from "./session-cache.ts";
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

type LookupRow = {
  sessionId: string;
  csrfToken: string;
  userId: string;
  organizationId: string;
  expiresAt: Date;
  role: Actor["role"];
  clientId: string | null;
};

function buildLookup(db: Db) {
  return db
    .select({
      sessionId: loginSessions.id,
      csrfToken: loginSessions.csrfToken,
      userId: loginSessions.userId,
      organizationId: loginSessions.organizationId,
      expiresAt: loginSessions.expiresAt,
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
    .where(eq(loginSessions.tokenHash, sql.placeholder("tokenHash")))
    .limit(1)
    .prepare("spotter_session_lookup");
}

/** One prepared lookup per database handle: built once, a named statement on PostgreSQL connections. */
const lookups = new WeakMap<Db, ReturnType<typeof buildLookup>>();
function lookupFor(db: Db) {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = buildLookup(db);
    lookups.set(db, lookup);
  }
  return lookup;
}

function actorOfRow(row: LookupRow): Actor {
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    userId: row.userId,
    organizationId: row.organizationId,
    role: row.role,
    ...(row.role === "client" && row.clientId ? { clientId: row.clientId } : {}),
  };
}

/**
 * Resolves a cookie token to the caller, or null when missing, unknown or expired. With a cache,
 * a session resolved in the last few seconds is answered from memory (see session-cache.ts for
 * why that stays correct when a session ends).
 */
export async function resolveActor(
  db: Db,
  token: string | undefined,
  now: Date,
  cache?: SessionCache,
): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const nowMs = now.getTime();
  const cached = cache?.get(tokenHash, nowMs);
  if (cached) return cached;
  const generation = cache?.generation ?? 0;
  const [row] = (await lookupFor(db).execute({ tokenHash })) as LookupRow[];
  if (!row || row.expiresAt.getTime() <= nowMs) return null;
  const actor = actorOfRow(row);
  cache?.store(tokenHash, actor, row.expiresAt.getTime(), generation);
  return actor;
}
