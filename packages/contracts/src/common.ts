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
