import {
  COACHING_MODELS,
  FLAG_STATUSES,
  MONITORING_SIGNAL_KINDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  RED_FLAG_KINDS,
} from "@spotter/engine";
import { z } from "zod";
import { commaList, isoDate, LIMITS } from "../common.ts";
import { checkInSchema } from "../monitoring/check-in.ts";
import { RED_FLAG_OUTCOMES } from "../monitoring/decisions.ts";
import { readinessSchema, triageSignalSchema } from "../monitoring/results.ts";
import { serviceTierSchema } from "../monitoring/service-tier.ts";

/** HTTP shapes of monitoring: check-ins, the monitoring view, queue, proposals, flags, tiers, segment. */

export const LEVELS = ["green", "yellow", "red"] as const;
const level = z.enum(LEVELS);
const json = z.record(z.string(), z.unknown());
const reasonSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  inputs: json,
  thresholds: json.optional(),
});

/** Signals and readiness use the engine-checked schemas from monitoring/results.ts. */
export const signalSchema = triageSignalSchema;
export const readinessViewSchema = readinessSchema;

export const checkInRecordSchema = checkInSchema.extend({ id: z.uuid() });
export type CheckInRecord = z.infer<typeof checkInRecordSchema>;

export const checkInResultSchema = z.object({
  checkin: checkInRecordSchema,
  level,
  automationPaused: z.boolean(),
  readiness: readinessViewSchema,
  signals: z.array(signalSchema),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const checkInListQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(400).default(60),
});
export const checkInListSchema = z.object({ items: z.array(checkInRecordSchema) });
export type CheckInList = z.infer<typeof checkInListSchema>;

/** GET /clients/:id/monitoring: how many days of readiness (and sRPE, at least 28) the charts get. */
export const monitoringViewQuerySchema = z.object({
  days: z.coerce.number().int().min(7).max(90).default(28),
});

const readinessPointSchema = z.object({ date: z.string(), score: z.number().nullable(), band: z.string() });

export const monitoringViewSchema = z.object({
  clientId: z.uuid(),
  date: z.string(),
  level,
  automation: z.object({
    paused: z.boolean(),
    reason: z.string().nullable(),
  }),
  tier: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  readiness: readinessViewSchema,
  /** The last 7 days (the low-readiness streak is read from these). */
  readinessRecent: z.array(readinessPointSchema),
  /** `days` days of readiness, oldest first, each against its own 60-day normal (score null without data). */
  readinessHistory: z.array(readinessPointSchema),
  lowReadinessStreak: z.number().int(),
  hrv: json,
  load: z.object({
    /** Daily session-RPE load (RPE × minutes), oldest first. */
    srpe: z.array(z.object({ date: z.string(), load: z.number() })),
    acwr: json,
    monotony: json,
    weekToWeekChange: z.number().nullable(),
    unknownLoadDays: z.number().int(),
  }),
  adherence: json,
  performance: json,
  trends: z.object({ pain: json, soreness: json }),
  signals: z.array(signalSchema),
  lastComputedAt: z.string().nullable(),
  /**
   * Set while a heart-rate-altering medication (e.g. a beta blocker) is in play: HR and HRV
   * readiness do not mean what they did, so the view says to judge by sleep, soreness and RPE.
   */
  hrCaveat: reasonSchema.nullable().optional(),
});
export type MonitoringView = z.infer<typeof monitoringViewSchema>;

/** The engine's proposal state machine owns the list (proposals/transitions.ts). */
export const PROPOSAL_STATUS_VALUES = PROPOSAL_STATUSES;

export const proposalViewSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(PROPOSAL_KINDS),
  date: z.string(),
  scope: z.string(),
  exerciseId: z.string().nullable(),
  diff: json,
  reasons: z.array(reasonSchema),
  decisionReasons: z.array(reasonSchema),
  level,
  major: z.boolean(),
  status: z.enum(PROPOSAL_STATUS_VALUES),
  automated: z.boolean(),
  humanRequested: z.boolean(),
  /** Who made the change stick: automation (auto-applied), a coach (reviewed), or nobody yet. */
  decidedBy: z.enum(["automation", "coach", "client"]).nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ProposalView = z.infer<typeof proposalViewSchema>;
export const proposalListSchema = z.object({ items: z.array(proposalViewSchema) });
export type ProposalList = z.infer<typeof proposalListSchema>;

const reasonText = z.string().trim().min(1, "a reason is required").max(1000);
const diffValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);

export const approveProposalRequestSchema = z
  .object({
    /** Replace the proposed "after" values (an edit); the result is recorded as `edited`. */
    edit: z
      .record(z.string().min(1).max(60), diffValue)
      .refine((o) => Object.keys(o).length > 0, "nothing to change")
      .optional(),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();
export const rejectProposalRequestSchema = z.object({ reason: reasonText }).strict();
export const undoProposalRequestSchema = z.object({ reason: z.string().trim().max(1000).optional() }).strict();
export const askHumanRequestSchema = z.object({ reason: z.string().trim().max(1000).optional() }).strict();
export type ApproveProposalRequest = z.input<typeof approveProposalRequestSchema>;
export type RejectProposalRequest = z.input<typeof rejectProposalRequestSchema>;
export type UndoProposalRequest = z.input<typeof undoProposalRequestSchema>;
export type AskHumanRequest = z.input<typeof askHumanRequestSchema>;

export const flagViewSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.string(),
  level: z.enum(["yellow", "red"]),
  ruleId: z.string(),
  message: z.string(),
  evidence: json,
  recommendedAction: z.string(),
  referTo: z.array(z.string()).nullable(),
  dueAt: z.string().nullable(),
  status: z.enum(FLAG_STATUSES),
  outcome: z.enum(RED_FLAG_OUTCOMES).nullable(),
  note: z.string().nullable(),
  referredTo: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type FlagView = z.infer<typeof flagViewSchema>;

/** Resolving: a red needs an outcome and a note (checked by the server, which knows the level). */
export const resolveFlagRequestSchema = z
  .object({
    outcome: z.enum(RED_FLAG_OUTCOMES).optional(),
    note: z.string().trim().max(2000).optional(),
    referredTo: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.outcome === "referred" && !r.referredTo)
      ctx.addIssue({ code: "custom", path: ["referredTo"], message: "say whom the client was referred to" });
  });
export type ResolveFlagRequest = z.input<typeof resolveFlagRequestSchema>;
export const resolveFlagResponseSchema = z.object({ flag: flagViewSchema, automationPaused: z.boolean() });
export type ResolveFlagResponse = z.infer<typeof resolveFlagResponseSchema>;
/** GET /api/clients/:id/flags. */
export const flagListSchema = z.object({ items: z.array(flagViewSchema) });
export type FlagList = z.infer<typeof flagListSchema>;

export const queueItemSchema = z.object({
  type: z.enum(["flag", "proposal"]),
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  level,
  kind: z.string(),
  /**
   * The exercise a proposal changes (a load hold or change on one lift); null for flags and for
   * changes to the whole plan. Without it a client's holds on three lifts read as three identical rows.
   */
  exerciseId: z.string().nullable(),
  message: z.string(),
  evidence: json,
  recommendedAction: z.string().nullable(),
  referTo: z.array(z.string()).nullable(),
  diff: json.nullable(),
  humanRequested: z.boolean(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;
export const queueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  now: z.string(),
  /** Items matching the filter (all pages), and how many of them are red, yellow, overdue. */
  total: z.number().int().optional(),
  counts: z.object({ red: z.number().int(), yellow: z.number().int(), overdue: z.number().int() }).optional(),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;

export const tierViewSchema = serviceTierSchema.extend({
  id: z.uuid(),
  model: z.enum(COACHING_MODELS).nullable(),
  isDefault: z.boolean(),
});
export type TierView = z.infer<typeof tierViewSchema>;
export const tierListSchema = z.object({ items: z.array(tierViewSchema) });
export type TierList = z.infer<typeof tierListSchema>;
export const tierWriteRequestSchema = serviceTierSchema.extend({
  model: z.enum(COACHING_MODELS).nullable().optional(),
  isDefault: z.boolean().optional(),
});
export type TierWriteRequest = z.input<typeof tierWriteRequestSchema>;
/** Assign by tier id, or by coaching model (the organization's tier for that model, e.g. the segment's suggestion). */
export const tierAssignRequestSchema = z
  .object({ tierId: z.uuid().optional(), model: z.enum(COACHING_MODELS).optional() })
  .strict()
  .refine((b) => (b.tierId === undefined) !== (b.model === undefined), {
    path: ["tierId"],
    message: "give either tierId or model",
  });
export type TierAssignRequest = z.input<typeof tierAssignRequestSchema>;
export const tierAssignResponseSchema = z.object({ clientId: z.uuid(), tier: tierViewSchema });
export type TierAssignResponse = z.infer<typeof tierAssignResponseSchema>;

export const segmentViewSchema = z.object({
  clientId: z.uuid(),
  risk: z.enum(["low", "moderate", "high"]),
  experience: z.enum(["novice", "intermediate", "advanced"]),
  autonomy: z.enum(["low", "medium", "high"]),
  suggestedModel: z.enum(COACHING_MODELS),
  age: z.number().nullable(),
  reasons: z.array(reasonSchema),
  suggestedTier: tierViewSchema.nullable(),
  currentTier: tierViewSchema.nullable(),
});
export type SegmentView = z.infer<typeof segmentViewSchema>;

export const FLAG_KINDS_ALL = [...RED_FLAG_KINDS, ...MONITORING_SIGNAL_KINDS] as const;
export const messageTemplateSchema = z.object({
  kind: z.enum(FLAG_KINDS_ALL),
  level: level,
  subject: z.string(),
  body: z.string(),
});
export const messageTemplateListSchema = z.object({ items: z.array(messageTemplateSchema) });
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;
export type MessageTemplateList = z.infer<typeof messageTemplateListSchema>;

/** Most client ids GET /api/queue/levels takes at once: the roster's largest page. */
export const ROSTER_LEVELS_IDS_MAX = LIMITS.pageSizeMax;

/**
 * GET /api/queue/levels: `clientIds` (comma-separated) asks for those clients' lights only, the
 * roster's page; without it, every visible active client's.
 */
export const rosterLevelsQuerySchema = z.object({
  // 36 characters per id and a comma, with room for spaces the parser trims.
  clientIds: commaList(z.uuid(), { maxItems: ROSTER_LEVELS_IDS_MAX, maxLength: ROSTER_LEVELS_IDS_MAX * 40 }),
});

/** Status lights for the roster: one row per visible client with monitoring state. */
export const rosterLevelsSchema = z.object({
  items: z.array(
    z.object({
      clientId: z.uuid(),
      /**
       * The last evaluation's level raised to the most severe open flag, as an evaluation raises
       * it; null while never computed with nothing open (no data yet; not "green").
       */
      level: level.nullable(),
      automationPaused: z.boolean(),
      readinessScore: z.number().nullable(),
      openFlags: z.number().int(),
      pendingProposals: z.number().int(),
      lastComputedAt: z.string().nullable(),
    }),
  ),
});
export type RosterLevels = z.infer<typeof rosterLevelsSchema>;
export type RosterLevel = RosterLevels["items"][number];
