import { z } from "zod";
import { text } from "../common.ts";
import { INVITABLE_ROLES } from "./invitations.ts";

/** What a coach writes for the next coach when a client changes hands. */
export const HANDOVER_NOTE_MAX = 4000;
const handoverNote = text(HANDOVER_NOTE_MAX).trim();

/** POST /api/members/:userId/deactivate and /reactivate (owner): reversible; sessions end at once. */
export const memberStatusResponseSchema = z.object({
  userId: z.uuid(),
  status: z.enum(["active", "deactivated"]),
  deactivatedAt: z.string().nullable(),
});
export type MemberStatusResponse = z.infer<typeof memberStatusResponseSchema>;

/** POST /api/members/reassign (owner): clients (one or many) to a coach, with an optional note. */
export const reassignRequestSchema = z
  .object({
    clientIds: z.array(z.uuid()).min(1).max(500),
    toCoachUserId: z.uuid(),
    note: handoverNote.optional(),
  })
  .strict();
export type ReassignRequest = z.infer<typeof reassignRequestSchema>;
export const reassignResponseSchema = z.object({ reassigned: z.number().int() });

export const handoverNoteSchema = z.object({
  id: z.uuid(),
  note: z.string(),
  from: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  to: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type HandoverNote = z.infer<typeof handoverNoteSchema>;
export const handoverNoteListSchema = z.object({ items: z.array(handoverNoteSchema) });
export type HandoverNoteList = z.infer<typeof handoverNoteListSchema>;
export const handoverParamsSchema = z.object({ clientId: z.uuid() });

/** Pending (not accepted) invitations, newest first; expired ones say so and can be resent. */
export const pendingInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(INVITABLE_ROLES),
  clientId: z.uuid().nullable(),
  invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  expiresAt: z.string(),
  expired: z.boolean(),
  createdAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;
export const pendingInvitationListSchema = z.object({ items: z.array(pendingInvitationSchema) });
export type PendingInvitationList = z.infer<typeof pendingInvitationListSchema>;

/**
 * A coach's load: active clients, and the reviews their tiers promise per week (a tier's review
 * cadence as reviews per week, summed; clients without a tier count under the default tier).
 */
export const coachCapacitySchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(["owner", "coach"]),
  status: z.enum(["active", "deactivated"]),
  activeClients: z.number().int(),
  reviewsPerWeek: z.number(),
  byTier: z.array(
    z.object({
      tierId: z.uuid().nullable(),
      tierName: z.string(),
      reviewCadence: z.string().nullable(),
      clients: z.number().int(),
      reviewsPerWeek: z.number(),
    }),
  ),
  clients: z.array(z.object({ id: z.uuid(), name: z.string(), tierName: z.string() })),
});
export type CoachCapacity = z.infer<typeof coachCapacitySchema>;
export const teamCapacityResponseSchema = z.object({ coaches: z.array(coachCapacitySchema) });
export type TeamCapacityResponse = z.infer<typeof teamCapacityResponseSchema>;
