import { BLOCK_KINDS, WEEKDAYS } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../../common.ts";
import { SESSION_STATUSES } from "./session.ts";

/**
 * The coach's week and block view (/api/clients/:id/week): the planned days come from the roadmap's
 * blocks, the method's days and the client's weekdays; a coach's move is stored; sessions are the
 * stored drafts/published/logged ones on those dates (a client sees no drafts).
 */

/** GET ?start=YYYY-MM-DD: the week containing `start` (Monday first); default the server's current week. */
export const weekQuerySchema = z.object({ start: isoDate.optional() });

export const weekPlannedSchema = z.object({
  /** The date the schedule put the day on (differs from the day's date when the coach moved it). */
  scheduledDate: isoDate,
  blockIndex: z.number().int(),
  blockKind: z.enum(BLOCK_KINDS),
  weekInBlock: z.number().int(),
  /** 0-based index of the method day in the block's split. */
  dayIndex: z.number().int(),
  /** How many days the block's split has (the method's days). */
  splitDays: z.number().int(),
  label: z.string(),
  moved: z.boolean(),
});
export type WeekPlanned = z.infer<typeof weekPlannedSchema>;

export const weekSessionSchema = z.object({
  id: z.uuid(),
  status: z.enum(SESSION_STATUSES),
  dayLabel: z.string(),
  estimatedMinutes: z.number(),
  editedByCoach: z.boolean(),
  /** Main exercises, in order, for the calendar card. */
  main: z.array(z.string()),
});
export type WeekSession = z.infer<typeof weekSessionSchema>;

export const weekDaySchema = z.object({
  date: isoDate,
  weekday: z.enum(WEEKDAYS),
  planned: weekPlannedSchema.nullable(),
  sessions: z.array(weekSessionSchema),
});
export type WeekDay = z.infer<typeof weekDaySchema>;

export const weekSchema = z.object({
  /** Monday. */
  start: isoDate,
  blockIndex: z.number().int().nullable(),
  blockKind: z.enum(BLOCK_KINDS).nullable(),
  weekInBlock: z.number().int().nullable(),
  days: z.array(weekDaySchema).length(7),
});
export type Week = z.infer<typeof weekSchema>;

export const weekResponseSchema = z.object({
  clientId: z.uuid(),
  /** The server's today (UTC). */
  today: isoDate,
  /** Where the plan comes from: the saved roadmap, or one built from the profile for this view (not saved). */
  roadmap: z.enum(["saved", "on_the_fly"]),
  method: z.object({ id: z.string(), name: z.string() }).nullable(),
  week: weekSchema,
  /** The block containing the week and the next one, week by week (the block view). */
  blocks: z.array(
    z.object({
      index: z.number().int(),
      kind: z.enum(BLOCK_KINDS),
      focus: z.string(),
      startDate: isoDate,
      weeks: z.array(weekSchema),
    }),
  ),
});
export type WeekResponse = z.infer<typeof weekResponseSchema>;

/** POST /api/clients/:id/week/generate: drafts for every planned day of the week that has no session. */
export const weekGenerateRequestSchema = z.object({
  start: isoDate,
  /** Default: the client's usual session length. */
  durationMinutes: z.number().int().min(15).max(240).optional(),
  locationId: z.string().min(1).max(40).optional(),
});
export type WeekGenerateRequest = z.infer<typeof weekGenerateRequestSchema>;

/** What happened to one day or session of a week action; `httpStatus`/`code` are what the single route would answer. */
export const weekResultSchema = z.object({
  date: isoDate,
  sessionId: z.uuid().optional(),
  outcome: z.enum(["created", "published", "exists", "past", "refused", "failed"]),
  httpStatus: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type WeekResult = z.infer<typeof weekResultSchema>;

export const weekActionResponseSchema = z.object({ results: z.array(weekResultSchema), week: weekResponseSchema });
export type WeekActionResponse = z.infer<typeof weekActionResponseSchema>;

/** POST /api/clients/:id/week/publish: every draft of the week, each through the publish gate. */
export const weekPublishRequestSchema = z.object({
  start: isoDate,
  override: z.object({ reason: z.string().trim().min(10).max(1000) }).optional(),
});
export type WeekPublishRequest = z.infer<typeof weekPublishRequestSchema>;

/** PATCH /api/clients/:id/week: move the planned day (and its draft, if any) on `from` to `to`. */
export const weekMoveRequestSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((m) => m.from !== m.to, { path: ["to"], message: "must differ from `from`" });
export type WeekMoveRequest = z.infer<typeof weekMoveRequestSchema>;
