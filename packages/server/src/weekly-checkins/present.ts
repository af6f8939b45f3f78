import type { WeeklyCheckIn, WeeklyCheckInReview } from "@spotter/contracts";
import type { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";

export type WeeklyCheckInRow = typeof weeklyCheckIns.$inferSelect;

/** What the client sees of their own check-in: their answers and the sent reply, never the draft. */
export function presentWeeklyCheckIn(r: WeeklyCheckInRow): WeeklyCheckIn {
  return {
    id: r.id,
    clientId: r.clientId,
    weekStart: r.weekStart,
    status: r.status,
    answers: { energy: r.energy, sleep: r.sleep, stress: r.stress, adherenceConfidence: r.adherenceConfidence },
    note: r.note,
    noteFlags: r.noteFlags,
    answeredAt: r.answeredAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    action: r.action,
    replyBody: r.replyBody,
  };
}

/** The coach's review: the summary, the draft and the suggested action as well. */
export function presentWeeklyCheckInReview(r: WeeklyCheckInRow): WeeklyCheckInReview {
  return {
    ...presentWeeklyCheckIn(r),
    summary: r.summary as WeeklyCheckInReview["summary"],
    draftBody: r.draftBody,
    suggestedAction: r.suggestedAction,
  };
}
