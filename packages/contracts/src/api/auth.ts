import { z } from "zod";
import { LIMITS, ROLES, text } from "../common.ts";
import { twoFactorCodeSchema } from "./account-security.ts";

const email = z.email().max(254);
const password = text(LIMITS.passwordMax).min(LIMITS.passwordMin);
const name = text(LIMITS.nameMax).trim().min(1);

export const signupRequestSchema = z.object({
  organizationName: name,
  name,
  email,
  password,
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  email,
  // No minimum on login: an old short password must still get "wrong credentials", not a 400.
  password: text(LIMITS.passwordMax).min(1),
  /** The authenticator code (or a recovery code) when the account has two-factor on. */
  code: twoFactorCodeSchema.optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export const organizationSchema = z.object({ id: z.uuid(), name: z.string() });

/**
 * The signed-in caller. `role` is the membership role; an owner also has every coach ability
 * (clients can be assigned to an owner). `clientId` is set for a client's own login.
 */
export const meResponseSchema = z.object({
  user: userSchema,
  organization: organizationSchema,
  role: z.enum(ROLES),
  clientId: z.uuid().optional(),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** POST /api/auth/password: the current password proves it is the owner of the session; other sessions end. */
export const passwordChangeRequestSchema = z.object({
  currentPassword: text(LIMITS.passwordMax).min(1),
  newPassword: password,
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;
