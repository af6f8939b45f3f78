import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import type { Actor } from "../auth/actor.ts";
import { coachClients, memberships } from "../db/schema.ts";
import { messageReads } from "../db/schema-messaging.ts";

/**
 * Who takes part in a client's thread: the client (their login, if they have one), every coach
 * assigned to them in coach_clients (co-coaching: all of them), and owners who joined it (read or
 * wrote: they have a read pointer). Owners may always read and write; they are notified only once
 * they have joined.
 */
export type Participants = { clientUserId: string | null; coachUserIds: string[]; joinedOwnerIds: string[] };

export async function participantsOf(
  db: DbExecutor,
  client: { id: string; organizationId: string; userId: string | null },
  threadId: string | null,
): Promise<Participants> {
  const coaches = await db
    .select({ userId: coachClients.coachUserId })
    .from(coachClients)
    .where(and(eq(coachClients.clientId, client.id), eq(coachClients.organizationId, client.organizationId)));
  const coachUserIds = coaches.map((c) => c.userId);
  let joinedOwnerIds: string[] = [];
  if (threadId) {
    const owners = await db
      .select({ userId: messageReads.userId })
      .from(messageReads)
      .innerJoin(
        memberships,
        and(eq(memberships.userId, messageReads.userId), eq(memberships.organizationId, messageReads.organizationId)),
      )
      .where(and(eq(messageReads.threadId, threadId), eq(memberships.role, "owner")));
    joinedOwnerIds = owners.map((o) => o.userId).filter((id) => !coachUserIds.includes(id));
  }
  return { clientUserId: client.userId, coachUserIds, joinedOwnerIds };
}

/** Everyone to tell about a new message except its author. */
export function othersThan(p: Participants, authorUserId: string): string[] {
  const all = [...(p.clientUserId ? [p.clientUserId] : []), ...p.coachUserIds, ...p.joinedOwnerIds];
  return [...new Set(all)].filter((id) => id !== authorUserId);
}

/** The role a message's author speaks in: the client's own login is "client", whatever else it is. */
export const authorRoleOf = (actor: Actor): "client" | "coach" | "owner" => actor.role;
