import { z } from "zod";
import { LIMITS, text } from "../common.ts";

/**
 * Password reset by email and TOTP two-factor (issue 11). A reset request is answered the same way
 * whatever the email, so it reveals no account; the emailed link carries a single-use token.
 */
export const passwordResetRequestSchema = z.object({ email: z.email().max(254) }).strict();
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetCompleteSchema = z
  .object({
    token: z.string().min(20).max(200),
    newPassword: text(LIMITS.passwordMax).min(LIMITS.passwordMin),
  })
  .strict();
export type PasswordResetComplete = z.infer<typeof passwordResetCompleteSchema>;

/** A 6-digit authenticator code, or a recovery code (letters and digits, dashes ignored). */
export const twoFactorCodeSchema = z
  .string()
  .trim()
  .min(6)
  .max(32)
  .regex(/^[0-9A-Za-z-]+$/, "digits from the authenticator app, or a recovery code");

/** Enrolment: the secret as text and as an otpauth URI (and a QR of it) for an authenticator app. */
export const totpEnrolResponseSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The URI as an SVG QR code, for scanning with a phone. */
  qrSvg: z.string(),
});
export type TotpEnrolResponse = z.infer<typeof totpEnrolResponseSchema>;

export const totpConfirmRequestSchema = z.object({ code: twoFactorCodeSchema }).strict();
export type TotpConfirmRequest = z.infer<typeof totpConfirmRequestSchema>;

/** Shown once: only their hashes are stored. Each works once in place of a code. */
export const totpConfirmResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type TotpConfirmResponse = z.infer<typeof totpConfirmResponseSchema>;

export const totpDisableRequestSchema = z.object({ password: text(LIMITS.passwordMax).min(1) }).strict();
export type TotpDisableRequest = z.infer<typeof totpDisableRequestSchema>;

export const accountSecuritySchema = z.object({
  twoFactor: z.object({
    /** Owners and coaches may turn it on; clients do not see it. */
    available: z.boolean(),
    enabled: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  }),
  activeSessions: z.number().int(),
});
export type AccountSecurity = z.infer<typeof accountSecuritySchema>;
