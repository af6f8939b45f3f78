import { reason } from "../core/reasons.ts";
import type { TriageLevel, TriageSignal } from "../model/triage-signal.ts";
import type { ProgressionDecision } from "./progression-decision.ts";
import { progressionProposals } from "./progression-proposals.ts";
import { type DiffValue, MAJOR_CHANGE_RULES, type Proposal, type ProposalKind } from "./proposal.ts";

/** What the plan looks like now, so proposals can show a concrete before → after. */
export type ProposalContext = {
  /** ISO date the proposals are for. */
  date: string;
  /** Hard sets planned for the current week, when known. */
  weeklySets?: number;
  /** A suggested replacement per exercise id (from the catalog's substitution rules), when known. */
  substitutes?: Record<string, string>;
  /**
   * What the loop decided for each lift's next exposure (decideProgressions, from the latest log), or
   * the load increases a published plan scheduled (`{ exerciseId, fromKg, toKg }`).
   */
  progressions?: ProgressionDecision[];
};

/** Volume cut for a return week or a load spike with fatigue (within the non-major limit). */
const VOLUME_CUT = 0.2;
/** Deload: ~40% fewer sets and ~10% lighter, a common practitioner deload (engine convention). */
const DELOAD_SETS = 0.6;
const DELOAD_INTENSITY_PCT = 90;

/**
 * Turn triage signals into plan-change proposals. One proposal per kind and subject; several signals
 * asking for the same change are merged (all their reasons kept). Progression decisions become
 * `progression` proposals (progression-proposals.ts): increases only when nothing asks to hold,
 * reduce or swap; holds, reductions and deloads always.
 */
export function proposalsFromSignals(signals: readonly TriageSignal[], ctx: ProposalContext): Proposal[] {
  const byId = new Map<string, Proposal>();
  const propose = (
    kind: ProposalKind,
    s: TriageSignal,
    scope: Proposal["scope"],
    before: Record<string, DiffValue>,
    after: Record<string, DiffValue>,
    major: boolean,
    message: string,
    exerciseId?: string,
  ) => {
    const id = `${kind}:${ctx.date}${exerciseId ? `:${exerciseId}` : ""}`;
    const r = reason(
      `proposal.${kind}.from.${s.kind}`,
      message,
      { signalId: s.id, ...s.evidence.inputs },
      s.evidence.thresholds,
    );
    const cur = byId.get(id);
    if (cur) {
      cur.reasons.push(r);
      cur.signalIds.push(s.id);
      if (rank(s.level) > rank(cur.level)) cur.level = s.level;
      return;
    }
    const p: Proposal = {
      id,
      kind,
      date: ctx.date,
      scope,
      diff: { before, after },
      reasons: [r],
      level: s.level,
      major,
      signalIds: [s.id],
    };
    if (exerciseId) p.exerciseId = exerciseId;
    byId.set(id, p);
  };
  const sets = ctx.weeklySets ?? null;
  const cutSets = sets === null ? null : Math.round(sets * (1 - VOLUME_CUT));
  const volumeCut = (s: TriageSignal, why: string) =>
    propose(
      "volume_change",
      s,
      "this_week",
      { weeklySets: sets, volumeChangePct: 0 },
      { weeklySets: cutSets, volumeChangePct: -100 * VOLUME_CUT },
      100 * VOLUME_CUT > MAJOR_CHANGE_RULES.volumeChangePct,
      why,
    );
  const deload = (s: TriageSignal, why: string) =>
    propose(
      "deload",
      s,
      "this_week",
      { weeklySets: sets, intensityPct: 100 },
      { weeklySets: sets === null ? null : Math.round(sets * DELOAD_SETS), intensityPct: DELOAD_INTENSITY_PCT },
      true,
      why,
    );
  const easyDay = (s: TriageSignal, why: string) =>
    propose("session_swap", s, "today", { session: "as planned" }, { session: "easy session or rest" }, false, why);
  const hold = (s: TriageSignal, why: string, exerciseId?: string) =>
    propose(
      "load_hold",
      s,
      exerciseId ? "exercise" : "next_session",
      { loadProgression: "as planned" },
      { loadProgression: "hold current loads" },
      false,
      why,
      exerciseId,
    );

  for (const s of signals) {
    switch (s.kind) {
      case "low_readiness":
        if (s.level === "green") hold(s, "Readiness is low today, so loads hold instead of increasing.");
        else easyDay(s, "Readiness is very low today; an easy session or rest may serve better.");
        break;
      case "readiness_streak":
        deload(s, "Readiness has been low for several days; a lighter week may help recovery.");
        break;
      case "staleness":
        deload(s, "Hooper items have stayed poor for over a week; a deload may help.");
        break;
      case "sleep_and_hrv":
        easyDay(s, "Short sleep with HRV below the normal band; swap today's hard work for easy work.");
        break;
      case "missed_sessions":
        if (s.evidence.inputs.fatigueHigh === true)
          volumeCut(s, "After missed sessions with high fatigue, return with about 20% less volume.");
        hold(s, "After missed sessions, resume at current loads instead of progressing.");
        break;
      case "load_spike":
        // A high ratio alone is a yellow caution for the coach, not a reason to cut volume.
        if (s.ruleId === "load.spike_with_fatigue")
          volumeCut(s, "Load rose quickly while fatigue is high; trim volume about 20% this week.");
        break;
      case "persistent_soreness":
        volumeCut(s, "Soreness has stayed high; trim volume about 20% this week.");
        break;
      case "performance_drop": {
        const ex = typeof s.evidence.inputs.exerciseId === "string" ? s.evidence.inputs.exerciseId : undefined;
        hold(s, "Estimated 1RM dropped at comparable effort; hold loads on this lift.", ex);
        break;
      }
      case "pain_after_new_exercise": {
        const ex = String(s.evidence.inputs.exerciseId);
        const alt = ctx.substitutes?.[ex] ?? null;
        propose(
          "substitution",
          s,
          "exercise",
          { exerciseId: ex },
          { exerciseId: alt, note: alt ? `replace with ${alt}` : "coach to choose a replacement that spares the area" },
          false,
          `Pain began after ${ex} was introduced; substitute it and see whether the pain settles.`,
          ex,
        );
        break;
      }
      default:
        break;
    }
  }

  const holding = [...byId.values()].some((p) => p.kind !== "progression");
  const anyConcern = signals.some((s) => s.level !== "green");
  for (const p of progressionProposals(ctx.progressions ?? [], ctx.date, !holding && !anyConcern)) {
    if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function rank(l: TriageLevel): number {
  return l === "red" ? 2 : l === "yellow" ? 1 : 0;
}
