import { z } from "zod";

/**
 * Stable error codes. Clients branch on `code`, never on `message`.
 * The HTTP status for each is fixed here so server and web agree.
 */
export const ERROR_STATUS = {
  validation_error: 400,
  engine_unsatisfiable: 422,
  unauthenticated: 401,
  /** The password was right; the account has two-factor on: send `code` too. */
  two_factor_required: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invitation_expired: 410,
  rate_limited: 429,
  internal_error: 500,
  /** Too much work queued or a request ran past its time limit: retry after the Retry-After header. */
  overloaded: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const fieldErrorSchema = z.object({
  /** Dotted path of the offending field, e.g. `body.profile.schedule.daysPerWeek`. */
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The one error shape every non-2xx response has. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
