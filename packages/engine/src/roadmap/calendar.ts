import { dayIndex, isoFromDay } from "../core/dates.ts";
import { WEEKDAYS, type Weekday } from "../model/index.ts";
import { roadmapPosition } from "./position.ts";
import type { BlockKind, Roadmap } from "./types.ts";

/** The weekdays a client trains on when they named too few: spread so hard days are not back to back. */
export const DEFAULT_TRAINING_DAYS: Readonly<Record<number, readonly Weekday[]>> = {
  1: ["wed"],
  2: ["mon", "thu"],
  3: ["mon", "wed", "fri"],
  4: ["mon", "tue", "thu", "fri"],
  5: ["mon", "tue", "wed", "fri", "sat"],
  6: ["mon", "tue", "wed", "thu", "fri", "sat"],
  7: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
};

/**
 * The weekdays of a client's schedule, Monday first: their preferred days (as many as they train
 * per week), filled from the default spread when they named fewer.
 */
export function trainingWeekdays(schedule: { daysPerWeek: number; preferredDays: readonly Weekday[] }): Weekday[] {
  const n = Math.min(7, Math.max(1, Math.round(schedule.daysPerWeek)));
  const chosen = new Set<Weekday>(WEEKDAYS.filter((d) => schedule.preferredDays.includes(d)).slice(0, n));
  for (const d of DEFAULT_TRAINING_DAYS[n] ?? []) if (chosen.size < n) chosen.add(d);
  for (const d of WEEKDAYS) if (chosen.size < n) chosen.add(d);
  return WEEKDAYS.filter((d) => chosen.has(d));
}

/** Monday = 0 … Sunday = 6 of a day number (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** One training day the calendar plans: its date, block and the method day it trains. */
export type PlannedDay = {
  date: string;
  weekday: Weekday;
  blockIndex: number;
  blockKind: BlockKind;
  weekInBlock: number;
  /** 0-based index into the block's split. */
  dayIndex: number;
  splitDays: number;
  label: string;
};

/**
 * The planned day on `date`, or null when the client does not train that weekday or the date is
 * before the roadmap starts. The method's days follow each other in order through the training
 * dates of a block, starting again at day 1 with each block (so a 4-day method on 4 weekdays
 * trains day 1-4 every week, and a 4-day method on 3 weekdays rotates across weeks). Past the
 * roadmap's end the last block continues, as generation does.
 */
export function plannedDayOn(
  roadmap: Roadmap,
  schedule: { daysPerWeek: number; preferredDays: readonly Weekday[] },
  date: string,
): PlannedDay | null {
  const day = dayIndex(date);
  if (day < dayIndex(roadmap.startDate)) return null;
  const weekdays = trainingWeekdays(schedule);
  const weekday = WEEKDAYS[weekdayOf(day)]!;
  if (!weekdays.includes(weekday)) return null;
  const position = roadmapPosition(roadmap, date);
  const block = roadmap.blocks[position.blockIndex]!;
  const trains = new Set(weekdays.map((d) => WEEKDAYS.indexOf(d)));
  let before = 0;
  for (let d = dayIndex(block.startDate); d < day; d++) if (trains.has(weekdayOf(d))) before++;
  const index = before % block.split.length;
  return {
    date,
    weekday,
    blockIndex: position.blockIndex,
    blockKind: block.kind,
    weekInBlock: position.weekInBlock,
    dayIndex: index,
    splitDays: block.split.length,
    label: block.split[index]!.label,
  };
}

/** Every planned day from `from` to `to` (inclusive ISO dates), oldest first. */
export function plannedDays(
  roadmap: Roadmap,
  schedule: { daysPerWeek: number; preferredDays: readonly Weekday[] },
  from: string,
  to: string,
): PlannedDay[] {
  const out: PlannedDay[] = [];
  for (let d = dayIndex(from); d <= dayIndex(to); d++) {
    const p = plannedDayOn(roadmap, schedule, isoFromDay(d));
    if (p) out.push(p);
  }
  return out;
}
