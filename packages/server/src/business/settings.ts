import { BUSINESS_DEFAULTS, type BusinessAssumptions } from "@spotter/engine";
import { eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { businessSettings } from "../db/schema-business.ts";

/** The owner's assumptions, or the engine's documented defaults when never set. */
export async function loadBusinessSettings(db: DbExecutor, organizationId: string): Promise<BusinessAssumptions> {
  const [row] = await db.select().from(businessSettings).where(eq(businessSettings.organizationId, organizationId));
  if (!row) return { ...BUSINESS_DEFAULTS };
  return {
    minutesPerReview: row.minutesPerReview,
    minutesPerDecision: row.minutesPerDecision,
    churnInactiveDays: row.churnInactiveDays,
  };
}

export async function saveBusinessSettings(
  db: DbExecutor,
  organizationId: string,
  userId: string,
  values: BusinessAssumptions,
  now: Date,
): Promise<void> {
  const set = { ...values, updatedBy: userId, updatedAt: now };
  await db
    .insert(businessSettings)
    .values({ organizationId, ...set })
    .onConflictDoUpdate({ target: businessSettings.organizationId, set });
}
