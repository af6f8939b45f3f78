import { and, eq, type SQL } from "drizzle-orm";
import { flags } from "../db/schema-monitoring.ts";

/**
 * A client's open red flags: what stops automation for them (DESIGN's red light). One condition
 * for the reads that ask it (the level a decision sees, a draft's stop reason, whether resolving a
 * flag resumes automation), so they cannot drift apart.
 */
export function openRedFlagsOf(organizationId: string, clientId: string): SQL {
  return and(
    eq(flags.organizationId, organizationId),
    eq(flags.clientId, clientId),
    eq(flags.status, "open"),
    eq(flags.level, "red"),
  ) as SQL;
}
