import type { ClientDetail, ClientSummary } from "@spotter/contracts";
import type { ClientProfile } from "@spotter/engine";
import { and, eq, inArray } from "drizzle-orm";
import type { DbExecutor } from "../../audit/record.ts";
import { type clients, coachClients, memberships, users } from "../../db/schema.ts";
import { validationError } from "../../http/errors.ts";

type ClientRow = typeof clients.$inferSelect;
type CoachRef = { id: string; name: string } | null;

/** Responsible coach per client id. */
export async function coachesOf(db: DbExecutor, clientIds: string[]): Promise<Map<string, CoachRef>> {
  const map = new Map<string, CoachRef>();
  if (clientIds.length === 0) return map;
  const rows = await db
    .select({ clientId: coachClients.clientId, id: users.id, name: users.name })
    .from(coachClients)
    .innerJoin(users, eq(users.id, coachClients.coachUserId))
    .where(inArray(coachClients.clientId, clientIds));
  for (const r of rows) map.set(r.clientId, { id: r.id, name: r.name });
  return map;
}

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

/** A coach user id must name an owner or coach of the same organization; else 400 on that field. */
export async function assertCoachInOrg(db: DbExecutor, organizationId: string, coachUserId: string, path: string) {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, coachUserId)));
  if (!m || m.role === "client") throw validationError(path, "not a coach of this organization");
}

/** Replaces the client's responsible coach. */
export async function assignCoach(db: DbExecutor, organizationId: string, clientId: string, coachUserId: string) {
  await db.delete(coachClients).where(eq(coachClients.clientId, clientId));
  await db.insert(coachClients).values({ organizationId, clientId, coachUserId });
}
