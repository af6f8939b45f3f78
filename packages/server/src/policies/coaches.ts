import { and, eq, inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { namedQuery } from "../db/named-query.ts";
import type { Database } from "../db/open.ts";
import { coachClients, memberships, users } from "../db/schema.ts";
import { validationError } from "../http/errors.ts";
import type { CoachRef } from "../presenters/client.ts";

/** Responsible coach per client id. */
export async function coachesOf(db: DbExecutor, clientIds: string[]): Promise<Map<string, CoachRef>> {
  const map = new Map<string, CoachRef>();
  if (clientIds.length === 0) return map;
  const rows = await db
    .select({ clientId: coachClients.clientId, id: users.id, name: users.name })
    .from(coachClients)
    .innerJoin(users, eq(users.id, coachClients.coachUserId))
    .where(inArray(coachClients.clientId, clientIds));
  for (const r of rows) map.set(r.clientId, { id: r.id, name: r.name });
  return map;
}

/**
 * One client's responsible coach, as coachesOf reads it, in a named statement: GET /api/clients/:id
 * runs it on every read, and drizzle's builder rebuilt the same SQL text each time (issue 12).
 */
export async function coachOf(database: Database, clientId: string): Promise<CoachRef> {
  const rows = await namedQuery<{ id: string; name: string }>(
    database,
    "spotter_client_coach",
    "select u.id, u.name from coach_clients cc join users u on u.id = cc.coach_user_id where cc.client_id = $1",
    [clientId],
  );
  // coach_clients holds one row per client (unique index); coachesOf keeps the last of several.
  const last = rows[rows.length - 1];
  return last ? { id: last.id, name: last.name } : null;
}

/**
 * A coach user id must name an active owner or coach of the same organization; else 400 on that
 * field. A deactivated member cannot sign in, so handing them a client would leave it unattended.
 */
export async function assertCoachInOrg(db: DbExecutor, organizationId: string, coachUserId: string, path: string) {
  const [m] = await db
    .select({ role: memberships.role, deactivatedAt: memberships.deactivatedAt })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, coachUserId)));
  if (!m || m.role === "client") throw validationError(path, "not a coach of this organization");
  if (m.deactivatedAt) throw validationError(path, "this coach is deactivated; reactivate them or choose another");
}
