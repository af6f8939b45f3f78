import { buildRoadmap, type ClientProfile, type Method, type Roadmap, type TrainerProfile } from "@spotter/engine";
import { eq } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { runNamed } from "../db/named-query.ts";
import { roadmaps } from "../db/schema-programming.ts";
import { serverNow } from "./clock.ts";
import { runEngine } from "./engine-errors.ts";

export type RoadmapRow = typeof roadmaps.$inferSelect;

export async function loadRoadmapRow(db: DbExecutor, clientId: string): Promise<RoadmapRow | undefined> {
  // Named prepared statement (db/named-query.ts): every draft reads it.
  const [row] = await runNamed(
    db.select().from(roadmaps).where(eq(roadmaps.clientId, clientId)).limit(1),
    "spotter_draft_roadmap",
  );
  return row;
}

/**
 * Builds a roadmap with the engine (its split = the resolved method's days, see methods.ts
 * resolveClientMethod); field errors name the body's startDate or the stored profiles.
 */
export function buildClientRoadmap(
  profile: ClientProfile,
  trainer: TrainerProfile,
  startDate: string,
  now: Date,
  method?: Method,
): Roadmap {
  return runEngine(
    () => buildRoadmap(profile, trainer, { startDate, now: now.toISOString(), ...(method ? { method } : {}) }),
    (p) =>
      p === "startDate"
        ? "body.startDate"
        : p.startsWith("profile.")
          ? `client.${p}`
          : p.startsWith("trainer.")
            ? `trainerProfile.${p.slice(8)}`
            : p,
  );
}

/** Insert or replace the client's roadmap. */
export async function saveRoadmap(
  db: DbExecutor,
  input: {
    organizationId: string;
    clientId: string;
    roadmap: Roadmap;
    editedByCoach: boolean;
    userId: string;
    /** When (the app's clock; default the system clock). */
    at?: Date;
  },
): Promise<RoadmapRow> {
  const values = {
    organizationId: input.organizationId,
    clientId: input.clientId,
    roadmap: input.roadmap,
    editedByCoach: input.editedByCoach,
    updatedBy: input.userId,
    updatedAt: input.at ?? serverNow(),
  };
  const [row] = await db
    .insert(roadmaps)
    .values(values)
    .onConflictDoUpdate({ target: roadmaps.clientId, set: values })
    .returning();
  if (!row) throw new Error("roadmap upsert returned nothing");
  return row;
}
