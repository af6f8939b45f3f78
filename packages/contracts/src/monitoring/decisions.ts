import { type CoachDecision, FLAG_OUTCOMES } from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "./equals.ts";

const reasonText = z.string().trim().min(1, "a reason is required").max(1000);
const diffValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);

/** A coach's decision on a pending proposal. Edit and reject need a reason (it is audited). */
export const proposalDecisionRequestSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve"), reason: z.string().trim().max(1000).optional() }),
  z.object({
    action: z.literal("edit"),
    after: z.record(z.string().min(1).max(60), diffValue).refine((o) => Object.keys(o).length > 0, "nothing to change"),
    reason: reasonText,
  }),
  z.object({ action: z.literal("reject"), reason: reasonText }),
]);
export type ProposalDecisionRequest = z.input<typeof proposalDecisionRequestSchema>;

/** The client's "ask my coach" on an automated or pending change. */
export const askForHumanRequestSchema = z.object({ reason: reasonText });

/** What a coach did about a red: the engine's list (proposals/flag-resolution.ts). */
export const RED_FLAG_OUTCOMES = FLAG_OUTCOMES;

/** Resolving a red requires an outcome and a note; a referral names whom. */
export const resolveRedFlagRequestSchema = z
  .object({
    outcome: z.enum(RED_FLAG_OUTCOMES),
    note: reasonText,
    referredTo: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.outcome === "referred" && !r.referredTo) {
      ctx.addIssue({ code: "custom", path: ["referredTo"], message: "say whom the client was referred to" });
    }
  });
export type ResolveRedFlagRequest = z.input<typeof resolveRedFlagRequestSchema>;

const _decision: Equals<z.output<typeof proposalDecisionRequestSchema>, CoachDecision> = true;
void _decision;
