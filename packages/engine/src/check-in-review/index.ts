export { CHECK_IN_ACTIONS, type CheckInAction, type DraftReply, draftReply, suggestAction } from "./draft.ts";
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
