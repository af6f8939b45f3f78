import { reason } from "../core/reasons.ts";
import type { Proposal } from "../proposals/proposal.ts";
import type { WeekSummary } from "./summarize.ts";

/** A minor volume change: half the 20 % a fatigue signal asks for, well inside the major-change rule. */
export const MINOR_VOLUME_CUT_PCT = 10;

export type MinorChange =
  /** A training proposal to store and route by tier like any other. */
  | { route: "training"; proposal: Proposal }
  /** A stalled weight with nothing else: the nutrition target check decides (adaptive expenditure). */
  | { route: "nutrition"; reasons: Proposal["reasons"] };

/**
 * What "minor change" on a weekly check-in opens, from what changed that week: pain or fatigue trims
 * volume by MINOR_VOLUME_CUT_PCT this week; missed sessions hold loads at the next session; a stalled
 * weight goes to the nutrition target check; an unremarkable week (the coach still wants a change)
 * holds loads. Never major: a bigger change is the coach's own edit or an escalation.
 */
export function minorChangeFor(summary: WeekSummary, ctx: { date: string; weeklySets?: number }): MinorChange {
  const c = summary.changes;
  const inputs = { weekStart: summary.weekStart, changes: c.join(",") };
  const id = (kind: string) => `${kind}:${ctx.date}:weekly-checkin`;
  const base = { date: ctx.date, level: "yellow" as const, major: false, signalIds: [] };
  if (c.includes("pain") || c.includes("fatigue")) {
    const sets = ctx.weeklySets ?? null;
    return {
      route: "training",
      proposal: {
        ...base,
        id: id("volume_change"),
        kind: "volume_change",
        scope: "this_week",
        diff: {
          before: { weeklySets: sets, volumeChangePct: 0 },
          after: {
            weeklySets: sets === null ? null : Math.round(sets * (1 - MINOR_VOLUME_CUT_PCT / 100)),
            volumeChangePct: -MINOR_VOLUME_CUT_PCT,
          },
        },
        reasons: [
          reason(
            "checkin.minor_change.volume",
            `The weekly check-in showed ${c.includes("pain") ? "pain" : "fatigue"}; trim this week's volume by about ${MINOR_VOLUME_CUT_PCT}%.`,
            inputs,
            { volumeChangePct: MINOR_VOLUME_CUT_PCT },
          ),
        ],
      },
    };
  }
  if (c.includes("weight_stalled") && !c.includes("missed_sessions"))
    return {
      route: "nutrition",
      reasons: [reason("checkin.minor_change.nutrition", "The weight has stalled; check the energy target.", inputs)],
    };
  const missed = c.includes("missed_sessions");
  return {
    route: "training",
    proposal: {
      ...base,
      level: missed ? "yellow" : "green",
      id: id("load_hold"),
      kind: "load_hold",
      scope: "next_session",
      diff: { before: { loadProgression: "as planned" }, after: { loadProgression: "hold current loads" } },
      reasons: [
        reason(
          missed ? "checkin.minor_change.hold_after_missed" : "checkin.minor_change.coach_choice",
          missed
            ? "Sessions were missed this week; resume at current loads instead of progressing."
            : "The coach asked for a minor change at the weekly check-in; loads hold for the next session.",
          inputs,
        ),
      ],
    },
  };
}
