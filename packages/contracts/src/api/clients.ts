import { GOALS } from "@spotter/engine";
import { z } from "zod";
import { clientProfileSchema } from "../client-profile.ts";
import { LIMITS, text } from "../common.ts";

export const CLIENT_STATUSES = ["active", "archived"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

const name = text(LIMITS.nameMax).trim().min(1);

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

export const clientListQuerySchema = pageQuerySchema.extend({
  q: text(200).trim().optional(),
  status: z.enum([...CLIENT_STATUSES, "all"]).default("active"),
});
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

export const coachRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** What a roster row needs: no full profile, only a summary. */
export const clientSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  status: z.enum(CLIENT_STATUSES),
  coach: coachRefSchema.nullable(),
  summary: z.object({
    primaryGoal: z.enum(GOALS),
    trainingAgeMonths: z.number().int(),
    activeInjuryCount: z.number().int(),
    daysPerWeek: z.number().int(),
  }),
  updatedAt: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const clientListResponseSchema = z.object({
  items: z.array(clientSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ClientListResponse = z.infer<typeof clientListResponseSchema>;

export const clientCreateRequestSchema = z.object({
  name,
  email: z.email().max(254).optional(),
  /** Coach to assign; defaults to the caller when the caller coaches. */
  coachUserId: z.uuid().optional(),
  profile: clientProfileSchema,
});
export type ClientCreateRequest = z.input<typeof clientCreateRequestSchema>;

export const clientUpdateRequestSchema = z
  .object({
    name,
    email: z.email().max(254).nullable(),
    profile: clientProfileSchema,
  })
  .partial();
export type ClientUpdateRequest = z.input<typeof clientUpdateRequestSchema>;

export const clientDetailSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  status: z.enum(CLIENT_STATUSES),
  coach: coachRefSchema.nullable(),
  hasLogin: z.boolean(),
  profile: clientProfileSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const clientAssignRequestSchema = z.object({ coachUserId: z.uuid() });
export type ClientAssignRequest = z.infer<typeof clientAssignRequestSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });

/** Everything stored about one client. Other features add keys to `records`. */
export const clientExportSchema = z.object({
  exportedAt: z.string(),
  client: clientDetailSchema,
  assignments: z.array(z.object({ coachUserId: z.uuid(), assignedAt: z.string() })),
  auditEvents: z.array(
    z.object({ action: z.string(), actorUserId: z.string().nullable(), at: z.string(), entityType: z.string() }),
  ),
  records: z.record(z.string(), z.array(z.unknown())),
});
export type ClientExport = z.infer<typeof clientExportSchema>;
