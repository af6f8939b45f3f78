import { dayOfInstant, type Instant, isoFromDay } from "../core/dates.ts";
import type { TriageLevel } from "../model/index.ts";
import { askForHuman, openProposal, type ServiceTier } from "../proposals/index.ts";
import { dailyPass } from "../triage/index.ts";
import type { Scenario } from "./scenarios.ts";

/** What automation would do with one scenario under one tier, and what a coach would be asked. */
export type ScenarioOutcome = {
  scenarioId: string;
  title: string;
  story: string;
  tier: string;
  level: TriageLevel;
  automationAllowed: boolean;
  /** Each proposal: what it changes, how the tier routed it, and why. */
  proposals: {
    id: string;
    kind: string;
    exerciseId: string | null;
    before: string;
    after: string;
    /** auto_applied, pending_review or blocked (after any "ask my coach"). */
    status: string;
    humanRequested: boolean;
    reasons: string[];
  }[];
  flags: {
    kind: string;
    level: TriageLevel;
    ruleId: string;
    message: string;
    /** What the coach is asked to do about it. */
    recommended: string;
    dueAt: string | null;
    referTo: string[];
  }[];
  /** A red is open: the coach is paged within the tier's red promise and automation stops. */
  humanPaged: boolean;
  /** The questions the coach's queue would put, in order. */
  coachAsked: string[];
  /** Whether the outcome meets the scenario's safe routing, and where not. */
  expectationsMet: boolean;
  mismatches: string[];
};

const text = (v: Record<string, unknown>) =>
  Object.entries(v)
    .map(([k, x]) => `${k} ${typeof x === "object" ? JSON.stringify(x) : String(x)}`)
    .join(", ") || "-";

/** `2026-03-02T10:00:00.000Z` → `2026-03-02 10:00 UTC`. */
const dueText = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "-");

/**
 * Runs one scenario through the daily pass (monitoring → triage → proposals decided by the tier)
 * on the UTC date of `now`, then the client's "ask my coach" when the script has one. Pure.
 */
export function runScenario(scenario: Scenario, tier: ServiceTier, now: Instant): ScenarioOutcome {
  const today = isoFromDay(dayOfInstant(now));
  const { data, clientAsksForHuman } = scenario.build(today);
  const pass = dailyPass(data, tier, now, { date: today });
  const proposals = pass.proposals.map((p) => {
    let state = openProposal(p.proposal, tier, pass.level, now);
    if (clientAsksForHuman) state = askForHuman(state, clientAsksForHuman, now);
    return {
      id: p.proposal.id,
      kind: p.proposal.kind,
      exerciseId: p.proposal.exerciseId ?? null,
      before: text(p.proposal.diff.before),
      after: text(p.proposal.diff.after),
      status: state.status,
      humanRequested: state.humanRequested,
      reasons: [
        ...p.reasons.map((r) => r.message),
        ...(clientAsksForHuman ? [`Client asked: "${clientAsksForHuman}"`] : []),
      ],
    };
  });
  const flags = pass.signals.map((s) => ({
    kind: s.kind,
    level: s.level,
    ruleId: s.ruleId,
    message: s.message,
    recommended: s.recommendedAction,
    dueAt: s.dueAt,
    referTo: s.referTo ?? [],
  }));
  const humanPaged = pass.level === "red";
  const coachAsked = [
    ...flags
      .filter((f) => f.level !== "green")
      .map(
        (f) => `${f.level === "red" ? "Red" : "Yellow"} (${f.kind}, answer by ${dueText(f.dueAt)}): ${f.recommended}`,
      ),
    ...proposals
      .filter((p) => p.status !== "auto_applied")
      .map(
        (p) =>
          `${p.status === "blocked" ? "Blocked until the red is resolved" : "Approve, edit or reject"}: ${p.kind}${p.exerciseId ? ` ${p.exerciseId}` : ""} (${p.before} → ${p.after})${p.humanRequested ? " — the client asked for you" : ""}`,
      ),
  ];
  const mismatches: string[] = [];
  const e = scenario.expect;
  if (pass.level !== e.level) mismatches.push(`level ${pass.level}, expected ${e.level}`);
  if (e.automation === "never") {
    const applied = proposals.filter((p) => p.status === "auto_applied");
    if (applied.length) mismatches.push(`applied without a coach: ${applied.map((p) => p.kind).join(", ")}`);
  }
  if (humanPaged !== e.humanPaged) mismatches.push(humanPaged ? "a human was paged" : "no human was paged");
  for (const kind of e.signals) if (!flags.some((f) => f.kind === kind)) mismatches.push(`no ${kind} flag`);
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    story: scenario.story,
    tier: tier.name,
    level: pass.level,
    automationAllowed: pass.automationAllowed,
    proposals,
    flags,
    humanPaged,
    coachAsked,
    expectationsMet: mismatches.length === 0,
    mismatches,
  };
}

/** Every scenario under every tier. */
export function runScenarios(
  scenarios: readonly Scenario[],
  tiers: readonly ServiceTier[],
  now: Instant,
): ScenarioOutcome[] {
  return tiers.flatMap((tier) => scenarios.map((s) => runScenario(s, tier, now)));
}
