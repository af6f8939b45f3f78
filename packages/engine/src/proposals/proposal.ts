import type { Reason } from "../core/reasons.ts";
import type { TriageLevel } from "../model/triage-signal.ts";

export const PROPOSAL_KINDS = [
  "deload",
  "load_hold",
  "volume_change",
  "substitution",
  "session_swap",
  "progression",
  "nutrition_target",
] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export type DiffValue = string | number | boolean | null;

/** A proposed change to a client's plan: what it touches, before → after, and why. */
export type Proposal = {
  /** Deterministic: kind, date and subject; the same pass proposes the same ids. */
  id: string;
  kind: ProposalKind;
  /** ISO date the proposal was made for. */
  date: string;
  scope: "next_session" | "today" | "this_week" | "exercise";
  /** Exercise the change is about, when it is about one. */
  exerciseId?: string;
  diff: { before: Record<string, DiffValue>; after: Record<string, DiffValue> };
  reasons: Reason[];
  /** The level of the signal(s) behind it; progressions are green. */
  level: TriageLevel;
  /** Major changes need coach sign-off in every tier (DESIGN safety invariant). */
  major: boolean;
  /** Ids of the triage signals that produced it. */
  signalIds: string[];
};

/**
 * What makes a change major (engine convention): a deload or any change of weekly volume by more than
 * 20%, or an automated load increase above 10% for one exercise.
 */
export const MAJOR_CHANGE_RULES = { volumeChangePct: 20, loadIncreasePct: 10 } as const;
