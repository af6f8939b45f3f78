import { CLEARANCE_KINDS, REFERRALS } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../../common.ts";
import { reasonSchema } from "../../engine/index.ts";

/** What a clearance may cover (the engine's vocabulary), for forms. */
export { CLEARANCE_KINDS };

/**
 * What the client portal says while training is paused or gated: the referral message of each open
 * red flag (its kind's template), and how many published sessions are hidden until a coach decides.
 */
export const portalSafetySchema = z.object({
  /** True while a red flag is open: intense work is hidden, the referral messages say why. */
  paused: z.boolean(),
  messages: z.array(
    z.object({ kind: z.string(), subject: z.string(), body: z.string(), referTo: z.array(z.string()) }),
  ),
  /** Published sessions not shown because a red or a missing clearance blocks them. */
  hiddenSessions: z.number().int().min(0),
});
export type PortalSafety = z.infer<typeof portalSafetySchema>;

/** POST /api/clients/:id/clearances: a human decision that lifts a clearance requirement. */
export const clearanceRequestSchema = z.object({
  kind: z.enum(CLEARANCE_KINDS),
  /** Who cleared the client (e.g. "Dr A. Jones, GP"); the coach who records it is the caller. */
  clearedBy: z.string().trim().min(2).max(200),
  date: isoDate,
  restrictions: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  vigorousAllowed: z.boolean().default(true),
});
export type ClearanceRequest = z.infer<typeof clearanceRequestSchema>;

/** POST /api/clients/:id/intake-review/confirm: the coach confirms findings they have checked. */
export const intakeConfirmRequestSchema = z.object({
  ruleIds: z.array(z.string().min(1).max(120)).min(1).max(50),
  note: z.string().trim().max(1000).optional(),
});

const findingSchema = reasonSchema.extend({
  severity: z.enum(["red_flag", "contradiction", "review", "note"]),
  confirmed: z.boolean(),
});

/** GET /api/clients/:id/safety: the intake review, open clearances and open reds, for the coach. */
export const clientSafetySchema = z.object({
  clientId: z.string(),
  redFlags: z.array(findingSchema),
  contradictions: z.array(findingSchema),
  reviews: z.array(findingSchema),
  notes: z.array(findingSchema),
  clearance: z.array(
    z.object({
      kind: z.enum(CLEARANCE_KINDS),
      see: z.enum(REFERRALS),
      scope: z.enum(["any", "vigorous"]),
      reasons: z.array(reasonSchema),
    }),
  ),
  clearances: z.array(
    z.object({
      kind: z.enum(CLEARANCE_KINDS),
      clearedBy: z.string(),
      recordedBy: z.string(),
      date: isoDate,
      restrictions: z.array(z.string()),
      vigorousAllowed: z.boolean(),
    }),
  ),
  openRedFlags: z.array(z.object({ id: z.string(), kind: z.string() })),
  hrCaveat: reasonSchema.nullable(),
  readyForProgramming: z.boolean(),
});
export type ClientSafety = z.infer<typeof clientSafetySchema>;
