import { randomBytes } from "node:crypto";
import { clientProfileSchema } from "@spotter/contracts";
import { type Database, schema } from "@spotter/server";
import { analyzeAfterLoad, hashPassword, seedDemoBusiness, seedDemoTraining } from "@spotter/server/demo";
import { eq } from "drizzle-orm";
import { personaFor } from "./personas.ts";
import { DEMO_CLIENTS, type DemoClient } from "./roster.ts";
import { MISSED_DAYS, seedDemoMonitoring } from "./seed-monitoring.ts";

export const DEMO_EMAIL = "demo@spotter.local";
/** The demo's second coach signs in with the same printed password (to try the team and hand-over). */
export const DEMO_COACH_EMAIL = "riley@demo.spotter.local";
export const DEMO_ORG_NAME = "Spotter Demo Gym";
/** How many demo clients get a training history. */
const DEMO_TRAINEES = 8;

export type DemoLogin = {
  email: string;
  coachEmail: string;
  password: string;
  created: boolean;
  clientCount: number;
};

/** 12 random URL-safe characters (72 bits): printed once, stored only as an argon2id hash. */
const newPassword = () => randomBytes(9).toString("base64url");

/**
 * Creates the demo organization (owner-coach, a second coach, 18 clients with training history,
 * six weeks of check-ins, service tiers and a first monitoring pass) or, if it exists, sets a fresh
 * password on the demo login so the printed login always works. Idempotent: the roster and its
 * data are never duplicated. Dates count back from `now`.
 */
export async function ensureDemo(
  database: Database,
  password = newPassword(),
  options: { now?: Date } = {},
): Promise<DemoLogin> {
  const { db } = database;
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(password);
  const [existing] = await db.select().from(schema.users).where(eq(schema.users.email, DEMO_EMAIL));
  if (existing) {
    await db.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, existing.id));
    await db.update(schema.users).set({ passwordHash }).where(eq(schema.users.email, DEMO_COACH_EMAIL));
    await backfillMonitoring(database, existing.id, now);
    return login(false);
  }
  const made = await db.transaction(async (tx) => {
    const [org] = await tx.insert(schema.organizations).values({ name: DEMO_ORG_NAME }).returning();
    const [owner] = await tx
      .insert(schema.users)
      .values({ email: DEMO_EMAIL, name: "Alex Morgan", passwordHash })
      .returning();
    const [coach] = await tx
      .insert(schema.users)
      .values({ email: DEMO_COACH_EMAIL, name: "Riley Park", passwordHash })
      .returning();
    if (!org || !owner || !coach) throw new Error("demo insert returned nothing");
    await tx.insert(schema.memberships).values([
      { organizationId: org.id, userId: owner.id, role: "owner" },
      { organizationId: org.id, userId: coach.id, role: "coach" },
    ]);
    const rows = DEMO_CLIENTS.map((c) => ({
      organizationId: org.id,
      name: c.name,
      email: c.email,
      status: c.status ?? ("active" as const),
      profile: clientProfileSchema.parse(c.profile),
    }));
    const created = await tx.insert(schema.clients).values(rows).returning({ id: schema.clients.id });
    // Two thirds to the owner-coach, the rest to the second coach: the owner sees everyone anyway.
    await tx.insert(schema.coachClients).values(
      created.map((c, i) => ({
        organizationId: org.id,
        clientId: c.id,
        coachUserId: i % 3 === 2 ? coach.id : owner.id,
      })),
    );
    await tx.insert(schema.auditEvents).values({
      organizationId: org.id,
      actorUserId: null,
      action: "demo.created",
      entityType: "organization",
      entityId: org.id,
      metadata: { clients: created.length },
    });
    return {
      organizationId: org.id,
      trainees: created.flatMap((c, i) =>
        rows[i]?.status === "active"
          ? [
              {
                id: c.id,
                profile: rows[i].profile,
                coachUserId: i % 3 === 2 ? coach.id : owner.id,
                ...traineeTruth(DEMO_CLIENTS[i]),
              },
            ]
          : [],
      ),
    };
  });
  // Six weeks of sessions lifted by a simulated athlete, and today's session, for some clients.
  await seedDemoTraining(db, { ...made, trainees: made.trainees.slice(0, DEMO_TRAINEES), now });
  await seedAndAudit(database, made.organizationId, now);
  // A new database was just filled: give the planner statistics now rather than at autovacuum's leisure.
  await analyzeAfterLoad(database);
  return login(true);

  function login(created: boolean): DemoLogin {
    return { email: DEMO_EMAIL, coachEmail: DEMO_COACH_EMAIL, password, created, clientCount: DEMO_CLIENTS.length };
  }
}

/**
 * What the demo's simulated athlete needs beyond the profile: a seed that is the same on every
 * database (the email, not the random row id), and the days a client whose story is "missed
 * sessions" did not train (the same days monitoring counts as missed).
 */
function traineeTruth(c: DemoClient | undefined) {
  if (!c) return {};
  return {
    seedKey: c.email,
    ...(personaFor(c.email).story === "missed_with_fatigue" ? { skippedDaysBack: MISSED_DAYS } : {}),
  };
}

/** Check-ins, monitoring sessions, tiers and the first pass, with one audit event saying so. */
async function seedAndAudit(database: Database, organizationId: string, now: Date): Promise<void> {
  const stats = await seedDemoMonitoring(database, { organizationId, now });
  // A decided history and survey answers, so the owner's Business page has every figure at once.
  await seedDemoBusiness(database, { organizationId, now });
  await database.db.insert(schema.auditEvents).values({
    organizationId,
    actorUserId: null,
    action: "demo.monitoring_seeded",
    entityType: "organization",
    entityId: organizationId,
    metadata: stats,
  });
}

/**
 * A demo organization made before the demo had monitoring data (no check-ins at all) gets it now,
 * so an existing data folder comes alive too. Anything with check-ins is left alone.
 */
async function backfillMonitoring(database: Database, ownerId: string, now: Date): Promise<void> {
  const [org] = await database.query<{ id: string; check_ins: string | number }>(
    `select o.id, (select count(*) from check_ins k where k.organization_id = o.id) as check_ins
       from organizations o join memberships m on m.organization_id = o.id
      where m.user_id = $1 and m.role = 'owner' and o.name = $2 limit 1`,
    [ownerId, DEMO_ORG_NAME],
  );
  if (org && Number(org.check_ins) === 0) await seedAndAudit(database, org.id, now);
}

export function printDemoLogin(login: DemoLogin, print: (line: string) => void = console.log): void {
  print("");
  print(login.created ? "  Demo organization created." : "  Demo organization already exists; its password was reset.");
  print(`  Sign in as:  ${login.email}`);
  print(`  Password:    ${login.password}`);
  print(`  Second coach: ${login.coachEmail} (same password)`);
  print("");
}
