import {
  checkTargetChange,
  type DailyPassResult,
  dailyPass,
  decideProposal,
  levelRank,
  type PassCheckResult,
  type TriageLevel,
  type TriageSignal,
} from "@spotter/engine";
import type { ClientData } from "./load-data.ts";
import type { PassNutrition } from "./nutrition-input.ts";
import type { TierRecord } from "./tiers.ts";

/** The engine's result for one client, with the open flags the coach has not yet resolved folded in. */
export type ClientEvaluation = {
  clientId: string;
  organizationId: string;
  tier: TierRecord;
  /** The engine's level, raised to the highest open flag: an unresolved red keeps automation stopped. */
  level: TriageLevel;
  automationPaused: boolean;
  result: DailyPassResult;
  /** The energy target and adaptive expenditure estimate (with its uncertainty) the pass used; null without nutrition data. */
  nutrition: PassNutrition | null;
  /** The day's adaptive target check (proposed, blocked by a flag, or none and why); null without targets. */
  nutritionCheck: PassCheckResult | null;
};

/**
 * Runs the pure daily pass for one client. An open red flag keeps the client red even after its
 * evidence has left the engine's look-back window, so proposals are re-decided at that level
 * (DESIGN: a red stops automation until a coach resolves it).
 */
export function evaluateClient(
  data: ClientData & { nutrition?: PassNutrition | null },
  tier: TierRecord,
  openFlagLevel: TriageLevel | null,
  now: string,
): ClientEvaluation {
  const result = dailyPass(data.input, tier, now);
  let level = result.level;
  if (openFlagLevel && levelRank(openFlagLevel) > levelRank(level)) level = openFlagLevel;
  if (level !== result.level) {
    result.proposals = result.proposals.map((p) => ({
      proposal: p.proposal,
      ...decideProposal(p.proposal, tier, level),
    }));
  }
  const nutrition = data.nutrition ?? null;
  let nutritionCheck: PassCheckResult | null = null;
  if (nutrition?.check) {
    // Today's own red or yellow signals block like open flags: a disordered-eating cue in today's
    // check-in stops a cut before its flag is even written.
    const openFlags = [...nutrition.openFlags, ...flaggableSignals(result.signals).map((s) => s.kind)];
    nutritionCheck = checkTargetChange(
      { ...nutrition.check.input, date: result.date, openFlags },
      nutrition.check.history,
    );
    const p = nutritionCheck.proposal;
    if (p) result.proposals = [...result.proposals, { proposal: p, ...decideProposal(p, tier, level) }];
  }
  return {
    clientId: data.state.clientId,
    organizationId: data.state.organizationId,
    tier,
    level,
    automationPaused: level === "red",
    result,
    nutrition,
    nutritionCheck,
  };
}

/** Signals that owe a human action: yellow and red, one per kind (the first is the most severe). */
export function flaggableSignals(signals: readonly TriageSignal[]): TriageSignal[] {
  const byKind = new Map<string, TriageSignal>();
  for (const s of signals) {
    if (s.level === "green") continue;
    const cur = byKind.get(s.kind);
    if (!cur || levelRank(s.level) > levelRank(cur.level)) byKind.set(s.kind, s);
  }
  return [...byKind.values()];
}
