/**
 * Account security and team hand-over (issue 11): password-reset tokens, two-factor recovery
 * codes and the notes a departing or reassigned coach leaves for the next one. Tokens and codes are
 * stored as SHA-256 only, like session tokens: a leaked table yields nothing usable.
 */
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients, organizations, users } from "./schema.ts";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * One password-reset link: single use (`used_at`), short-lived (`expires_at`). A user's
 * unused links die when one of them is used or the password changes otherwise. Not tenant data:
 * an account spans organizations.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user").on(t.userId)],
);

/** Two-factor recovery codes, each usable once in place of an authenticator code. */
export const totpRecoveryCodes = pgTable(
  "totp_recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("totp_recovery_codes_user").on(t.userId)],
);

/**
 * What a coach needs to know when a client changes hands: written by the owner when reassigning
 * (single, bulk, or at a member's removal), shown to the receiving coach on the client page.
 * Client data: cascades with the client and is part of the client's export.
 */
export const handoverNotes = pgTable(
  "handover_notes",
  {
    id: id(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    fromCoachUserId: uuid("from_coach_user_id").references(() => users.id, { onDelete: "set null" }),
    toCoachUserId: uuid("to_coach_user_id").references(() => users.id, { onDelete: "set null" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("handover_notes_client").on(t.clientId, t.createdAt)],
);

/** Tables in foreign-key order, for backup/restore. */
export const ACCOUNT_TABLES_IN_ORDER = ["password_resets", "totp_recovery_codes", "handover_notes"] as const;
