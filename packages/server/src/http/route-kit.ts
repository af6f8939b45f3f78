import { type ERROR_STATUS, errorResponseSchema } from "@spotter/contracts";
import type { FastifyRequest } from "fastify";
import type { Actor, RouteAccess } from "../auth/actor.ts";
import type { CommandContext } from "../commands/context.ts";

/**
 * What every route shares: its access presets, the caller, and the one error response schema for
 * every status the error handler answers (http/error-handler.ts), so route files list only their 200.
 */

type ErrorStatus = (typeof ERROR_STATUS)[keyof typeof ERROR_STATUS];

/** Every error status of contracts' ERROR_STATUS, each with the one error shape. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  410: errorResponseSchema,
  422: errorResponseSchema,
  429: errorResponseSchema,
  500: errorResponseSchema,
  503: errorResponseSchema,
} as const satisfies Record<ErrorStatus, typeof errorResponseSchema>;

/** Access presets: who may call a route (enforced by auth/access-hook.ts before the handler runs). */
export const access = {
  coach: { roles: ["owner", "coach"] },
  member: { roles: ["owner", "coach", "client"] },
  client: { roles: ["client"] },
  owner: { roles: ["owner"] },
  /** The business owner, or the client about their own record (data rights: export, delete). */
  ownerOrSelf: { roles: ["owner", "client"] },
} as const satisfies Record<string, RouteAccess>;

/**
 * The caller of a route that declares roles. The access hook has already answered 401 for a
 * request without one, so handlers never check; a public route asking for it is a programming
 * error (500), not a caller's.
 */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.actor;
  if (!actor) throw new Error(`route ${request.routeOptions.url} is public but reads the actor`);
  return actor;
}

/** What a command runs with, for this request's caller and the app's database and clock. */
export function commandContext(request: FastifyRequest): CommandContext {
  const { database, clock } = request.server;
  return { database, clock, actor: actorOf(request), request };
}
