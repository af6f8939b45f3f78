import type { Catalog } from "../catalog/index.ts";
import { dayNumber } from "../core/dates.ts";
import type { SessionLog } from "../logging/index.ts";
import { deriveProgressionStates, type ProgressionStates } from "../logging/index.ts";
import type { ClientProfile, MovementPattern } from "../model/index.ts";
import type { ActivePain } from "./pain-rules.ts";
import { LOGGED_PAIN_DAYS, VARIETY_WINDOW_SESSIONS } from "./select.ts";
import type { TodayParams } from "./types.ts";

/** Pain logged in the last this-many days also restricts its region (not only its exercise). */
export const LOG_PAIN_REGION_DAYS = 7;

export type HistoryFacts = {
  states: ProgressionStates;
  painLogged: Map<string, { region: string; severity: number; date: string }>;
  recentIds: Set<string>;
  /** Past logs dated up to today, oldest first. */
  past: SessionLog[];
  /** Pattern → exposures in the last 7 days. */
  weekCount: Map<MovementPattern, number>;
  logPains: ActivePain[];
};

/**
 * Reads what session generation needs from the history (only logs dated up to today); progression
 * states continue from `priorStates` (the logs before the history) when given.
 */
export function historyFacts(
  history: readonly SessionLog[],
  catalog: Catalog,
  today: number,
  priorStates?: Readonly<ProgressionStates>,
): HistoryFacts {
  const dated = history.map((log) => ({ log, day: dayNumber(log.date) })).filter((x) => x.day <= today);
  if (!dated.every((x, i) => i === 0 || dated[i - 1]!.day <= x.day)) dated.sort((a, b) => a.day - b.day);
  const past = dated.map((x) => x.log);
  const states = deriveProgressionStates(past, priorStates);
  const painLogged = new Map<string, { region: string; severity: number; date: string }>();
  for (const s of Object.values(states)) {
    if (s.lastPain && today - dayNumber(s.lastPain.date) <= LOGGED_PAIN_DAYS) painLogged.set(s.exerciseId, s.lastPain);
  }
  const recentIds = new Set(past.slice(-VARIETY_WINDOW_SESSIONS).flatMap((l) => l.exercises.map((e) => e.exerciseId)));
  const weekCount = new Map<MovementPattern, number>();
  const logPains: ActivePain[] = [];
  for (const { log, day } of dated) {
    for (const ex of log.exercises) {
      const pattern = catalog.get(ex.exerciseId)?.pattern;
      if (pattern && today - day < 7) weekCount.set(pattern, (weekCount.get(pattern) ?? 0) + 1);
      if (ex.pain && ex.pain.severity > 0 && today - day <= LOG_PAIN_REGION_DAYS) {
        logPains.push({
          region: ex.pain.region,
          severity: ex.pain.severity,
          aggravating: [],
          source: "log",
          date: log.date,
        });
      }
    }
  }
  return { states, painLogged, recentIds, past, weekCount, logPains };
}

/** Active pains: the profile's active injuries, today's new flags and recently logged pain. */
export function activePains(
  client: ClientProfile,
  today: TodayParams,
  facts: HistoryFacts,
  todayIso: string,
): ActivePain[] {
  return [
    ...client.injuries
      .filter((i) => i.status === "active")
      .map((i) => ({
        region: i.region,
        severity: i.severity,
        aggravating: i.aggravatingMovements,
        source: "injury" as const,
        ...(i.since ? { date: i.since } : {}),
      })),
    ...today.newPain.map((p) => ({
      region: p.region,
      severity: p.severity,
      aggravating: [],
      source: "today" as const,
      date: todayIso,
    })),
    ...facts.logPains,
  ];
}
