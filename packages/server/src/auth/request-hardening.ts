import type { FastifyInstance, FastifyRequest } from "fastify";
import { recordAudit } from "../audit/record.ts";
import type { Db } from "../db/open.ts";
import { HttpError } from "../http/errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Reads that are themselves audited: who looked at the audit trail or the member list (issue 11). */
const AUDITED_READS: Record<string, string> = {
  "GET /api/audit": "audit.read",
  "GET /api/members": "members.read",
};

/** The origin a browser sent (Origin, else Referer), or null when it sent neither. */
function sentOrigin(request: FastifyRequest): URL | null | "invalid" {
  const raw = request.headers.origin ?? request.headers.referer;
  if (typeof raw !== "string" || raw === "") return null;
  try {
    return new URL(raw);
  } catch {
    return "invalid";
  }
}

/**
 * Same-origin: the Origin (or Referer) names this server's host, or the configured public URL.
 * The host is compared without the scheme: behind a TLS proxy that is not configured as trusted the
 * request looks like http while the browser's origin is https.
 */
function sameOrigin(request: FastifyRequest, origin: URL, publicUrl: string | undefined): boolean {
  if (publicUrl && origin.origin === new URL(publicUrl).origin) return true;
  return origin.host === request.host;
}

/**
 * Browser-facing protections for the API, in one place:
 * - a cookie-carrying write from another origin is refused with 403 before anything runs (the CSRF
 *   token already guards it; this is the second, independent check OWASP recommends);
 * - API responses are `Cache-Control: no-store` (health data and exports must not sit in caches);
 * - refusals (403) of a signed-in caller and reads of the audit trail and member list are audited.
 */
export function installRequestHardening(app: FastifyInstance, db: Db): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.headers.cookie) return;
    const origin = sentOrigin(request);
    if (origin === null) return; // not a browser: the CSRF token decides
    if (origin === "invalid" || !sameOrigin(request, origin, app.spotterConfig.publicUrl))
      throw new HttpError("csrf_failed", "cross-origin request refused: writes must come from this site's own pages");
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    return payload;
  });

  // onSend, not onResponse: the event is written before the caller has the answer.
  app.addHook("onSend", async (request, reply, payload) => {
    const actor = request.actor;
    if (!actor) return payload;
    const route = `${request.method} ${request.routeOptions.url ?? ""}`;
    const read = AUDITED_READS[route];
    const action = reply.statusCode === 403 ? "access.denied" : reply.statusCode < 300 && read ? read : null;
    if (!action) return payload;
    // An audit failure must not change what the caller gets; it is logged.
    await recordAudit(db, request, {
      action,
      entityType: action === "access.denied" ? "route" : "organization",
      entityId: action === "access.denied" ? null : actor.organizationId,
      // The route pattern, never the URL (URLs can carry tokens and search terms).
      metadata: { method: request.method, route: request.routeOptions.url ?? null },
    }).catch((err: unknown) => request.log.error({ err }, "could not record an audit event"));
    return payload;
  });
}
