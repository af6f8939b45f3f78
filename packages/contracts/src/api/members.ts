import { z } from "zod";
import { commaList, ROLES, text } from "../common.ts";
import { pageQuerySchema } from "./clients.ts";

export const memberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  clientId: z.uuid().nullable(),
  activeClientCount: z.number().int(),
  joinedAt: z.string(),
  /** Deactivated members cannot sign in until the owner reactivates them. */
  status: z.enum(["active", "deactivated"]),
  deactivatedAt: z.string().nullable(),
  twoFactorEnabled: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListResponseSchema = z.object({
  items: z.array(memberSchema),
  /** Members with the client role (client logins), listed or not. */
  clientLogins: z.number().int(),
});
export type MemberListResponse = z.infer<typeof memberListResponseSchema>;

/**
 * GET /api/members?roles=owner,coach: only those roles (default: everyone). The Team page shows the
 * staff, while a business whose 10,000 clients all sign in has 10,000 client members (~2.9 MB).
 */
export const memberListQuerySchema = z.object({
  roles: commaList(z.enum(ROLES), { maxItems: ROLES.length, maxLength: 40 }),
});

export const auditQuerySchema = pageQuerySchema.extend({ clientId: z.uuid().optional() });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  action: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  clientId: z.uuid().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  at: z.string(),
  metadata: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditListResponseSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });

export const memberParamsSchema = z.object({ userId: z.uuid() });

/**
 * POST /api/members/:userId/remove (owner): the member's access ends at once (sessions and
 * membership); a coach's clients go to `reassignTo` (required when they have any).
 */
export const memberRemoveRequestSchema = z
  .object({
    reassignTo: z.uuid().optional(),
    /** Hand-over note stored on each reassigned client, shown to the receiving coach. */
    note: text(4000).trim().optional(),
  })
  .strict();
export type MemberRemoveRequest = z.infer<typeof memberRemoveRequestSchema>;
