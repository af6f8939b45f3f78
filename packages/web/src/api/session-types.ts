/**
 * The session shapes the web app renders. The engine and its contracts define the wire format;
 * `normalizeSession` maps what the server sends into these so small wire differences (a load as a
 * number or `{kg}`, cues as a list or grouped) do not break the pages.
 */

export type Reason = {
  ruleId: string;
  message: string;
  inputs?: Record<string, unknown>;
  thresholds?: Record<string, unknown>;
};

export type Alternative = { exerciseId: string; name: string; reason?: string };

export type PlanItem = {
  id: string;
  exerciseId: string;
  name: string;
  sets: number;
  reps?: number;
  /** The last set goes for as many reps as possible (reps is the minimum). */
  amrap?: boolean;
  seconds?: number;
  /** Kilograms, always: convert at display. */
  loadKg?: number;
  effort?: string;
  restSeconds?: number;
  tempo?: string;
  cues: string[];
  reasons: Reason[];
  alternatives: Alternative[];
};

export const PLAN_SECTIONS = ["warmup", "main", "finisher", "cooldown"] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const SECTION_LABEL: Record<PlanSection, string> = {
  warmup: "Warm-up",
  main: "Main work",
  finisher: "Finisher",
  cooldown: "Cool-down",
};

export type SessionStatus = "draft" | "published" | "logged";

export type LoggedSet = {
  itemId: string;
  setIndex: number;
  load: number;
  reps: number;
  rpe?: number;
  rir?: number;
  completed: boolean;
};

export type SessionLog = {
  sets: LoggedSet[];
  pain: { exerciseId: string; region: string; severity: number }[];
  sessionRpe?: number;
  feel?: number;
  notes?: string;
  loggedAt?: string;
};

export type Session = {
  id: string;
  clientId: string;
  clientName?: string;
  status: SessionStatus;
  date: string;
  /** The unit the plan's loads are written in on the wire (edits must send loads in it). */
  unit: "kg" | "lb";
  editedByCoach: boolean;
  plan: Record<PlanSection, PlanItem[]> & { estimatedMinutes?: number; reasons: Reason[] };
  log?: SessionLog;
};

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function normalizeReasons(v: unknown): Reason[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObj).map((r) => ({
    ruleId: str(r.ruleId) ?? "unknown",
    message: str(r.message) ?? "",
    inputs: isObj(r.inputs) ? r.inputs : undefined,
    thresholds: isObj(r.thresholds) ? r.thresholds : undefined,
  }));
}

function normalizeCues(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((c): c is string => typeof c === "string");
  if (isObj(v)) return Object.values(v).flatMap(normalizeCues);
  return typeof v === "string" ? [v] : [];
}

/** Engine items carry `load` in their `unit` (kg or lb plates); the app holds kg. */
function normalizeLoad(item: Raw, planUnit: string | undefined): number | undefined {
  if (num(item.loadKg) !== undefined) return num(item.loadKg);
  const unit = str(item.unit) ?? planUnit ?? "kg";
  const raw = num(item.load) ?? (isObj(item.load) ? (num(item.load.kg) ?? num(item.load.value)) : undefined);
  if (raw === undefined) return undefined;
  return unit === "lb" ? raw * LB : raw;
}
const LB = 0.45359237;

function normalizeEffort(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return `RPE ${v}`;
  if (isObj(v)) {
    if (str(v.scale) && num(v.value) !== undefined) {
      const val = num(v.value);
      return v.scale === "rir" ? `${val} RIR` : v.scale === "percent_1rm" ? `${val}% 1RM` : `RPE ${val}`;
    }
    if (num(v.rpe) !== undefined) return `RPE ${v.rpe}`;
    if (num(v.rir) !== undefined) return `${v.rir} RIR`;
    if (num(v.percent1RM) !== undefined) return `${v.percent1RM}% 1RM`;
    if (num(v.value) !== undefined && str(v.scale)) return `${String(v.scale).toUpperCase()} ${v.value}`;
  }
  return undefined;
}

function normalizeAlternative(a: unknown): Alternative | undefined {
  if (typeof a === "string") return { exerciseId: a, name: humanize(a) };
  if (!isObj(a)) return undefined;
  const id = str(a.exerciseId) ?? str(a.id) ?? "";
  return { exerciseId: id, name: str(a.name) ?? humanize(id), reason: str(a.reason) ?? str(a.message) };
}

/** `goblet-squat` → `Goblet squat`, for ids the server sends without a name. */
export function humanize(id: string): string {
  const s = id.replace(/^org:/, "").replace(/[-_]+/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function normalizeItem(v: unknown, fallbackId: string, planUnit: string | undefined): PlanItem | undefined {
  if (!isObj(v)) return undefined;
  const exerciseId = str(v.exerciseId) ?? "";
  return {
    id: str(v.id) ?? str(v.itemId) ?? fallbackId,
    exerciseId,
    name: str(v.name) ?? humanize(exerciseId),
    sets: num(v.sets) ?? 1,
    reps: num(v.reps),
    ...(v.amrap === true ? { amrap: true } : {}),
    seconds: num(v.seconds),
    loadKg: normalizeLoad(v, planUnit),
    effort: normalizeEffort(v.effort),
    restSeconds: num(v.restSeconds) ?? num(v.rest),
    // "0-0-0-0" is how the catalog marks holds and drills with no tempo to follow.
    tempo: str(v.tempo) === "0-0-0-0" ? undefined : str(v.tempo),
    cues: normalizeCues(v.cues),
    reasons: normalizeReasons(v.reasons),
    alternatives: Array.isArray(v.alternatives)
      ? v.alternatives.map(normalizeAlternative).filter((a): a is Alternative => a !== undefined && a.exerciseId !== "")
      : [],
  };
}

const roundOpt = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));

/** Accepts the server's session (or `{session}`) and returns the shape the pages use. */
export function normalizeSession(raw: unknown): Session {
  const s = isObj(raw) && isObj(raw.session) ? raw.session : isObj(raw) ? raw : {};
  // The engine's Session is flat (warmup, main, ... at top level); a stored one may nest it under `plan`.
  const plan = isObj(s.plan) ? s.plan : s;
  const planUnit = str(plan.unit) ?? str(s.unit);
  const sections = Object.fromEntries(
    PLAN_SECTIONS.map((sec) => [
      sec,
      (Array.isArray(plan[sec]) ? plan[sec] : [])
        .map((it: unknown, i: number) => normalizeItem(it, `${sec}-${i}`, planUnit))
        .filter((x: PlanItem | undefined): x is PlanItem => x !== undefined),
    ]),
  ) as Record<PlanSection, PlanItem[]>;
  return {
    id: str(s.id) ?? "",
    clientId: str(s.clientId) ?? "",
    clientName: str(s.clientName),
    status: (str(s.status) as SessionStatus) ?? "draft",
    date: str(s.date) ?? "",
    unit: planUnit === "lb" ? "lb" : "kg",
    editedByCoach: s.editedByCoach === true,
    plan: {
      ...sections,
      estimatedMinutes: roundOpt(num(plan.estimatedMinutes)),
      reasons: normalizeReasons(plan.reasons),
    },
    log: isObj(s.log) ? (s.log as unknown as SessionLog) : undefined,
  };
}

export function allItems(s: Session): PlanItem[] {
  return PLAN_SECTIONS.flatMap((sec) => s.plan[sec]);
}

/** "3 × 8" / "3 × 30 s" for display. */
export function prescription(item: PlanItem): string {
  if (item.seconds !== undefined) return `${item.sets} × ${item.seconds} s`;
  return `${item.sets} × ${item.reps ?? "?"}${item.amrap ? "+" : ""}`;
}
