import type { SessionLog } from "@spotter/engine";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { trainingSessions } from "../db/schema-programming.ts";

/** The client's logged sessions in the engine's SessionLog form, oldest first. */
export async function loadHistory(db: DbExecutor, organizationId: string, clientId: string): Promise<SessionLog[]> {
  const rows = await db
    .select({ log: trainingSessions.engineLog })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organizationId, organizationId),
        eq(trainingSessions.clientId, clientId),
        eq(trainingSessions.status, "logged"),
        isNotNull(trainingSessions.engineLog),
      ),
    )
    .orderBy(asc(trainingSessions.date), asc(trainingSessions.loggedAt));
  return rows.flatMap((r) => (r.log ? [r.log] : []));
}
