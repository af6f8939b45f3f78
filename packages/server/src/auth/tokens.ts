import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/** Tokens are stored as SHA-256: a leaked table does not yield usable session or invitation tokens. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
