import { PROPOSAL_KINDS, REVIEW_CADENCES, type ServiceTier } from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "./equals.ts";

export const responseHoursSchema = z
  .object({
    yellow: z
      .number()
      .positive()
      .max(24 * 30),
    red: z
      .number()
      .positive()
      .max(24 * 7),
  })
  .refine((h) => h.red <= h.yellow, { path: ["red"], message: "a red must be answered no later than a yellow" });

/** A service tier as the owner configures it. */
export const serviceTierSchema = z.object({
  name: z.string().trim().min(1).max(80),
  price: z.object({
    amountMinor: z.number().int().min(0).max(100_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as EUR"),
    period: z.enum(["week", "month", "year"]),
  }),
  reviewCadence: z.enum(REVIEW_CADENCES),
  responseHours: responseHoursSchema,
  autoApplyKinds: z
    .array(z.enum(PROPOSAL_KINDS))
    .max(PROPOSAL_KINDS.length)
    .refine((k) => new Set(k).size === k.length, "each kind at most once"),
});

const _tier: Equals<z.output<typeof serviceTierSchema>, ServiceTier> = true;
void _tier;
