/**
 * The vocabulary of a training plan that methods, roadmaps, progression and proposals all speak:
 * block kinds, slot roles and progression rules. It lives below all of them so none has to import
 * another for a word.
 */

export const BLOCK_KINDS = ["accumulation", "intensification", "realization", "deload", "taper"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const SLOT_ROLES = ["main", "secondary", "accessory"] as const;
export type SlotRole = (typeof SLOT_ROLES)[number];

/**
 * How loads move from one exposure to the next. Serialisable data (a discriminated union), so a
 * coach can edit it and the server can store it; progression/ interprets each kind.
 */
export type ProgressionRule =
  /** Add `incrementKg` after a fully completed exposure; after `failureLimit` stalls drop `resetPct` %. */
  | { kind: "linear"; incrementKg: number; failureLimit: number; resetPct: number }
  /** Add reps within `repRange`; when every set reaches the top, add `incrementPct` % and go back to the bottom. */
  | { kind: "double"; repRange: [number, number]; incrementPct: number }
  /** Load from e1RM through the RTS chart for `reps` at `targetRpe`. */
  | { kind: "rpe"; reps: number; targetRpe: number }
  /** %1RM of a training max (90% of e1RM), one wave step per week. */
  | { kind: "percent_wave"; trainingMaxPct: number; waves: { pct: number; reps: number }[] }
  /** Adjust load by mean concentric velocity against `targetVelocity` (m/s). */
  | { kind: "velocity"; reps: number; targetVelocity: number };
export type ProgressionKind = ProgressionRule["kind"];

/** The sections of a session, in the order the client does them. */
export const SESSION_SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;
export type SessionSection = (typeof SESSION_SECTIONS)[number];
