export {
  type CheckInInterval,
  type CheckInOccasion,
  type CheckInSchedule,
  checkInInterval,
  checkInSchedule,
} from "./cadence.ts";
export { CHECK_IN_ACTIONS, type CheckInAction, type DraftReply, draftReply, suggestAction } from "./draft.ts";
export { MINOR_VOLUME_CUT_PCT, type MinorChange, minorChangeFor } from "./minor-change.ts";
export {
  type CheckedResponses,
  type ChoiceQuestion,
  CORE_SCALE_IDS,
  checkResponses,
  DEFAULT_QUESTIONS,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  type QuestionResponse,
  type ResponseError,
  type ScaleQuestion,
  type TextQuestion,
} from "./questionnaire.ts";
export {
  CHANGE_KINDS,
  type ChangeKind,
  summarizeWeek,
  type Trend,
  WEEK_THRESHOLDS,
  type WeekInput,
  type WeeklyAnswers,
  type WeekSummary,
} from "./summarize.ts";
