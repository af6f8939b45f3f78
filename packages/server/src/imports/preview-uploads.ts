import { hashToken, newToken } from "../auth/tokens.ts";
import type { Clock } from "../programming/clock.ts";

/** How long a previewed file is kept for its commit (or a second preview after mapping names). */
export const PREVIEW_UPLOAD_TTL_MS = 15 * 60_000;
/** All kept files together stay under this; the oldest go first (each file is ≤ MAX_IMPORT_BYTES). */
export const PREVIEW_UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

type Owner = { organizationId: string; userId: string; clientId: string };
type Kept = Owner & { bytes: Uint8Array; expiresAt: number };

/**
 * The files previewed in the import flow, kept in this process's memory for a short time so the
 * commit (and a re-preview after the coach maps names) sends a token instead of the file again.
 * A token opens its file only for the same organization, user and client. Keyed by the token's
 * SHA-256 (a heap dump does not hand out live tokens). Another API node, a restart or the TTL
 * loses the file: the caller is told to preview again, and the preview uploads it once more.
 */
export class PreviewUploads {
  readonly #files = new Map<string, Kept>();
  #bytes = 0;
  constructor(private readonly clock: Clock) {}

  /** Keeps the file; returns its token and expiry. */
  keep(owner: Owner, bytes: Uint8Array): { token: string; expiresAt: Date } {
    this.#sweep();
    const token = newToken();
    const expiresAt = this.clock.now().getTime() + PREVIEW_UPLOAD_TTL_MS;
    this.#files.set(hashToken(token), { ...owner, bytes, expiresAt });
    this.#bytes += bytes.length;
    // Map iteration is insertion order: the first entries are the oldest.
    for (const [key, kept] of this.#files) {
      if (this.#bytes <= PREVIEW_UPLOAD_MAX_BYTES) break;
      this.#drop(key, kept);
    }
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** The file a token keeps for this owner, or null (unknown, expired, or someone else's). */
  take(owner: Owner, token: string): Uint8Array | null {
    this.#sweep();
    const kept = this.#files.get(hashToken(token));
    if (!kept) return null;
    const same =
      kept.organizationId === owner.organizationId && kept.userId === owner.userId && kept.clientId === owner.clientId;
    return same ? kept.bytes : null;
  }

  get size(): number {
    return this.#files.size;
  }

  #sweep() {
    const now = this.clock.now().getTime();
    for (const [key, kept] of this.#files) if (kept.expiresAt <= now) this.#drop(key, kept);
  }

  #drop(key: string, kept: Kept) {
    this.#files.delete(key);
    this.#bytes -= kept.bytes.length;
  }
}
