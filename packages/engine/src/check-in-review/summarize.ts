import { type Reason, reason } from "../core/reasons.ts";

/** The fixed weekly questionnaire: 1 (low) to 5 (high) scales. */
export type WeeklyAnswers = { energy: number; sleep: number; stress: number; adherenceConfidence: number };

/** One week of a client's data, as the server aggregates it. */
export type WeekInput = {
  /** ISO date (YYYY-MM-DD) of the week's first day. */
  weekStart: string;
  sessionsPlanned: number;
  sessionsDone: number;
  /** Session-RPE load (RPE × minutes) this week and the week before; null when unknown. */
  loadThisWeek: number | null;
  loadPreviousWeek: number | null;
  /** Daily readiness scores (0–100) this week. */
  readiness: readonly number[];
  /** Body weights in kg, oldest first, over the last two weeks; empty when the client does not weigh in. */
  weightsKg: readonly number[];
  /** Whether the client's goal wants the scale to move (fat loss, weight gain). */
  weightGoal: "lose" | "gain" | "none";
  painReports: number;
  openFlags: { red: number; amber: number };
  answers: WeeklyAnswers | null;
};

export const CHANGE_KINDS = ["pain", "fatigue", "missed_sessions", "weight_stalled", "all_good"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Trend = "up" | "down" | "flat" | "unknown";

export type WeekSummary = {
  weekStart: string;
  sessions: { planned: number; done: number; missed: number };
  load: { thisWeek: number | null; previousWeek: number | null; trend: Trend; changePct: number | null };
  readinessMean: number | null;
  weight: { trend: Trend; changeKg: number | null };
  painReports: number;
  openFlags: { red: number; amber: number };
  answers: WeeklyAnswers | null;
  /** What changed this week, most important first; `all_good` alone when nothing did. */
  changes: ChangeKind[];
  reasons: Reason[];
};

/**
 * Thresholds. A week-on-week load change beyond ±10 % is the usual "spike" guide (Gabbett 2016,
 * Br J Sports Med 50:273); readiness below 50 / answers ≤ 2 read as fatigue; weight change below
 * 0.2 kg over the window reads as stalled for a goal that wants it to move (weekly fat-loss rates
 * of 0.5–1 % of body weight, Helms et al. 2014, J Int Soc Sports Nutr 11:20).
 */
export const WEEK_THRESHOLDS = { loadChangePct: 10, lowReadiness: 50, lowAnswer: 2, stalledKg: 0.2 } as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The week's summary from data, with the reason for every change it names. `now` is ISO, used only to refuse future weeks. */
export function summarizeWeek(input: WeekInput, now: string): WeekSummary {
  const reasons: Reason[] = [];
  const changes: ChangeKind[] = [];
  const future = input.weekStart > now.slice(0, 10);
  const planned = Math.max(0, input.sessionsPlanned);
  const done = Math.max(0, input.sessionsDone);
  const missed = Math.max(0, planned - done);

  const { loadThisWeek: a, loadPreviousWeek: b } = input;
  const changePct = a !== null && b !== null && b > 0 ? round1(((a - b) / b) * 100) : null;
  const loadTrend: Trend =
    changePct === null
      ? "unknown"
      : changePct > WEEK_THRESHOLDS.loadChangePct
        ? "up"
        : changePct < -WEEK_THRESHOLDS.loadChangePct
          ? "down"
          : "flat";
  const readinessMean = input.readiness.length
    ? round1(input.readiness.reduce((s, x) => s + x, 0) / input.readiness.length)
    : null;

  const w = input.weightsKg;
  const changeKg = w.length >= 2 ? round1(w[w.length - 1]! - w[0]!) : null;
  const weightTrend: Trend =
    changeKg === null
      ? "unknown"
      : Math.abs(changeKg) < WEEK_THRESHOLDS.stalledKg
        ? "flat"
        : changeKg > 0
          ? "up"
          : "down";

  if (input.painReports > 0 || input.openFlags.red > 0) {
    changes.push("pain");
    reasons.push(
      reason("checkin.week.pain", "Pain was reported or a red flag is open this week.", {
        painReports: input.painReports,
        redFlags: input.openFlags.red,
      }),
    );
  }
  const lowAnswers = input.answers
    ? (["energy", "sleep"] as const).filter((k) => input.answers![k] <= WEEK_THRESHOLDS.lowAnswer).length +
      (input.answers.stress >= 6 - WEEK_THRESHOLDS.lowAnswer ? 1 : 0)
    : 0;
  const lowReadiness = readinessMean !== null && readinessMean < WEEK_THRESHOLDS.lowReadiness;
  if (lowReadiness || lowAnswers >= 2) {
    changes.push("fatigue");
    reasons.push(
      reason(
        "checkin.week.fatigue",
        "Readiness was low or the client reported low energy, poor sleep or high stress.",
        { readinessMean, lowAnswers },
        { lowReadiness: WEEK_THRESHOLDS.lowReadiness, lowAnswer: WEEK_THRESHOLDS.lowAnswer },
      ),
    );
  }
  if (missed > 0 && !future) {
    changes.push("missed_sessions");
    reasons.push(
      reason("checkin.week.missed", `${missed} of ${planned} planned sessions were not done.`, {
        planned,
        done,
        missed,
      }),
    );
  }
  if (input.weightGoal !== "none" && weightTrend === "flat") {
    changes.push("weight_stalled");
    reasons.push(
      reason(
        "checkin.week.weight_stalled",
        "Body weight has not moved over the window although the goal wants it to.",
        { changeKg, goal: input.weightGoal },
        { stalledKg: WEEK_THRESHOLDS.stalledKg },
      ),
    );
  }
  if (changes.length === 0) {
    changes.push("all_good");
    reasons.push(
      reason("checkin.week.all_good", "Sessions done as planned, no pain, no fatigue signs.", { planned, done }),
    );
  }
  if (loadTrend !== "unknown")
    reasons.push(
      reason(
        "checkin.week.load",
        `Training load ${loadTrend === "flat" ? "held steady" : `went ${loadTrend}`} week on week.`,
        { thisWeek: a, previousWeek: b, changePct },
        { changePct: WEEK_THRESHOLDS.loadChangePct },
      ),
    );

  return {
    weekStart: input.weekStart,
    sessions: { planned, done, missed },
    load: { thisWeek: a, previousWeek: b, trend: loadTrend, changePct },
    readinessMean,
    weight: { trend: weightTrend, changeKg },
    painReports: input.painReports,
    openFlags: { ...input.openFlags },
    answers: input.answers,
    changes,
    reasons,
  };
}
