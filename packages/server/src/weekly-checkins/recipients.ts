import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { coachClients, memberships } from "../db/schema.ts";

/** Who is told about a client's check-in: the assigned coach(es), else the organization's active owners. */
export async function checkInStaff(db: DbExecutor, organizationId: string, clientId: string): Promise<string[]> {
  const coaches = await db
    .select({ userId: coachClients.coachUserId })
    .from(coachClients)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, coachClients.coachUserId), eq(memberships.organizationId, organizationId)),
    )
    .where(
      and(
        eq(coachClients.organizationId, organizationId),
        eq(coachClients.clientId, clientId),
        isNull(memberships.deactivatedAt),
      ),
    );
  if (coaches.length) return coaches.map((c) => c.userId);
  const owners = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, ["owner"]),
        isNull(memberships.deactivatedAt),
      ),
    );
  return owners.map((o) => o.userId);
}
