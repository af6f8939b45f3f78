import type { FieldError } from "@spotter/contracts";

/**
 * A failed API call in the one error shape the server uses. `status` 0 means the network failed
 * (offline, server down) so pages can say so instead of showing a generic error.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** How long the server asked us to wait before trying again (its Retry-After), or null. */
  readonly retryAfterMs: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterMs = retryAfterMs;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isOffline(): boolean {
    return this.status === 0;
  }

  /** A busy server's refusal (503): nothing was done, and the same request may be sent again later. */
  get isOverloaded(): boolean {
    return this.status === 503;
  }
}

/** Turns anything thrown into an ApiError so UI code handles one type. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ApiError(0, "network_error", message || "Network error");
}
