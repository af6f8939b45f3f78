import { z } from "zod";

/** A calendar date, YYYY-MM-DD, that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a real calendar date",
    },
  );

export const uuid = z.string().uuid();

export const ROLES = ["owner", "coach", "client"] as const;
export type Role = (typeof ROLES)[number];

/** Limits shared by server and web so both validate the same way. */
export const LIMITS = {
  pageSizeMax: 100,
  pageSizeDefault: 25,
  passwordMin: 10,
  passwordMax: 200,
  nameMax: 120,
} as const;

/**
 * Characters no database column can hold: PostgreSQL text and jsonb reject NUL (U+0000), and a
 * lone UTF-16 surrogate has no UTF-8 encoding. Left to the database they become 500s whose error
 * lines carry the request's values, so every text field refuses them at validation (issue 11).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain NUL characters (\\u0000)";
  if (LONE_SURROGATE.test(value)) return "must be valid Unicode (a lone surrogate half was sent)";
  return null;
}

/**
 * Numbers a float4 (`real`) column cannot hold without underflow: anything nonzero closer to zero
 * than 1e-30 (float4's smallest normal value is ~1.2e-38). No quantity Spotter stores is that small.
 */
export const TINIEST_NUMBER = 1e-30;

/** Why a number cannot be stored, or null when it can. */
export function unsafeNumberReason(value: number): string | null {
  if (!Number.isFinite(value)) return "must be a finite number";
  if (value !== 0 && Math.abs(value) < TINIEST_NUMBER) return "is too close to zero to store; send 0 instead";
  return null;
}

/** Longest string any request field may carry; fields set tighter limits of their own. */
export const TEXT_MAX = 10_000;

/** A text field: at most `max` characters, no NUL and no lone surrogates (a 400 naming the field). */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const reason = unsafeTextReason(value);
      if (reason) ctx.addIssue({ code: "custom", message: reason });
    });

/**
 * An optional query parameter holding a comma-separated list (`?roles=owner,coach`): items are
 * trimmed and each must parse as `item`; an empty item, or more than `maxItems`, is a 400 naming
 * the parameter (and the item's index).
 */
export const commaList = <T extends z.ZodType>(item: T, o: { maxItems: number; maxLength: number }) =>
  z
    .string()
    .max(o.maxLength)
    .optional()
    .transform((s) => (s === undefined ? undefined : s.split(",").map((x) => x.trim())))
    // The items' schema reads strings (uuid, enum); zod cannot see that through the generic.
    .pipe(
      z.array(item).min(1).max(o.maxItems).optional() as z.ZodType<z.output<T>[] | undefined, string[] | undefined>,
    );
