import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import { renderSVG } from "uqr";
import type { DbExecutor } from "../../audit/record.ts";
import { hashToken } from "../../auth/tokens.ts";
import { users } from "../../db/schema.ts";
import { totpRecoveryCodes } from "../../db/schema-accounts.ts";

/**
 * TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 (what every authenticator app
 * supports). A code is accepted for one step either side of now (phone clocks drift), and never
 * twice: the accepted step is stored and later codes must be newer (otplib's `afterTimeStep`).
 */
const TOLERANCE_S = 30;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Spotter";

export function newEnrolment(accountLabel: string) {
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer: ISSUER, label: accountLabel, secret });
  return { secret, otpauthUri, qrSvg: renderSVG(otpauthUri) };
}

/** The time step a code matched, or null. `lastStep` refuses a replay of an accepted code. */
export async function checkTotp(secret: string, code: string, now: Date, lastStep: number | null) {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_S,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Recovery codes as shown once: 10 lower-case base32 characters in two groups (50 bits each). */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case and dashes do not matter when a recovery code is typed back. */
export const recoveryHash = (code: string) => hashToken(code.toLowerCase().replaceAll("-", "").trim());

/**
 * Checks a second factor for a user with two-factor on: an authenticator code (its step is then
 * stored) or an unused recovery code (then used up). Returns how it passed, or null.
 */
export async function passSecondFactor(
  db: DbExecutor,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
  now: Date,
): Promise<"totp" | "recovery" | null> {
  if (!user.totpSecret) return null;
  const step = await checkTotp(user.totpSecret, code, now, user.totpLastStep);
  if (step !== null) {
    await db.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    return "totp";
  }
  const used = await db
    .update(totpRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(totpRecoveryCodes.userId, user.id),
        eq(totpRecoveryCodes.codeHash, recoveryHash(code)),
        isNull(totpRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: totpRecoveryCodes.id });
  return used.length > 0 ? "recovery" : null;
}
