import { and, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler, RouteOptions } from "fastify";
import type { Db } from "../db/open.ts";
import { flags, proposals } from "../db/schema-monitoring.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { readClientSafety } from "./client-read.ts";
import { type ClientLocator, PLAN_CHANGING, type PlanIntent } from "./plan-routes.ts";
import { type SafetyState, safetyStateOf } from "./state.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The safety state of the client a plan-changing route is about (null: none, or not this org's). */
    safety: SafetyState | null;
  }
  interface FastifyContextConfig {
    safetyIntent?: PlanIntent;
  }
}

/** The response header that says the guard ran, and what it found (tests read it; no health detail). */
export const SAFETY_HEADER = "x-spotter-safety";

async function clientOf(db: Db, request: FastifyRequest, locator: ClientLocator): Promise<string | null> {
  const actor = request.actor;
  if (!actor) return null;
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const org = actor.organizationId;
  const uuid = (v: string | undefined) =>
    v && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? v : null;
  switch (locator) {
    case "params.id":
      return uuid(params.id);
    case "self":
      return actor.clientId ?? null;
    case "organization":
      return null;
    case "session": {
      const id = uuid(params.sessionId);
      if (!id) return null;
      const [r] = await db
        .select({ c: trainingSessions.clientId })
        .from(trainingSessions)
        .where(and(eq(trainingSessions.id, id), eq(trainingSessions.organizationId, org)));
      return r?.c ?? null;
    }
    case "proposal": {
      const id = uuid(params.proposalId);
      if (!id) return null;
      const [r] = await db
        .select({ c: proposals.clientId })
        .from(proposals)
        .where(and(eq(proposals.id, id), eq(proposals.organizationId, org)));
      return r?.c ?? null;
    }
    case "flag": {
      const id = uuid(params.flagId);
      if (!id) return null;
      const [r] = await db
        .select({ c: flags.clientId })
        .from(flags)
        .where(and(eq(flags.id, id), eq(flags.organizationId, org)));
      return r?.c ?? null;
    }
  }
}

/**
 * The one safety guard: every route listed in PLAN_CHANGING gets a preHandler (added at
 * registration, so a route cannot forget it) that loads the safety state of the client the request
 * is about (open reds, open clearance with screening required, HR caveat) into `request.safety`,
 * for the command to decide with (and, from the same statement, the client row if the actor may see
 * it into `request.guardedClient`, so the command need not read it again: policies/request-client.ts);
 * the decisions themselves are the engine's (publishGate,
 * gateSession, decideProposal) called from safety/. A successful answer carries SAFETY_HEADER.
 */
export function installSafetyGuard(app: FastifyInstance, db: Db): void {
  app.decorateRequest("safety", null);
  app.decorateRequest("guardedClient", null);
  app.addHook("onRoute", (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const entry = methods.map((m) => PLAN_CHANGING[`${m} ${route.url}`]).find((e) => e !== undefined);
    if (!entry) return;
    const guard: preHandlerHookHandler = async (request) => {
      const actor = request.actor;
      const clientId = await clientOf(db, request, entry.client);
      if (!clientId || !actor) {
        request.safety = null;
        return;
      }
      // The state is the organization's client whether or not the actor may see it (as before);
      // the row is handed on only when visible, so a 404 stays a 404 (policies/request-client.ts).
      const read = await readClientSafety(db, actor.organizationId, clientId, actor);
      request.safety = read && safetyStateOf(read, request.server.clock.now());
      request.guardedClient = { clientId, actor, row: read?.visible ? read.client : null };
    };
    const existing = route.preHandler;
    route.preHandler = existing ? [...(Array.isArray(existing) ? existing : [existing]), guard] : [guard];
    route.config = { ...(route.config ?? {}), safetyIntent: entry.intent } as typeof route.config;
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const intent = request.routeOptions.config.safetyIntent;
    if (!intent || reply.statusCode >= 400) return payload;
    const s = request.safety;
    reply.header(
      SAFETY_HEADER,
      s
        ? `${intent}; red=${s.reds.length}; clearance=${s.clearance.map((c) => c.kind).join(",") || "none"}`
        : `${intent}; organization`,
    );
    return payload;
  });
}
