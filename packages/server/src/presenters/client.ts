import type { ClientDetail, ClientSummary } from "@spotter/contracts";
import type { ClientProfile } from "@spotter/engine";
import type { clients } from "../db/schema.ts";

type ClientRow = typeof clients.$inferSelect;
/** A client's responsible coach, when one is assigned. */
export type CoachRef = { id: string; name: string } | null;

/** The roster line's profile digest: goal, training age, active injuries, days per week. */
export function profileSummary(profile: ClientProfile): ClientSummary["summary"] {
  return {
    primaryGoal: profile.goals.primary,
    trainingAgeMonths: profile.trainingAgeMonths,
    activeInjuryCount: profile.injuries.filter((i) => i.status === "active").length,
    daysPerWeek: profile.schedule.daysPerWeek,
  };
}

export const presentSummary = (row: ClientRow, coach: CoachRef): ClientSummary => ({
  id: row.id,
  name: row.name,
  email: row.email,
  status: row.status,
  coach,
  summary: profileSummary(row.profile),
  updatedAt: row.updatedAt.toISOString(),
});

export const presentDetail = (row: ClientRow, coach: CoachRef): ClientDetail => ({
  id: row.id,
  name: row.name,
  email: row.email,
  status: row.status,
  coach,
  hasLogin: row.userId !== null,
  profile: row.profile,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
