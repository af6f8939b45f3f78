import { DEFAULT_TRAINER_PROFILE, type TrainerProfile } from "@spotter/engine";
import { and, eq, sql } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { coachClients } from "../db/schema.ts";
import { trainerProfiles } from "../db/schema-programming.ts";

export type LoadedTrainerProfile = { profile: TrainerProfile; isDefault: boolean; updatedAt: Date | null };

/** A coach's saved Trainer Profile, or the defaults when none is saved. */
export async function loadTrainerProfile(
  db: DbExecutor,
  organizationId: string,
  userId: string,
): Promise<LoadedTrainerProfile> {
  const [row] = await db
    .select()
    .from(trainerProfiles)
    .where(and(eq(trainerProfiles.organizationId, organizationId), eq(trainerProfiles.userId, userId)))
    .limit(1);
  if (!row)
    return { profile: structuredClone(DEFAULT_TRAINER_PROFILE) as TrainerProfile, isDefault: true, updatedAt: null };
  // Profiles saved before default methods existed have none: every goal takes the engine's choice.
  const profile = { ...row.profile, defaultMethods: row.profile.defaultMethods ?? {} };
  return { profile, isDefault: false, updatedAt: row.updatedAt };
}

/**
 * The lens a client's sessions pass through: their responsible coach's Trainer Profile (whoever
 * presses the button), falling back to `fallbackUserId` for an unassigned client.
 */
export async function trainerProfileForClient(
  db: DbExecutor,
  organizationId: string,
  clientId: string,
  fallbackUserId: string,
): Promise<TrainerProfile> {
  // One read: the assigned coach's saved profile, else the fallback user's (drafting's hot path).
  const [row] = await db
    .select({ profile: trainerProfiles.profile })
    .from(trainerProfiles)
    .leftJoin(coachClients, and(eq(coachClients.clientId, clientId), eq(coachClients.organizationId, organizationId)))
    .where(
      and(
        eq(trainerProfiles.organizationId, organizationId),
        eq(trainerProfiles.userId, sql`coalesce(${coachClients.coachUserId}, ${fallbackUserId}::uuid)`),
      ),
    )
    .limit(1);
  if (!row) return structuredClone(DEFAULT_TRAINER_PROFILE) as TrainerProfile;
  return { ...row.profile, defaultMethods: row.profile.defaultMethods ?? {} };
}
