/**
 * The adaptive target check as the daily pass runs it, every day for every client: the engine's
 * bounded change (proposal.ts), asked once per stall rather than once per day. A change is not
 * proposed while an earlier one waits for the coach, nor until the target in force (and the last
 * proposal, whatever its fate) has held for `cooldownDays`: a new target needs weeks of weigh-ins
 * at that target before the trend says anything about it (the estimator's window is 28 days, and
 * weight noise of ±1 kg/day hides a 0.25 kg/week change for about three weeks; Hall & Chow, Int J
 * Obes 2013, on the time course of weight change after an intake change). A rejected proposal is
 * not re-asked for the same span, so the coach is not nagged daily.
 *
 * The block comes first: with a disordered-eating or low-energy-availability flag open the result
 * is `blocked` with the reason, whatever the history, so the coach sees why nothing is proposed.
 */
import { dayNumber } from "../core/dates.ts";
import { reason } from "../core/reasons.ts";
import { type NutritionProposalInput, type NutritionProposalResult, proposeTargetChange } from "./proposal.ts";

export const PASS_CHECK_RULES = {
  /** Days a target (or the last proposal) must have held before another change is proposed. */
  cooldownDays: 21,
} as const;

export type TargetChangeHistory = {
  /** Date (ISO) of a nutrition-target proposal still waiting for the coach, or null. */
  openProposalDate: string | null;
  /** Date (ISO) of the newest nutrition-target proposal, whatever its status, or null. */
  lastProposalDate: string | null;
  /** Date (ISO) the energy target in force was set (the coach's setting or a decided proposal), or null. */
  targetSince: string | null;
};

export type PassCheckResult = NutritionProposalResult & {
  /** The engine would propose a change but the history holds it back. */
  held: boolean;
};

export function checkTargetChange(input: NutritionProposalInput, history: TargetChangeHistory): PassCheckResult {
  const result = proposeTargetChange(input);
  if (result.status !== "proposed") return { ...result, held: false };
  const today = dayNumber(input.date, "date");
  if (history.openProposalDate !== null)
    return {
      status: "none",
      proposal: null,
      held: true,
      reasons: [
        reason(
          "nutrition.proposal.awaiting_review",
          `A target change proposed on ${history.openProposalDate} is still waiting for the coach; nothing new until it is decided.`,
          { openProposalDate: history.openProposalDate },
        ),
        ...result.reasons,
      ],
    };
  const anchors = [history.lastProposalDate, history.targetSince].filter((d): d is string => d !== null);
  const since = anchors.length ? anchors.sort().at(-1)! : null;
  const held = since === null ? 0 : today - dayNumber(since, "history.since");
  if (since !== null && held < PASS_CHECK_RULES.cooldownDays)
    return {
      status: "none",
      proposal: null,
      held: true,
      reasons: [
        reason(
          "nutrition.proposal.cooldown",
          `The target (or the last proposal) dates from ${since}, ${held} days ago; the next change waits until it has held ${PASS_CHECK_RULES.cooldownDays} days.`,
          { since, heldDays: held },
          { cooldownDays: PASS_CHECK_RULES.cooldownDays },
        ),
        ...result.reasons,
      ],
    };
  return { ...result, held: false };
}
