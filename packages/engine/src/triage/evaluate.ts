import { addHours, type Instant } from "../core/dates.ts";
import {
  automationAllowed,
  levelRank,
  overallLevel,
  type ResponseHours,
  type TriageLevel,
  type TriageSignal,
} from "../model/triage-signal.ts";
import type { MonitoringSnapshot } from "../monitoring/snapshot.ts";
import { type RedFlagInput, redFlagSignals } from "./red-flags.ts";
import { monitoringSignals } from "./rules.ts";

export type TriageInput = RedFlagInput & {
  /** Monitoring metrics for the day (from `computeMonitoring`); omit to screen red flags only. */
  snapshot?: MonitoringSnapshot;
};

export type TriageOptions = {
  /** ISO date of the day being evaluated. */
  date: string;
  /** When the evaluation runs; due times count from here. */
  now: Instant;
  /** The client's tier promise: hours to respond to a yellow and to a red. */
  responseHours: ResponseHours;
  /** Coach resolved reds through this ISO date. */
  redFlagsResolvedThrough?: string;
};

export type TriageResult = {
  /** Highest level among the signals; green when there are none. */
  level: TriageLevel;
  automationAllowed: boolean;
  /** Reds first, then yellows, then greens; stable order within a level. */
  signals: TriageSignal[];
};

/**
 * Triage one client: red flags from check-ins, pain ratings, questionnaires and free text, plus the
 * monitoring rules. Due time = now + the tier's response hours for the signal's level (none for green).
 */
export function evaluate(input: TriageInput, opts: TriageOptions): TriageResult {
  const drafts = redFlagSignals(input, {
    date: opts.date,
    ...(opts.redFlagsResolvedThrough ? { resolvedThrough: opts.redFlagsResolvedThrough } : {}),
  });
  if (input.snapshot) drafts.push(...monitoringSignals(input.snapshot));
  const signals: TriageSignal[] = drafts.map((s) => ({ ...s, dueAt: dueAt(s.level, opts.now, opts.responseHours) }));
  signals.sort((a, b) => levelRank(b.level) - levelRank(a.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const level = overallLevel(signals);
  return { level, automationAllowed: automationAllowed(level), signals };
}

export function dueAt(level: TriageLevel, now: Instant, hours: ResponseHours): string | null {
  if (level === "green") return null;
  return addHours(now, level === "red" ? hours.red : hours.yellow);
}
