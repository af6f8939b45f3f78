import type { Role } from "@spotter/contracts";

/** The authenticated caller of a request, resolved from the session cookie. */
export type Actor = {
  userId: string;
  organizationId: string;
  role: Role;
  /** The client record a client login is linked to. */
  clientId?: string;
  sessionId: string;
  csrfToken: string;
};

/** Route access declaration, read by the one access hook and by the authorization-matrix test. */
export type RouteAccess = { public: true } | { roles: readonly Role[] };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Owners have every coach ability (the founder both runs the business and coaches). */
export const canCoach = (actor: Actor) => actor.role === "owner" || actor.role === "coach";
