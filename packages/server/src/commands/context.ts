import type { FastifyRequest } from "fastify";
import type { Actor } from "../auth/actor.ts";
import type { Database } from "../db/open.ts";
import type { Clock } from "../programming/clock.ts";

/**
 * What a command runs with: the database, the app's clock, the caller, and the request (the audit
 * event records where the change came from). Routes build it with http/route-kit.ts `commandContext(request)`.
 */
export type CommandContext = {
  database: Database;
  clock: Clock;
  actor: Actor;
  request: FastifyRequest;
};
