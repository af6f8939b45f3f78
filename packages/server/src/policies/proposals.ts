import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { clients } from "../db/schema.ts";
import { flags, proposals } from "../db/schema-monitoring.ts";
import { notFound } from "../http/errors.ts";
import { visibleClients } from "./clients.ts";

/** A proposal the caller may see (through its client's visibility), with its client's login, else 404. */
export async function loadVisibleProposal(db: DbExecutor, actor: Actor, id: string) {
  const [row] = await db
    .select({ proposal: proposals, clientUserId: clients.userId })
    .from(proposals)
    .innerJoin(clients, eq(clients.id, proposals.clientId))
    .where(and(eq(proposals.id, id), visibleClients(actor)))
    .limit(1);
  if (!row) throw notFound("proposal");
  return row;
}

/** A flag the caller may see (through its client's visibility), else 404. */
export async function loadVisibleFlag(db: DbExecutor, actor: Actor, id: string) {
  const [row] = await db
    .select({ flag: flags })
    .from(flags)
    .innerJoin(clients, eq(clients.id, flags.clientId))
    .where(and(eq(flags.id, id), visibleClients(actor)))
    .limit(1);
  if (!row) throw notFound("flag");
  return row.flag;
}
