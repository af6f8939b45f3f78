import type { ProposalView, QueueItem } from "@spotter/contracts";

/** Words for the triage vocabulary (levels, kinds, statuses, diff keys). Pure: unit-tested. */

export type Level = "green" | "yellow" | "red";

export const LEVEL_LABEL: Record<Level, string> = { red: "Act now", yellow: "Needs review", green: "On track" };

/**
 * The client page's status light. The monitoring view evaluates on read, so a client monitoring has
 * never run for reads green with nothing behind it: that is "unknown" ("No data yet", as on the
 * roster). A yellow or red always shows, computed or not (an open flag raises it before any pass).
 */
export function statusLightLevel(level: Level, lastComputedAt: string | null): Level | "unknown" {
  return level === "green" && lastComputedAt === null ? "unknown" : level;
}

const KIND_LABEL: Record<string, string> = {
  chest_pain: "Chest pain",
  dizziness_fainting: "Dizziness or fainting",
  neurological: "Neurological symptoms",
  severe_pain: "Severe pain",
  sharp_pain: "Sharp pain",
  disordered_eating: "Possible disordered eating",
  compulsive_exercise: "Possible compulsive exercise",
  emotional_distress: "Emotional distress",
  low_readiness: "Low readiness",
  readiness_streak: "Low readiness streak",
  sleep_and_hrv: "Short sleep and low HRV",
  short_sleep: "Short sleep",
  hrv_below_baseline: "HRV below normal",
  missed_sessions: "Missed sessions",
  load_spike: "Load spike",
  persistent_soreness: "Persistent soreness",
  staleness: "Staleness pattern",
  performance_drop: "Performance drop",
  pain_after_new_exercise: "Pain after a new exercise",
  repeated_pain: "Repeated pain",
  rapid_weight_loss: "Rapid weight loss",
  deload: "Deload",
  load_hold: "Hold loads",
  volume_change: "Volume change",
  substitution: "Exercise substitution",
  session_swap: "Session swap",
  progression: "Progression (next load)",
};

/** A readable name for a flag or proposal kind; unknown ids fall back to "Words like this". */
export function kindLabel(kind: string): string {
  const k = KIND_LABEL[kind];
  if (k) return k;
  const s = kind.replace(/[_.-]+/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const DIFF_KEY_LABEL: Record<string, string> = {
  loadKg: "Load (kg)",
  weeklySets: "Hard sets this week",
  volumeChangePct: "Volume change (%)",
  intensityPct: "Intensity (% of planned)",
  loadProgression: "Load progression",
  prescription: "Lift",
  decision: "Decision",
  session: "Session",
  exerciseId: "Exercise",
  note: "Note",
};

export function diffKeyLabel(key: string): string {
  return DIFF_KEY_LABEL[key] ?? kindLabel(key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase());
}

export type DiffValue = string | number | boolean | null;
export type DiffRow = { key: string; label: string; before: DiffValue; after: DiffValue; changed: boolean };

function asRecord(v: unknown): Record<string, DiffValue> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, DiffValue>) : {};
}

/** One row per key in before ∪ after (before's order first), marking the values that change. */
export function diffRows(diff: unknown): DiffRow[] {
  const d = asRecord(diff) as unknown as { before?: unknown; after?: unknown };
  const before = asRecord(d.before);
  const after = asRecord(d.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.map((key) => {
    const b = key in before ? (before[key] ?? null) : null;
    const a = key in after ? (after[key] ?? null) : null;
    return { key, label: diffKeyLabel(key), before: b, after: a, changed: b !== a };
  });
}

/** A diff value for people: null reads "not known", numbers keep their sign where it matters. */
export function formatValue(v: DiffValue, key = ""): string {
  if (v === null) return "not known";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") {
    const n = Number.isInteger(v) ? String(v) : v.toFixed(1);
    return key.endsWith("ChangePct") && v > 0 ? `+${n}` : n;
  }
  return v;
}

/** "Hold loads: as planned → hold current loads" for the changed rows of a diff. */
export function diffSummary(diff: unknown): string {
  return diffRows(diff)
    .filter((r) => r.changed)
    .map((r) => `${r.label}: ${formatValue(r.before, r.key)} → ${formatValue(r.after, r.key)}`)
    .join("; ");
}

/** "due in 3 h", "overdue by 25 min", relative to the server's `now` (no client clock skew). */
export function dueText(dueAt: string | null, now: string): string {
  if (!dueAt) return "no deadline";
  const ms = Date.parse(dueAt) - Date.parse(now);
  const span = humanSpan(Math.abs(ms));
  return ms < 0 ? `Overdue by ${span}` : `due in ${span}`;
}

function humanSpan(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${Math.max(1, min)} min`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} days`;
}

type Scalar = string | number | boolean | null;

/** Evidence as short "key value" phrases: flag inputs and dates, or a proposal's diff. */
export function evidenceSummary(item: Pick<QueueItem, "type" | "evidence" | "diff">): string {
  if (item.type === "proposal") return diffSummary(item.diff);
  const ev = item.evidence as { inputs?: Record<string, Scalar>; dates?: string[]; quotes?: string[] };
  const parts = Object.entries(ev.inputs ?? {})
    .filter(([, v]) => v !== null && v !== false)
    .map(([k, v]) => (v === true ? diffKeyLabel(k) : `${diffKeyLabel(k)} ${formatValue(v, k)}`));
  if (ev.quotes?.length) parts.push(`“${ev.quotes.join("”, “")}”`);
  const dates = ev.dates ?? [];
  if (dates.length === 1) parts.push(`on ${dates[0]}`);
  else if (dates.length > 1) parts.push(`${dates.length} days, ${dates[0]} to ${dates[dates.length - 1]}`);
  return parts.join(" · ");
}

export type ProposalOrigin = "automated" | "coach" | "waiting" | "client" | "other";

/** Who made a proposal stick, in the words the client and coach see. */
export function proposalOrigin(p: Pick<ProposalView, "status" | "decidedBy">): ProposalOrigin {
  if (p.status === "auto_applied" || p.decidedBy === "automation") return "automated";
  if (p.status === "pending_review" || p.status === "blocked" || p.status === "proposed") return "waiting";
  if (p.decidedBy === "client") return "client";
  if (p.decidedBy === "coach") return "coach";
  return "other";
}

const STATUS_LABEL: Record<ProposalView["status"], string> = {
  proposed: "Proposed",
  auto_applied: "Applied automatically",
  pending_review: "Waiting for review",
  blocked: "Held: red flag open",
  approved: "Approved by coach",
  edited: "Edited and approved by coach",
  rejected: "Rejected by coach",
  undone: "Undone",
};

export function statusLabel(status: ProposalView["status"]): string {
  return STATUS_LABEL[status] ?? kindLabel(status);
}

/** Proposals a coach can still decide on. */
export function isDecidable(status: ProposalView["status"]): boolean {
  return status === "pending_review" || status === "blocked" || status === "auto_applied" || status === "proposed";
}

/** The first name for message templates ("Robin Client" → "Robin"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Fills `{name}` in a message template. */
export function fillTemplate(text: string, clientName: string): string {
  return text.replaceAll("{name}", firstName(clientName));
}
