import { dayIndex } from "../core/dates.ts";
import type { RedFlagKind, SignalEvidence, TriageSignal } from "../model/triage-signal.ts";
import type { QuestionnaireRecord, SessionRecord } from "../monitoring/records.ts";
import type { CheckIn, RedFlagItems } from "../readiness/check-in.ts";
import { RED_FLAG_ITEM_KEYS } from "../readiness/check-in.ts";
import { RED_FLAG_POLICY, SELF_HARM_REFERRAL } from "./referral.ts";
import { positiveHits, screenText, TEXT_SCREEN_LIMITS } from "./text-screen.ts";

export const RED_FLAG_RULES = {
  /**
   * Pain at or above this (0-10) is severe: 7-10 is the "severe" band of the 0-10 numeric rating
   * scale (Serlin et al. Pain 1995;61:277-284).
   */
  severePain: 7,
  /** SCOFF ≥ 2 = likely eating disorder, refer for assessment (Morgan, Reid & Lacey, BMJ 1999;319:1467-1468). */
  scoffRefer: 2,
  /** Compulsive Exercise Test total ≥ 15 = clinical range (Meyer et al. J Eat Disord 2016;4:22). */
  cetClinical: 15,
  /**
   * How far back red flags are read: the whole monitoring window. A red stays until a coach resolves
   * it, so the server must pass `resolvedThrough` (the resolution date) rather than rely on age.
   */
  lookbackDays: 90,
} as const;

const ITEM_KIND: Record<keyof RedFlagItems, RedFlagKind> = {
  chestPain: "chest_pain",
  dizzinessOrFainting: "dizziness_fainting",
  neurologicalSymptoms: "neurological",
  sharpPain: "sharp_pain",
  disorderedEating: "disordered_eating",
  compulsiveExercise: "compulsive_exercise",
  emotionalDistress: "emotional_distress",
};

export type RedFlagInput = {
  checkIns: readonly CheckIn[];
  sessions?: readonly SessionRecord[];
  questionnaires?: readonly QuestionnaireRecord[];
};

export type RedFlagOptions = {
  /** ISO date of today. */
  date: string;
  /** The coach resolved reds through this ISO date; only later records raise new reds. */
  resolvedThrough?: string;
  lookbackDays?: number;
};

type Acc = {
  kind: RedFlagKind;
  source: TriageSignal["source"];
  dates: Set<string>;
  inputs: SignalEvidence["inputs"];
  quotes: string[];
  selfHarm: boolean;
  ruleIds: Set<string>;
};

/**
 * Red-flag signals (due time filled in by `evaluate`) from structured check-in items, pain ≥ 7/10
 * or described as sharp (check-ins and session logs), SCOFF ≥ 2 / CET ≥ 15, and the free-text screen
 * of check-in notes. One signal per kind, with every date and quote as evidence.
 */
export function redFlagSignals(input: RedFlagInput, opts: RedFlagOptions): Omit<TriageSignal, "dueAt">[] {
  const today = dayIndex(opts.date);
  const lookback = opts.lookbackDays ?? RED_FLAG_RULES.lookbackDays;
  const from = Math.max(
    today - lookback + 1,
    opts.resolvedThrough ? dayIndex(opts.resolvedThrough) + 1 : Number.NEGATIVE_INFINITY,
  );
  const acc = new Map<string, Acc>();
  const add = (kind: RedFlagKind, source: Acc["source"], date: string, ruleId: string) => {
    const key = `${kind}|${source}`;
    let a = acc.get(key);
    if (!a) {
      a = { kind, source, dates: new Set(), inputs: {}, quotes: [], selfHarm: false, ruleIds: new Set() };
      acc.set(key, a);
    }
    a.dates.add(date.slice(0, 10));
    a.ruleIds.add(ruleId);
    return a;
  };
  const inWindow = (date: string) => {
    const d = dayIndex(date);
    return d >= from && d <= today;
  };

  for (const c of input.checkIns) {
    if (!inWindow(c.date)) continue;
    if (c.redFlags) {
      for (const key of RED_FLAG_ITEM_KEYS) {
        if (c.redFlags[key] === true)
          add(ITEM_KIND[key], "structured", c.date, `redflag.${ITEM_KIND[key]}.item`).inputs[key] = true;
      }
    }
    for (const p of c.painReports ?? []) painFlags(add, c.date, p.region, p.severity, p.sharp === true, null);
    if (c.note) {
      for (const h of positiveHits(screenText(c.note))) {
        const a = add(h.kind, "free_text", c.date, `redflag.${h.kind}.text`);
        a.quotes.push(`"${h.phrase}" in: ${h.clause}`);
        // The coach sees what kind of evidence this is: a keyword match, not an assessment.
        a.inputs.textScreen = TEXT_SCREEN_LIMITS.summary;
        if (h.selfHarm) a.selfHarm = true;
      }
    }
  }
  for (const s of input.sessions ?? []) {
    if (!s.exercises || !inWindow(s.date)) continue;
    for (const e of s.exercises) {
      for (const p of e.pain ?? []) painFlags(add, s.date, p.region, p.severity, p.sharp === true, e.exerciseId);
    }
  }
  for (const q of input.questionnaires ?? []) {
    if (!inWindow(q.date)) continue;
    if (q.scoff !== undefined && q.scoff >= RED_FLAG_RULES.scoffRefer) {
      const a = add("disordered_eating", "questionnaire", q.date, "redflag.disordered_eating.scoff");
      a.inputs.scoff = q.scoff;
    }
    if (q.cet !== undefined && q.cet >= RED_FLAG_RULES.cetClinical) {
      const a = add("compulsive_exercise", "questionnaire", q.date, "redflag.compulsive_exercise.cet");
      a.inputs.cet = q.cet;
    }
  }

  const out: Omit<TriageSignal, "dueAt">[] = [];
  for (const a of acc.values()) {
    const policy = RED_FLAG_POLICY[a.kind];
    const dates = [...a.dates].sort();
    const referTo = a.selfHarm ? [SELF_HARM_REFERRAL, ...policy.referTo] : [...policy.referTo];
    const thresholds: Record<string, number> = {};
    if (a.kind === "severe_pain") thresholds.severePain = RED_FLAG_RULES.severePain;
    if (a.inputs.scoff !== undefined) thresholds.scoff = RED_FLAG_RULES.scoffRefer;
    if (a.inputs.cet !== undefined) thresholds.cet = RED_FLAG_RULES.cetClinical;
    const evidence: SignalEvidence = { inputs: a.inputs, dates };
    if (Object.keys(thresholds).length) evidence.thresholds = thresholds;
    if (a.quotes.length) evidence.quotes = a.quotes;
    out.push({
      id: `${a.kind}:${a.source}:${dates[dates.length - 1]}`,
      kind: a.kind,
      level: "red",
      ruleId: [...a.ruleIds].sort()[0]!,
      evidence,
      message: redMessage(a, dates),
      recommendedAction: policy.action,
      referTo,
      source: a.source,
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

function painFlags(
  add: (kind: RedFlagKind, source: Acc["source"], date: string, ruleId: string) => Acc,
  date: string,
  region: string,
  severity: number,
  sharp: boolean,
  exerciseId: string | null,
) {
  const where = exerciseId ? `${region}@${exerciseId}` : region;
  if (severity >= RED_FLAG_RULES.severePain) {
    const a = add("severe_pain", "structured", date, "redflag.severe_pain.rating");
    a.inputs[`painSeverity:${where}`] = Math.max(Number(a.inputs[`painSeverity:${where}`] ?? 0), severity);
  }
  if (sharp) add("sharp_pain", "structured", date, "redflag.sharp_pain.report").inputs[`sharp:${where}`] = true;
}

function redMessage(a: Acc, dates: string[]): string {
  const label = RED_FLAG_POLICY[a.kind].label;
  const when =
    dates.length === 1 ? `on ${dates[0]}` : `on ${dates.length} days (${dates[0]} to ${dates[dates.length - 1]})`;
  const how =
    a.source === "free_text"
      ? `A check-in note ${when} mentions what may be ${label}`
      : a.source === "questionnaire"
        ? `A screening questionnaire ${when} scored above its referral cut-off for ${label}`
        : `The client reported ${label} ${when}`;
  return `${how}. This may need professional attention and is worth checking with the client directly; Spotter does not diagnose. Automation is paused until a coach resolves it.`;
}
