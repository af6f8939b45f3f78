import { CHECK_IN_ACTIONS } from "@spotter/engine";
import { z } from "zod";
import { text } from "../common.ts";
import { questionnaireViewSchema, questionViewSchema } from "./checkin-questionnaire.ts";

/**
 * HTTP shapes of the weekly check-in: the client answers a short fixed questionnaire (1–5 scales
 * and one free text), the server computes the week's summary and a drafted reply; the coach edits
 * the draft, picks an action and sends it into the client's thread, which closes the check-in.
 */
export const WEEKLY_NOTE_MAX = 2000;
export const WEEKLY_REPLY_MAX = 4000;

const scale = z.number().int().min(1).max(5);

/**
 * POST /me/weekly-checkins: this week's answers (replaces earlier answers until the coach replies).
 * `responses` answer the organization's questionnaire version `questionnaireVersion`, keyed by
 * question id (checked against those questions: a 400 names `responses.<id>`). Without them the
 * fixed fields below answer the default questions of the same ids.
 */
export const weeklyCheckInAnswerSchema = z.object({
  questionnaireVersion: z.number().int().min(0).optional(),
  responses: z.record(z.string().max(40), z.union([z.number(), text(WEEKLY_NOTE_MAX), z.null()])).optional(),
  energy: scale.optional(),
  sleep: scale.optional(),
  stress: scale.optional(),
  adherenceConfidence: scale.optional(),
  note: text(WEEKLY_NOTE_MAX).optional(),
});
export type WeeklyCheckInAnswer = z.input<typeof weeklyCheckInAnswerSchema>;

/** POST /clients/:id/weekly-checkins/:weeklyCheckInId/send. */
export const weeklyCheckInSendSchema = z.object({
  body: text(WEEKLY_REPLY_MAX)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, "must not be empty"),
  action: z.enum(CHECK_IN_ACTIONS),
});
export type WeeklyCheckInSend = z.input<typeof weeklyCheckInSendSchema>;

export const weeklyCheckInParamsSchema = z.object({ id: z.uuid(), weeklyCheckInId: z.uuid() });

const reasonSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  thresholds: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});

export const weekSummarySchema = z.object({
  weekStart: z.string(),
  sessions: z.object({ planned: z.number(), done: z.number(), missed: z.number() }),
  load: z.object({
    thisWeek: z.number().nullable(),
    previousWeek: z.number().nullable(),
    trend: z.string(),
    changePct: z.number().nullable(),
  }),
  readinessMean: z.number().nullable(),
  weight: z.object({ trend: z.string(), changeKg: z.number().nullable() }),
  painReports: z.number(),
  openFlags: z.object({ red: z.number(), amber: z.number() }),
  changes: z.array(z.string()),
  reasons: z.array(reasonSchema),
});

export const weeklyCheckInSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  weekStart: z.string(),
  status: z.enum(["answered", "closed"]),
  /** The core scales that fed the summary (null when the questionnaire did not ask them all). */
  answers: z
    .object({ energy: z.number(), sleep: z.number(), stress: z.number(), adherenceConfidence: z.number() })
    .nullable(),
  /** The questionnaire version answered and its questions, as they were then. */
  questionnaireVersion: z.number(),
  questions: z.array(questionViewSchema),
  responses: z.record(z.string(), z.union([z.number(), z.string()])),
  note: z.string().nullable(),
  /** Kinds the free-text screen found in the note (a coach reads every note; this is a keyword screen). */
  noteFlags: z.array(z.string()),
  answeredAt: z.string(),
  closedAt: z.string().nullable(),
  action: z.enum(CHECK_IN_ACTIONS).nullable(),
  replyBody: z.string().nullable(),
  /** What the coach's decision opened: the proposal of a minor change, the flag of an escalation. */
  proposalId: z.uuid().nullable(),
  flagId: z.uuid().nullable(),
});
export type WeeklyCheckIn = z.infer<typeof weeklyCheckInSchema>;

/** The coach's view adds the summary and the draft. */
export const weeklyCheckInReviewSchema = weeklyCheckInSchema.extend({
  summary: weekSummarySchema,
  draftBody: z.string(),
  suggestedAction: z.enum(CHECK_IN_ACTIONS),
});
export type WeeklyCheckInReview = z.infer<typeof weeklyCheckInReviewSchema>;

/** GET /clients/:id/weekly-checkins: newest first, with the response rate over the window. */
export const weeklyCheckInListSchema = z.object({
  items: z.array(weeklyCheckInReviewSchema),
  /** Answered / sent (check-ins the schedule opened, plus any answered unprompted) over the window. */
  responseRate: z.object({ answered: z.number(), sent: z.number(), weeks: z.number(), rate: z.number().nullable() }),
  /** The client's schedule: every `intervalWeeks` weeks on their day; the next due date. */
  schedule: z.object({ intervalWeeks: z.number(), nextDueDate: z.string(), currentDueDate: z.string().nullable() }),
});
export type WeeklyCheckInList = z.infer<typeof weeklyCheckInListSchema>;

/** GET /me/weekly-checkins/current: this week's check-in, if answered. */
export const meWeeklyCheckInSchema = z.object({
  weekStart: z.string(),
  checkIn: weeklyCheckInSchema.nullable(),
  /** The organization's current questionnaire: what the portal card asks. */
  questionnaire: questionnaireViewSchema,
  /** The date this week's check-in is due, when the schedule opened one this week. */
  dueDate: z.string().nullable(),
});

/** GET /weekly-checkins/awaiting-reply: answered check-ins the coach still owes a reply, against the tier promise. */
export const checkInsAwaitingSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      clientId: z.uuid(),
      clientName: z.string(),
      answeredAt: z.string(),
      tierName: z.string(),
      promiseHours: z.number(),
      dueAt: z.string(),
      overdue: z.boolean(),
    }),
  ),
  overdue: z.number(),
});
export type CheckInsAwaiting = z.infer<typeof checkInsAwaitingSchema>;
export type MeWeeklyCheckIn = z.infer<typeof meWeeklyCheckInSchema>;
