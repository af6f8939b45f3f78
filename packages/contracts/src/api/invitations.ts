import { z } from "zod";
import { LIMITS, text } from "../common.ts";

export const INVITABLE_ROLES = ["coach", "client"] as const;

/**
 * Owner invites coaches; a coach or owner invites clients. A client invitation must name the
 * client record (`clientId`) the new login will be linked to.
 */
export const invitationCreateRequestSchema = z
  .object({
    email: z.email().max(254),
    role: z.enum(INVITABLE_ROLES),
    clientId: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === "client" && !v.clientId)
      ctx.addIssue({ code: "custom", path: ["clientId"], message: "required when role is client" });
    if (v.role === "coach" && v.clientId)
      ctx.addIssue({ code: "custom", path: ["clientId"], message: "only for client invitations" });
  });
export type InvitationCreateRequest = z.infer<typeof invitationCreateRequestSchema>;

/** The token is shown once: only its hash is stored. */
export const invitationCreateResponseSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreateResponse = z.infer<typeof invitationCreateResponseSchema>;

export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

export const invitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: z.enum(INVITABLE_ROLES),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const invitationAcceptRequestSchema = z.object({
  name: text(LIMITS.nameMax).trim().min(1),
  password: text(LIMITS.passwordMax).min(LIMITS.passwordMin),
});
export type InvitationAcceptRequest = z.infer<typeof invitationAcceptRequestSchema>;

/** Revoke or resend an invitation by its id (returned when it was created). */
export const invitationIdParamsSchema = z.object({ invitationId: z.uuid() });
