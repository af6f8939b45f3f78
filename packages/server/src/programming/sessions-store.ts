import type { SessionPlan } from "@spotter/contracts";
import { SESSION_SECTIONS, type Session, type SessionSection } from "@spotter/engine";
import { and, eq, ne, type SQL } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { clients } from "../db/schema.ts";
import { trainingSessions } from "../db/schema-programming.ts";
import { notFound } from "../http/errors.ts";
import { visibleClients } from "../policies/clients.ts";

export type SessionRow = typeof trainingSessions.$inferSelect;

/** Gives every item a stable id `<section>-<index>` (what edits and logs refer to). */
export function withItemIds(session: Session): SessionPlan {
  const plan = structuredClone(session) as SessionPlan;
  for (const section of SESSION_SECTIONS) {
    plan[section] = session[section].map((item, i) => ({ ...item, id: `${section}-${i}` }));
  }
  return plan;
}

export function locateItem(plan: SessionPlan, itemId: string): { section: SessionSection; index: number } | undefined {
  for (const section of SESSION_SECTIONS) {
    const index = plan[section].findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, index };
  }
  return undefined;
}

/** Which sessions a caller may see: those of visible clients; a client never sees a coach's drafts. */
export function visibleSessions(actor: Actor): SQL {
  const conditions: SQL[] = [eq(trainingSessions.organizationId, actor.organizationId), visibleClients(actor)];
  if (actor.role === "client") conditions.push(ne(trainingSessions.status, "draft"));
  return and(...conditions) as SQL;
}

/** One session the caller may see (404 otherwise, never revealing that it exists), with its client's name. */
export async function loadVisibleSession(
  db: DbExecutor,
  actor: Actor,
  sessionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ row: SessionRow; clientName: string }> {
  const query = db
    .select({ row: trainingSessions, clientName: clients.name })
    .from(trainingSessions)
    .innerJoin(clients, eq(clients.id, trainingSessions.clientId))
    .where(and(eq(trainingSessions.id, sessionId), visibleSessions(actor)))
    .limit(1);
  const [found] = options.forUpdate ? await query.for("update", { of: trainingSessions }) : await query;
  if (!found) throw notFound("session");
  return found;
}
