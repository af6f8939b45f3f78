import type { Catalog } from "../catalog/index.ts";
import type { SessionLog } from "../logging/index.ts";
import type { MovementPattern } from "../model/index.ts";
import type { Slot, SplitDay } from "../roadmap/index.ts";

/** Warm-up and mobility drills never say which day was trained: the main work does. */
const NOT_MAIN_WORK: ReadonlySet<MovementPattern> = new Set(["warmup", "mobility"]);
/** How much a matched slot counts when recognising the day a log trained. */
const ROLE_WEIGHT = { main: 4, secondary: 2, accessory: 1 } as const;
const FIRST_LIFT_BONUS = 3;

/**
 * Rotation reads at most this many of the latest logs (about four months at four sessions a week,
 * several blocks): which day comes next and which exercise each slot kept are recent facts, and
 * matching every log of years of history against every day on each draft is wasted work.
 */
export const ROTATION_LOOKBACK = 64;

/** What a past log trained: the split day it matches and which exercise filled each slot. */
export type TrainedDay = { date: string; dayIndex: number; slotExercise: (string | undefined)[] };

const fits = (slot: Slot, exerciseId: string, pattern: MovementPattern | undefined) =>
  slot.exerciseIds?.includes(exerciseId) || (pattern !== undefined && slot.pattern === pattern);

/**
 * Assigns a log's exercises to one day's slots in order: each slot takes the first unassigned
 * logged exercise it names, else the first of its pattern. Returns the weighted match score.
 */
function matchDay(day: SplitDay, work: { id: string; pattern?: MovementPattern }[]) {
  const used = new Set<number>();
  let score = 0;
  const slotExercise = day.slots.map((slot) => {
    let k = work.findIndex((w, i) => !used.has(i) && slot.exerciseIds?.includes(w.id));
    if (k < 0) k = work.findIndex((w, i) => !used.has(i) && fits(slot, w.id, w.pattern));
    if (k < 0) return undefined;
    used.add(k);
    // A named exercise is stronger evidence than a shared pattern; and a log lists its main lift
    // first, so the day whose main slot took the first lift wins a tie (Lower 1 squat + hinge vs
    // Lower 2 hinge + squat).
    score += ROLE_WEIGHT[slot.role] * (slot.exerciseIds?.includes(work[k]!.id) ? 2 : 1);
    if (slot.role === "main" && k === 0) score += FIRST_LIFT_BONUS;
    return work[k]!.id;
  });
  return { score, slotExercise };
}

/**
 * Recognises which day of the split each past log trained, from its main work (warm-up drills
 * are ignored, so a log that lists drills first is still read by its lifts). Logs that match no
 * day are left out. Oldest first.
 */
export function trainedDays(
  history: readonly SessionLog[],
  split: readonly SplitDay[],
  catalog: Catalog,
): TrainedDay[] {
  const out: TrainedDay[] = [];
  for (const log of history) {
    const work = log.exercises
      .map((e) => ({ id: e.exerciseId, pattern: catalog.get(e.exerciseId)?.pattern }))
      .filter((w) => w.pattern === undefined || !NOT_MAIN_WORK.has(w.pattern));
    let best: TrainedDay | undefined;
    let bestScore = 0;
    split.forEach((day, dayIndex) => {
      const m = matchDay(day, work);
      if (m.score > bestScore) {
        bestScore = m.score;
        best = { date: log.date, dayIndex, slotExercise: m.slotExercise };
      }
    });
    if (best) out.push(best);
  }
  return out;
}

/**
 * The next day of the split: the one after the day trained last, so a 4-day upper/lower split
 * goes Lower 1 → Upper 1 → Lower 2 → Upper 2 whatever the calendar did (a missed day moves
 * the rotation, it does not skip a day's lifts). With no recognisable log it starts at day 1.
 */
export function nextDayIndex(trained: readonly TrainedDay[], splitLength: number): number {
  const last = trained[trained.length - 1];
  return last === undefined ? 0 : (last.dayIndex + 1) % splitLength;
}

/**
 * The exercise that last filled each slot of `dayIndex` (from the most recent log of that day
 * that filled it): selection keeps it so main lifts stay put and can progress.
 */
export function lastSlotExercises(trained: readonly TrainedDay[], dayIndex: number, slots: number) {
  const out: ({ exerciseId: string; date: string } | undefined)[] = Array.from({ length: slots }, () => undefined);
  for (const t of trained) {
    if (t.dayIndex !== dayIndex) continue;
    t.slotExercise.forEach((id, i) => {
      if (id !== undefined && i < slots) out[i] = { exerciseId: id, date: t.date };
    });
  }
  return out;
}
