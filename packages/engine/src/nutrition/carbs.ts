/**
 * Carbohydrate that follows training: the week's carbohydrate total stays the same, but each day
 * gets a share weighted by that day's planned session ("fuel for the work required"). Relative
 * weights are the lower ends of the daily ranges of Burke et al. (J Sports Sci 2011;29:S17-S27) and
 * Thomas, Erdman & Burke (J Acad Nutr Diet 2016;116:501-528): light 3-5, moderate 5-7, high 6-10
 * g/kg, so a hard day gets 7/3 of a rest day's carbohydrate before the bounds apply.
 * Energy moves with carbohydrate (4 kcal/g); no day drops below the minimum intake.
 */
import { invalid } from "../core/errors.ts";
import { type Reason, reason } from "../core/reasons.ts";

export const DAY_LOADS = ["rest", "moderate", "hard"] as const;
export type DayLoad = (typeof DAY_LOADS)[number];
export const CARB_WEIGHTS: Record<DayLoad, number> = { rest: 3, moderate: 5, hard: 7 };
/**
 * A day is hard at ≥ 450 AU of session-RPE load (Foster et al., J Strength Cond Res 2001; e.g. 60 min
 * at RPE 7.5) or RPE ≥ 8; any other session is moderate; no session is rest. Heuristic thresholds.
 */
export const HARD_DAY = { loadAu: 450, rpe: 8 } as const;

/** The load class of a day from its planned session(s), or rest without one. */
export function dayLoad(sessions: readonly { durationMin?: number | null; sessionRpe?: number | null }[]): DayLoad {
  if (!sessions.length) return "rest";
  let load = 0;
  let maxRpe = 0;
  for (const s of sessions) {
    const rpe = s.sessionRpe ?? 6;
    load += (s.durationMin ?? 60) * rpe;
    maxRpe = Math.max(maxRpe, rpe);
  }
  return load >= HARD_DAY.loadAu || maxRpe >= HARD_DAY.rpe ? "hard" : "moderate";
}

export type DayTarget = { date: string; load: DayLoad; carbsG: number; energyKcal: number; reasons: Reason[] };

/**
 * Daily carbohydrate and energy for the given days (usually a week). The sum of carbohydrate equals
 * `days × dailyCarbsG` (± rounding of 1 g per day); each day's energy stays ≥ `minKcal`.
 */
export function periodiseCarbs(
  days: readonly { date: string; load: DayLoad }[],
  daily: { energyKcal: number; carbsG: number; minKcal: number },
): DayTarget[] {
  if (!days.length) return [];
  days.forEach((d, i) => {
    if (!DAY_LOADS.includes(d.load)) invalid(`days.${i}.load`, `must be one of ${DAY_LOADS.join(", ")}`);
  });
  const total = daily.carbsG * days.length;
  // The least carbohydrate a day may get so that its energy stays at or above the minimum.
  const minCarb = Math.max(0, daily.carbsG - Math.max(0, daily.energyKcal - daily.minKcal) / 4);
  const w = days.map((d) => CARB_WEIGHTS[d.load]);
  // Water-filling: days whose weighted share falls below the minimum are pinned to it and the rest
  // of the total is re-shared among the others. At most one pass per day.
  const pinned = new Array<boolean>(days.length).fill(false);
  let share: number[] = [];
  for (let pass = 0; pass <= days.length; pass++) {
    let free = total;
    let weight = 0;
    for (let i = 0; i < days.length; i++) {
      if (pinned[i]) free -= minCarb;
      else weight += w[i]!;
    }
    share = days.map((_, i) => (pinned[i] ? minCarb : weight > 0 ? (free * w[i]!) / weight : minCarb));
    let changed = false;
    share.forEach((s, i) => {
      if (!pinned[i] && s < minCarb - 1e-9) {
        pinned[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return days.map((d, i) => {
    const carbs = share[i]!;
    const energy = daily.energyKcal + 4 * (carbs - daily.carbsG);
    return {
      date: d.date,
      load: d.load,
      carbsG: Math.round(carbs),
      // Rounded up when rounding would dip below the minimum.
      energyKcal: Math.max(Math.round(energy), Math.ceil(daily.minKcal)),
      reasons: [
        reason(
          `nutrition.carbs.day.${d.load}`,
          `${d.load[0]!.toUpperCase()}${d.load.slice(1)} day: ${Math.round(carbs)} g carbohydrate (weight ${w[i]} of the week's ${Math.round(total)} g${pinned[i] ? ", held at the minimum-intake floor" : ""}).`,
          { load: d.load, weight: w[i]!, weeklyCarbsG: Math.round(total), pinnedAtFloor: pinned[i]! },
          {
            rest: CARB_WEIGHTS.rest,
            moderate: CARB_WEIGHTS.moderate,
            hard: CARB_WEIGHTS.hard,
            minKcal: Math.ceil(daily.minKcal),
          },
        ),
      ],
    };
  });
}
