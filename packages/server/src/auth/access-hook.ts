import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { Db } from "../db/open.ts";
import { HttpError, unauthenticated } from "../http/errors.ts";
import type { RouteAccess } from "./actor.ts";
import { installRequestHardening } from "./request-hardening.ts";
import { SessionCache } from "./session-cache.ts";
import { listenForSessionChanges, type SessionListener } from "./session-listener.ts";
import { resolveActor, SESSION_COOKIE } from "./sessions.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Routes that may omit an access declaration: the API docs and the static web app. */
const IMPLICITLY_PUBLIC = (url: string) => url.startsWith("/docs") || !url.startsWith("/api");

/**
 * Enforces each route's `config.access` in one place, before body validation, so an anonymous
 * or wrong-role caller gets 401/403 whatever it sent. A route under /api without a declaration
 * fails at registration. Also records every declaration in `app.routeAccess` (the authorization
 * matrix test reads it).
 */
export async function installAccessControl(app: FastifyInstance, db: Db): Promise<void> {
  const cache = new SessionCache(app.spotterConfig.sessionCache, () => performance.now());
  const listener = await listenForSessionChanges(app.database, cache);
  app.decorate("sessionCache", cache);
  app.decorate("sessionListener", listener);
  app.addHook("onClose", async () => listener.stop());
  const registry = new Map<string, RouteAccess>();
  app.decorate("routeAccess", registry);
  app.decorateRequest("actor", null);

  app.addHook("onRoute", (route: RouteOptions) => {
    const access = route.config?.access ?? (IMPLICITLY_PUBLIC(route.url) ? { public: true } : undefined);
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} has no config.access declaration`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) registry.set(`${m} ${route.url}`, access);
  });

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config.access ?? { public: true };
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveActor(db, token, request.server.clock.now(), cache) : null;
    if ("public" in access) return;
    const actor = request.actor;
    if (!actor) throw unauthenticated();
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers["x-csrf-token"];
      if (typeof header !== "string" || !sameToken(header, actor.csrfToken))
        throw new HttpError("csrf_failed", "missing or wrong x-csrf-token header; read it from GET /api/auth/me");
    }
    if (!access.roles.includes(actor.role))
      throw new HttpError("forbidden", `this needs role ${access.roles.join(" or ")}`);
  });

  // A write may have ended sessions (logout, password change, member removal, code added later):
  // its response waits until those invalidations have reached this process's cache.
  app.addHook("onSend", async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method)) await listener.barrier();
    return payload;
  });

  // Registered after the actor hook: the origin check and the audited denials need request.actor.
  installRequestHardening(app, db);
}

declare module "fastify" {
  interface FastifyInstance {
    routeAccess: Map<string, RouteAccess>;
    sessionCache: SessionCache;
    sessionListener: SessionListener;
  }
}
