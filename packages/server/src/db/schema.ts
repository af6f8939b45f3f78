/**
 * The database schema (PostgreSQL dialect, nothing newer than PG 15). Every tenant-owned table
 * carries `organization_id` so each query can be scoped to one organization.
 */
import type { ClientProfile } from "@spotter/engine";
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const organizations = pgTable("organizations", {
  id: id(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

/** Emails are stored lower-cased; one account per email across the installation. */
export const users = pgTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  /**
   * TOTP two-factor: the base32 secret (readable: the server must compute codes to check them),
   * set at enrolment and enabled once a code confirms it; the last accepted time step refuses a
   * replayed code.
   */
  totpSecret: text("totp_secret"),
  totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
  totpLastStep: integer("totp_last_step"),
  createdAt: createdAt(),
});

/**
 * A user's role in one organization. `owner` includes every coach ability (the founder of an
 * organization is its owner and coaches too); `client` logins are linked to a client record.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "coach", "client"] }).notNull(),
    /** Set while the owner has deactivated this member: no sign-in, no session; clearing it restores access. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("memberships_org_user").on(t.organizationId, t.userId), index("memberships_user").on(t.userId)],
);

export const clients = pgTable(
  "clients",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email"),
    status: text("status", { enum: ["active", "archived"] })
      .notNull()
      .default("active"),
    profile: jsonb("profile").$type<ClientProfile>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("clients_org_status_name").on(t.organizationId, t.status, t.name),
    uniqueIndex("clients_user").on(t.userId).where(sql`${t.userId} is not null`),
  ],
);

/** One responsible coach per client (unique client_id); reassigning replaces the row. */
export const coachClients = pgTable(
  "coach_clients",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    coachUserId: uuid("coach_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("coach_clients_client").on(t.clientId), index("coach_clients_coach").on(t.coachUserId)],
);

/** Login sessions: only the SHA-256 of the cookie token is stored. */
export const loginSessions = pgTable(
  "login_sessions",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    csrfToken: text("csrf_token").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("login_sessions_user").on(t.userId)],
);

export const invitations = pgTable("invitations", {
  id: id(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  role: text("role", { enum: ["coach", "client"] }).notNull(),
  email: text("email").notNull(),
  clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
  invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Who did what, when, from where. `client_id` is deliberately not a foreign key: the trail of a
 * deleted client's data must survive the deletion. Metadata never holds health data.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    clientId: uuid("client_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_events_org_at").on(t.organizationId, t.at), index("audit_events_client").on(t.clientId)],
);

/** Tables in foreign-key dependency order (parents first): backup/restore walk this list. */
export const TABLES_IN_ORDER = [
  "organizations",
  "users",
  "memberships",
  "clients",
  "coach_clients",
  "login_sessions",
  "invitations",
  "audit_events",
] as const;
