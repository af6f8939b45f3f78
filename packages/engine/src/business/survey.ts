import { type Instant, toEpochMs } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";

/**
 * The satisfaction survey is the Net Promoter question ("How likely is it that you would
 * recommend us to a friend?", 0-10; Reichheld 2003, Harvard Business Review 81(12):46-54):
 * 9-10 promoters, 0-6 detractors, NPS = % promoters − % detractors, from −100 to 100.
 */
export const SURVEY_INTERVAL_DAYS = 30;
export const PROMOTER_MIN = 9;
export const DETRACTOR_MAX = 6;
export const SURVEY_COMMENT_MAX = 1000;

export type ScoreBand = "promoter" | "passive" | "detractor";

export function scoreBand(score: number): ScoreBand {
  if (score >= PROMOTER_MIN) return "promoter";
  if (score <= DETRACTOR_MAX) return "detractor";
  return "passive";
}

/** NPS from counts; null without answers. */
export function netPromoterScore(promoters: number, detractors: number, answers: number): number | null {
  return answers > 0 ? (100 * (promoters - detractors)) / answers : null;
}

export type SurveyDue = { due: boolean; nextAt: string | null; reason: Reason };

/**
 * Whether a client should be asked now: never answered, or the last answer is at least
 * {@link SURVEY_INTERVAL_DAYS} days old. `nextAt` says when the next one is due.
 */
export function surveyDue(lastAnsweredAt: Instant | null, now: Instant): SurveyDue {
  const thresholds = { intervalDays: SURVEY_INTERVAL_DAYS };
  if (lastAnsweredAt === null)
    return {
      due: true,
      nextAt: null,
      reason: reason("business.survey.never_answered", "never asked yet", { lastAnsweredAt: null }, thresholds),
    };
  const nextMs = toEpochMs(lastAnsweredAt) + SURVEY_INTERVAL_DAYS * 86_400_000;
  const due = toEpochMs(now) >= nextMs;
  const last = new Date(toEpochMs(lastAnsweredAt)).toISOString();
  return {
    due,
    nextAt: new Date(nextMs).toISOString(),
    reason: reason(
      due ? "business.survey.interval_passed" : "business.survey.recently_answered",
      due ? `last answered ${SURVEY_INTERVAL_DAYS}+ days ago` : `answered within the last ${SURVEY_INTERVAL_DAYS} days`,
      { lastAnsweredAt: last },
      thresholds,
    ),
  };
}
