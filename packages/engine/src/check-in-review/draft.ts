import type { Tone } from "../trainer-profile/index.ts";
import type { ChangeKind, WeekSummary } from "./summarize.ts";

export const CHECK_IN_ACTIONS = ["no_change", "minor_change", "escalate"] as const;
export type CheckInAction = (typeof CHECK_IN_ACTIONS)[number];

export type DraftReply = { body: string; action: CheckInAction; keyedOn: ChangeKind[] };

/**
 * One sentence per change kind and tone. Neutral and specific: a missed session is a question
 * ("what got in the way?"), never a reproach; motivational-interviewing style (Miller & Rollnick
 * 2013, Motivational Interviewing, 3rd ed., Guilford).
 */
const LINES: Record<ChangeKind, Record<Tone, (s: WeekSummary) => string>> = {
  all_good: {
    encouraging: (s) =>
      `Great week: ${s.sessions.done} of ${s.sessions.planned} sessions done. Keep doing what you're doing.`,
    direct: (s) => `${s.sessions.done}/${s.sessions.planned} sessions done. Plan stays as it is.`,
    technical: (s) =>
      `${s.sessions.done}/${s.sessions.planned} sessions completed${loadNote(s)}. No changes to the programme this week.`,
  },
  missed_sessions: {
    encouraging: (s) =>
      `You got ${s.sessions.done} of ${s.sessions.planned} sessions in. What got in the way this week? If the schedule needs to fit your week better, we can adjust it.`,
    direct: (s) =>
      `${s.sessions.done}/${s.sessions.planned} sessions this week. What got in the way? Tell me and we'll fit the plan around it.`,
    technical: (s) =>
      `${s.sessions.done}/${s.sessions.planned} sessions completed. What got in the way? Knowing that lets me place sessions where they fit.`,
  },
  pain: {
    encouraging: () =>
      "Thanks for telling me about the pain. Let's take care of it first: I'll look at the sessions that load that area before your next one.",
    direct: () => "You reported pain this week. I'll review the plan for that area before your next session.",
    technical: () =>
      "Pain was reported this week. I'm reviewing the exercises that load that region and will substitute where needed before the next session.",
  },
  fatigue: {
    encouraging: () =>
      "It sounds like a tiring week, thanks for being honest about it. Sleep and recovery come first; we can ease the load if you need.",
    direct: () => "Energy and recovery look low this week. We'll keep the load manageable until they come back up.",
    technical: (s) =>
      `Recovery markers are down (readiness ${s.readinessMean ?? "n/a"}). I'll hold intensity and watch the trend over the next days.`,
  },
  weight_stalled: {
    encouraging: () =>
      "Your weight has held steady this week. That's normal from time to time; let's look at the next week together before changing anything.",
    direct: () => "Weight hasn't moved this week. We'll check intake and steps before changing targets.",
    technical: (s) =>
      `Weight change over the window: ${s.weight.changeKg ?? 0} kg. One flat week is within normal fluctuation; I'll review targets if the trend holds.`,
  },
};

function loadNote(s: WeekSummary): string {
  return s.load.changePct === null ? "" : `, load ${s.load.changePct > 0 ? "+" : ""}${s.load.changePct} % week on week`;
}

/** What the summary suggests the coach do; the coach picks the final action. */
export function suggestAction(s: WeekSummary): CheckInAction {
  if (s.openFlags.red > 0 || s.changes.includes("pain")) return "escalate";
  if (s.changes.includes("all_good")) return "no_change";
  return "minor_change";
}

/** A deterministic drafted reply in the coach's tone: one line per change (at most three), then a sign-off. */
export function draftReply(summary: WeekSummary, tone: Tone): DraftReply {
  const keyedOn = summary.changes.slice(0, 3);
  // With nothing planned, "0 of 0 sessions done" reads as a slip: say what the week held instead.
  const nothingPlanned = summary.sessions.planned === 0 && summary.sessions.done === 0;
  const lines = keyedOn.map((kind) =>
    kind === "all_good" && nothingPlanned
      ? "No sessions were planned this week, and nothing in your answers needs a change. Thanks for checking in."
      : LINES[kind][tone](summary),
  );
  const signOff =
    tone === "encouraging" ? "Talk soon!" : tone === "direct" ? "Reply here with anything." : "Questions welcome here.";
  return { body: [...lines, signOff].join("\n\n"), action: suggestAction(summary), keyedOn };
}
