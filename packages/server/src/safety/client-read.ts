import { and, eq, type SQL, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { runNamed } from "../db/named-query.ts";
import { clients } from "../db/schema.ts";
import { flags } from "../db/schema-monitoring.ts";
import { visibleClients } from "../policies/clients.ts";

export type ClientRow = typeof clients.$inferSelect;

export type OpenFlag = {
  id: string;
  kind: string;
  level: "yellow" | "red";
  ruleId: string;
  referTo: string[] | null;
  createdAt: Date;
};

/** One client row as the safety rules read it, with its open flags and whether `actor` may see it. */
export type ClientSafetyRead = {
  client: ClientRow;
  /** visibleClients(actor) for this row; false when no actor was given. */
  visible: boolean;
  openFlags: OpenFlag[];
};

type OpenFlagJson = Omit<OpenFlag, "createdAt"> & { createdAt: string };

/**
 * The client's open flags as one JSON array, oldest first (created_at, kind: the order the two
 * separate reads had), so the client row and its flags come back in one statement; the route
 * guard runs it before every guarded write, where each extra statement waits for a pool connection
 * again under load (issue 12). Nested in a second sql`` on purpose: drizzle writes the top-level
 * columns of a one-table select's fields unqualified, which inside this subquery would make
 * "client_id" = "id" compare two columns of flags; nested, every column keeps its table name.
 */
const openFlagsJson = sql<OpenFlagJson[]>`${sql`coalesce((
  select json_agg(json_build_object(
    'id', ${flags.id}, 'kind', ${flags.kind}, 'level', ${flags.level}, 'ruleId', ${flags.ruleId},
    'referTo', ${flags.referTo}, 'createdAt', ${flags.createdAt}
  ) order by ${flags.createdAt}, ${flags.kind})
  from ${flags}
  where ${flags.organizationId} = ${clients.organizationId} and ${flags.clientId} = ${clients.id} and ${flags.status} = 'open'
), '[]'::json)`}`;

/**
 * The client `clientId` of `organizationId` with its open flags, and whether `actor` may see it
 * (the same condition as policies/clients.ts loadVisibleClient, so the guarded command can use this
 * row instead of reading it again); null when the organization has no such client.
 */
export async function readClientSafety(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  actor: Actor | null,
): Promise<ClientSafetyRead | null> {
  // A named prepared statement (db/named-query.ts) whose text depends only on the branch of
  // visibleClients the actor's role takes; callers without an actor (portal, clearance, publish
  // gate) ask for no visibility and get a constant false.
  const branch = !actor ? "none" : actor.role === "owner" || actor.role === "coach" ? actor.role : "own";
  const visible: SQL = actor ? visibleClients(actor) : sql`false`;
  const [row] = await runNamed(
    db
      .select({ client: clients, visible: sql<boolean>`${visible}`, openFlags: openFlagsJson })
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.organizationId, organizationId)))
      .limit(1),
    `spotter_client_safety_${branch}`,
  );
  if (!row) return null;
  return {
    client: row.client,
    visible: row.visible === true,
    // JSON has no timestamp type: the text is PostgreSQL's ISO form of the same instant (the
    // driver's text form parses to the same millisecond; test/safety/client-read.test.ts pins it).
    openFlags: row.openFlags.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
  };
}
