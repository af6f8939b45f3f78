import { dayIndex, isoFromDay } from "../core/dates.ts";
import type { BodyRegion } from "../model/vocabulary.ts";
import type { CheckIn } from "../readiness/check-in.ts";
import type { FirstExposure, SessionRecord } from "./records.ts";

export type PainEvent = {
  day: number;
  date: string;
  region: BodyRegion;
  severity: number;
  sharp: boolean;
  /** Set when the client attributed the pain to an exercise in a session log. */
  exerciseId?: string;
};

export const PAIN_RULES = {
  /**
   * Pain ≥ 2/10 counts as a report for repetition: 0-2 is the "safe" zone of the pain-monitoring model
   * (Thomeé, Phys Ther 1997;77:1690-1703). Three days in two weeks is an engine convention.
   */
  minSeverity: 2,
  repeatWindowDays: 14,
  repeatMinDays: 3,
  /** An exercise is "newly introduced" when first done within this many days. */
  newExerciseDays: 28,
  /** The region must have been pain-free this many days before the first exposure. */
  painFreeBeforeDays: 14,
  /** Check-in pain this many days after a session with the new exercise is linked to it. */
  linkDays: 2,
} as const;

/** All pain reports from check-ins and session logs since `fromDay`, in no particular order. */
export function collectPainEvents(
  checkIns: readonly CheckIn[],
  sessions: readonly SessionRecord[],
  fromDay: number,
  today: number,
): PainEvent[] {
  const out: PainEvent[] = [];
  for (const c of checkIns) {
    if (!c.painReports?.length) continue;
    const day = dayIndex(c.date);
    if (day < fromDay || day > today) continue;
    for (const p of c.painReports) {
      out.push({ day, date: c.date.slice(0, 10), region: p.region, severity: p.severity, sharp: p.sharp === true });
    }
  }
  for (const s of sessions) {
    if (!s.exercises) continue;
    let day = -1;
    for (const e of s.exercises) {
      if (!e.pain?.length) continue;
      if (day < 0) day = dayIndex(s.date);
      if (day < fromDay || day > today) break;
      for (const p of e.pain) {
        out.push({
          day,
          date: s.date.slice(0, 10),
          region: p.region,
          severity: p.severity,
          sharp: p.sharp === true,
          exerciseId: e.exerciseId,
        });
      }
    }
  }
  return out;
}

export type RepeatedPain = { region: BodyRegion; dates: string[]; maxSeverity: number };

/** Regions with pain ≥ 2/10 on ≥ 3 distinct days in the last 14 days (engine heuristic). */
export function repeatedPain(events: readonly PainEvent[], today: number): RepeatedPain[] {
  const byRegion = new Map<BodyRegion, { dates: Set<string>; max: number }>();
  for (const e of events) {
    if (e.severity < PAIN_RULES.minSeverity || today - e.day >= PAIN_RULES.repeatWindowDays) continue;
    let r = byRegion.get(e.region);
    if (!r) {
      r = { dates: new Set(), max: 0 };
      byRegion.set(e.region, r);
    }
    r.dates.add(e.date);
    if (e.severity > r.max) r.max = e.severity;
  }
  const out: RepeatedPain[] = [];
  for (const [region, r] of byRegion) {
    if (r.dates.size >= PAIN_RULES.repeatMinDays) out.push({ region, dates: [...r.dates].sort(), maxSeverity: r.max });
  }
  return out.sort((a, b) => (a.region < b.region ? -1 : 1));
}

export type PainAfterNewExercise = {
  exerciseId: string;
  firstExposure: string;
  region: BodyRegion;
  painDates: string[];
  maxSeverity: number;
  /** "attributed": the client named the exercise; "temporal": pain in a new region within 2 days. */
  link: "attributed" | "temporal";
};

/**
 * Pain that began after a newly introduced exercise: the exercise was first done within 28 days, the
 * region was pain-free in the 14 days before that, and pain followed — attributed to the exercise
 * in the log, or reported at check-in within 2 days after a session that included it. A link in
 * time is not a cause; the message says so. For an exercise without a first-exposure record, the first
 * log in the data counts only if the data reaches 28 days further back (otherwise it may not be new).
 */
export function painAfterNewExercise(
  events: readonly PainEvent[],
  sessions: readonly SessionRecord[],
  firstExposures: readonly FirstExposure[] | undefined,
  today: number,
  dataStartDay: number,
): PainAfterNewExercise[] {
  const explicit = new Map<string, number>();
  for (const f of firstExposures ?? []) explicit.set(f.exerciseId, dayIndex(f.date));
  // First day seen in the data, and the days each exercise was done recently (for temporal links).
  const seen = new Map<string, number>();
  const doneOn = new Map<string, number[]>();
  for (const s of sessions) {
    if (!s.completed || !s.exercises) continue;
    const day = dayIndex(s.date);
    const recent = today - day <= PAIN_RULES.newExerciseDays + PAIN_RULES.painFreeBeforeDays;
    for (const e of s.exercises) {
      if ((seen.get(e.exerciseId) ?? day + 1) > day) seen.set(e.exerciseId, day);
      if (!recent) continue;
      let list = doneOn.get(e.exerciseId);
      if (!list) {
        list = [];
        doneOn.set(e.exerciseId, list);
      }
      list.push(day);
    }
  }
  const out: PainAfterNewExercise[] = [];
  for (const [exerciseId, days] of doneOn) {
    // A recorded first exposure wins; otherwise the first log counts only when the data reaches
    // 28 days further back (an exercise first seen at the edge of the data may not be new).
    const known = explicit.get(exerciseId);
    const f = known ?? seen.get(exerciseId)!;
    if (today - f >= PAIN_RULES.newExerciseDays) continue;
    if (known === undefined && f - dataStartDay < PAIN_RULES.newExerciseDays) continue;
    const found = new Map<BodyRegion, PainAfterNewExercise>();
    for (const e of events) {
      if (e.day < f || e.severity < PAIN_RULES.minSeverity) continue;
      let link: PainAfterNewExercise["link"] | null = null;
      if (e.exerciseId === exerciseId) link = "attributed";
      else if (e.exerciseId === undefined && days.some((d) => e.day >= d && e.day - d <= PAIN_RULES.linkDays)) {
        link = "temporal";
      }
      if (!link) continue;
      const hadBefore = events.some(
        (p) =>
          p.region === e.region &&
          p.day < f &&
          f - p.day <= PAIN_RULES.painFreeBeforeDays &&
          p.severity >= PAIN_RULES.minSeverity,
      );
      if (hadBefore) continue;
      const cur = found.get(e.region);
      if (!cur) {
        found.set(e.region, {
          exerciseId,
          firstExposure: isoFromDay(f),
          region: e.region,
          painDates: [e.date],
          maxSeverity: e.severity,
          link,
        });
      } else {
        if (!cur.painDates.includes(e.date)) cur.painDates.push(e.date);
        cur.maxSeverity = Math.max(cur.maxSeverity, e.severity);
        if (link === "attributed") cur.link = "attributed";
      }
    }
    for (const v of found.values()) {
      v.painDates.sort();
      out.push(v);
    }
  }
  return out.sort((a, b) => (a.exerciseId + a.region < b.exerciseId + b.region ? -1 : 1));
}
