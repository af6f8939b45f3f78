import type { FastifyRequest } from "fastify";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { notFound } from "../http/errors.ts";
import type { ClientRow } from "../safety/client-read.ts";
import { loadVisibleClient } from "./clients.ts";

/** A client row the safety guard read for this request, kept only if the request's actor may see it. */
export type GuardedClient = {
  clientId: string;
  /** The actor the visibility was decided for (the request's own). */
  actor: Actor;
  /** The row, or null when it is not in the actor's organization or the actor may not see it. */
  row: ClientRow | null;
};

declare module "fastify" {
  interface FastifyRequest {
    /** Set by safety/route-guard.ts on guarded routes; read through `loadRequestClient`. */
    guardedClient: GuardedClient | null;
  }
}

/**
 * loadVisibleClient for a command behind the safety guard: the guard's one statement already read
 * this client row and decided visibleClients(actor) for it (safety/client-read.ts), so reading it
 * again would only be another round trip waiting for a pool connection (issue 12). Anything else
 * (another client id, another actor, an unguarded route) reads as loadVisibleClient does. Not
 * visible and not found give the same 404, so nothing about the record leaks.
 */
export async function loadRequestClient(
  db: DbExecutor,
  request: FastifyRequest,
  actor: Actor,
  clientId: string,
  field?: string,
): Promise<ClientRow> {
  const guarded = request.guardedClient;
  if (!guarded || guarded.clientId !== clientId || guarded.actor !== actor)
    return loadVisibleClient(db, actor, clientId, field);
  if (!guarded.row) throw notFound("client", field);
  return guarded.row;
}
