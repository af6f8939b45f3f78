import { and, eq, exists, type SQL, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { type Actor, canCoach } from "../auth/actor.ts";
import { runNamed } from "../db/named-query.ts";
import { clients, coachClients } from "../db/schema.ts";
import { forbidden, notFound } from "../http/errors.ts";

/**
 * Which client rows a caller may see, as a SQL condition: always the caller's organization;
 * an owner sees all of it, a coach only clients assigned to them, a client only their own record.
 */
export function visibleClients(actor: Actor): SQL {
  const sameOrg = eq(clients.organizationId, actor.organizationId);
  if (actor.role === "owner") return sameOrg;
  if (actor.role === "coach") {
    const assigned = exists(
      sql`(select 1 from ${coachClients} where ${coachClients.clientId} = ${clients.id} and ${coachClients.coachUserId} = ${actor.userId})`,
    );
    return and(sameOrg, assigned) as SQL;
  }
  return and(sameOrg, eq(clients.id, actor.clientId ?? "00000000-0000-0000-0000-000000000000")) as SQL;
}

/**
 * Loads one client the caller may see. Invisible and other-organization records both give 404, so
 * the answer never reveals that a record exists; `field` names the body field the id came from.
 */
export async function loadVisibleClient(db: DbExecutor, actor: Actor, clientId: string, field?: string) {
  // A named prepared statement (db/named-query.ts): every client route reads it first. The text
  // depends only on which branch of visibleClients the role takes, so that branch names it.
  const branch = actor.role === "owner" || actor.role === "coach" ? actor.role : "own";
  const rows = await runNamed(
    db
      .select()
      .from(clients)
      .where(and(eq(clients.id, clientId), visibleClients(actor)))
      .limit(1),
    `spotter_visible_client_${branch}`,
  );
  const row = rows[0];
  if (!row) throw notFound("client", field);
  return row;
}

export type ClientAction = "read" | "update" | "archive" | "export" | "delete" | "assign" | "invite";

/** What each role may do with a client it can see. */
export function assertClientAction(actor: Actor, action: ClientAction): void {
  if (action === "read" || action === "export") return;
  if (action === "delete" && (actor.role === "owner" || actor.role === "client")) return;
  if (action === "assign" && actor.role === "owner") return;
  if ((action === "update" || action === "archive" || action === "invite") && canCoach(actor)) return;
  throw forbidden(`a ${actor.role} may not ${action} this client`);
}
