import { randomBytes } from "node:crypto";
import { clientProfileSchema } from "@spotter/contracts";
import { type Database, hashPassword, schema, seedDemoTraining } from "@spotter/server";
import { eq } from "drizzle-orm";
import { DEMO_CLIENTS } from "./roster.ts";

export const DEMO_EMAIL = "demo@spotter.local";
export const DEMO_ORG_NAME = "Spotter Demo Gym";
/** How many demo clients get a training history. */
const DEMO_TRAINEES = 8;

export type DemoLogin = { email: string; password: string; created: boolean; clientCount: number };

/** 12 random URL-safe characters (72 bits): printed once, stored only as an argon2id hash. */
const newPassword = () => randomBytes(9).toString("base64url");

/**
 * Creates the demo organization (owner-coach, a second coach, 18 clients) or, if it exists,
 * sets a fresh password on the demo login so the printed login always works. Idempotent: the
 * roster is never duplicated.
 */
export async function ensureDemo(database: Database, password = newPassword()): Promise<DemoLogin> {
  const { db } = database;
  const passwordHash = await hashPassword(password);
  const [existing] = await db.select().from(schema.users).where(eq(schema.users.email, DEMO_EMAIL));
  if (existing) {
    await db.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, existing.id));
    return { email: DEMO_EMAIL, password, created: false, clientCount: DEMO_CLIENTS.length };
  }
  const made = await db.transaction(async (tx) => {
    const [org] = await tx.insert(schema.organizations).values({ name: DEMO_ORG_NAME }).returning();
    const [owner] = await tx
      .insert(schema.users)
      .values({ email: DEMO_EMAIL, name: "Alex Morgan", passwordHash })
      .returning();
    // The second coach cannot sign in until the owner resets or re-invites them (no known password).
    const [coach] = await tx
      .insert(schema.users)
      .values({
        email: "riley@demo.spotter.local",
        name: "Riley Park",
        passwordHash: await hashPassword(newPassword()),
      })
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
          ? [{ id: c.id, profile: rows[i].profile, coachUserId: i % 3 === 2 ? coach.id : owner.id }]
          : [],
      ),
    };
  });
  // A roadmap, a few logged sessions and today's session for some clients, so the roster looks alive.
  await seedDemoTraining(db, { ...made, trainees: made.trainees.slice(0, DEMO_TRAINEES), now: new Date() });
  return { email: DEMO_EMAIL, password, created: true, clientCount: DEMO_CLIENTS.length };
}

export function printDemoLogin(login: DemoLogin, print: (line: string) => void = console.log): void {
  print("");
  print(login.created ? "  Demo organization created." : "  Demo organization already exists; its password was reset.");
  print(`  Sign in as:  ${login.email}`);
  print(`  Password:    ${login.password}`);
  print("");
}
