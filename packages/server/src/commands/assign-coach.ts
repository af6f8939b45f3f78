import { eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { coachClients } from "../db/schema.ts";

/** Replaces the client's responsible coach. */
export async function assignCoach(db: DbExecutor, organizationId: string, clientId: string, coachUserId: string) {
  await db.delete(coachClients).where(eq(coachClients.clientId, clientId));
  await db.insert(coachClients).values({ organizationId, clientId, coachUserId });
}
