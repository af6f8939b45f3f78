import type { WeeklyCheckIn, WeeklyCheckInReview } from "@spotter/contracts";
import { DEFAULT_QUESTIONS, type Question } from "@spotter/engine";
import { inArray } from "drizzle-orm";
import type { DbExecutor } from "../audit/record.ts";
import { checkinQuestionnaires } from "../db/schema-checkin-questionnaires.ts";
import type { weeklyCheckIns } from "../db/schema-weekly-checkins.ts";

export type WeeklyCheckInRow = typeof weeklyCheckIns.$inferSelect;
/** The questionnaire version a check-in answered (version 0 / the default for rows from before versions). */
export type AnsweredQuestions = { version: number; questions: Question[] };
const DEFAULT: AnsweredQuestions = { version: 0, questions: [...DEFAULT_QUESTIONS] };

/** The questions each row answered, by questionnaire id, in one query. */
export async function answeredQuestions(db: DbExecutor, rows: readonly WeeklyCheckInRow[]) {
  const ids = [...new Set(rows.map((r) => r.questionnaireId).filter((id): id is string => id !== null))];
  const found = ids.length
    ? await db
        .select({
          id: checkinQuestionnaires.id,
          version: checkinQuestionnaires.version,
          questions: checkinQuestionnaires.questions,
        })
        .from(checkinQuestionnaires)
        .where(inArray(checkinQuestionnaires.id, ids))
    : [];
  const byId = new Map(found.map((q) => [q.id, { version: q.version, questions: q.questions }]));
  return (r: WeeklyCheckInRow): AnsweredQuestions =>
    (r.questionnaireId ? byId.get(r.questionnaireId) : undefined) ?? DEFAULT;
}

/** Rows from before responses were stored answered the default questions through the columns. */
function responsesOf(r: WeeklyCheckInRow): Record<string, number | string> {
  if (r.responses) return r.responses;
  const out: Record<string, number | string> = {};
  for (const [k, v] of [
    ["energy", r.energy],
    ["sleep", r.sleep],
    ["stress", r.stress],
    ["adherenceConfidence", r.adherenceConfidence],
    ["note", r.note],
  ] as const)
    if (v !== null) out[k] = v;
  return out;
}

/** What the client sees of their own check-in: their answers and the sent reply, never the draft. */
export function presentWeeklyCheckIn(r: WeeklyCheckInRow, asked: AnsweredQuestions): WeeklyCheckIn {
  const core =
    r.energy !== null && r.sleep !== null && r.stress !== null && r.adherenceConfidence !== null
      ? { energy: r.energy, sleep: r.sleep, stress: r.stress, adherenceConfidence: r.adherenceConfidence }
      : null;
  return {
    id: r.id,
    clientId: r.clientId,
    weekStart: r.weekStart,
    status: r.status,
    answers: core,
    questionnaireVersion: asked.version,
    questions: asked.questions,
    responses: responsesOf(r),
    note: r.note,
    noteFlags: r.noteFlags,
    answeredAt: r.answeredAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    action: r.action,
    replyBody: r.replyBody,
    proposalId: r.proposalId,
    flagId: r.flagId,
  };
}

/** The coach's review: the summary, the draft and the suggested action as well. */
export function presentWeeklyCheckInReview(r: WeeklyCheckInRow, asked: AnsweredQuestions): WeeklyCheckInReview {
  return {
    ...presentWeeklyCheckIn(r, asked),
    summary: r.summary as WeeklyCheckInReview["summary"],
    draftBody: r.draftBody,
    suggestedAction: r.suggestedAction,
  };
}
