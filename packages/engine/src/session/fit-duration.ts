import { type Reason, reason } from "../core/reasons.ts";
import type { Exercise } from "../model/index.ts";
import { itemSeconds } from "./duration.ts";
import type { SessionItem } from "./types.ts";

/** The estimate must land within ±10% of the request; fitting aims at ±5% to leave margin. */
export const DURATION_TOLERANCE = 0.1;
const AIM = 0.05;
/** In a lighter week, accessory sets grow to at most this many (a deload is not a pump session). */
export const LIGHTER_ACCESSORY_SETS = 3;
/**
 * A deload or taper keeps this share of a normal session's training time (40-60% fewer sets:
 * Bosquet et al., Med Sci Sports Exerc 2007; Pritchard et al., Strength Cond J 2015); the
 * warm-up, finisher and cool-down are not cut, so the share applies to what remains.
 */
export const LIGHTER_WEEK_TIME_SHARE = 0.5;

/**
 * Minutes a lighter week's session is fitted to: the draft's fixed parts (warm-up, finisher,
 * cool-down) plus LIGHTER_WEEK_TIME_SHARE of the rest of the request. A loading week fills the
 * request with accessories and extra sets, so half the training time is what keeps a deload's
 * volume near half of a normal week's (not the method's slots alone, which a full session exceeds).
 */
export function lighterWeekMinutes(d: Draft, requestedMinutes: number): number {
  const fixed = [...d.warmup, ...d.finisher, ...d.cooldown].reduce((n, i) => n + i.estimatedSeconds, 0) / 60;
  const training = Math.max(0, requestedMinutes - fixed);
  return Math.min(requestedMinutes, Math.round((fixed + training * LIGHTER_WEEK_TIME_SHARE) * 10) / 10);
}

export type Draft = { warmup: SessionItem[]; main: SessionItem[]; finisher: SessionItem[]; cooldown: SessionItem[] };

/**
 * Fits the draft to the requested minutes. Over budget it trims, least valuable first: finisher,
 * accessory sets, accessories, warm-up drills, ramp sets, main sets, rests, cool-down. Under budget it
 * grows: accessory sets, extra accessories (balanced patterns), main sets, finisher rounds, then
 * warm-up and cool-down time. With `mayGrow` false it only trims; with "accessories" (deload and
 * taper weeks, fitted to their shorter budget: see `lighterWeekMinutes`) it grows only accessory
 * sets (to at most LIGHTER_ACCESSORY_SETS) and extra accessories, never main or secondary sets,
 * finisher rounds, warm-up time or rests: refilling those would undo the cut in volume.
 * Returns a reason listing what changed.
 */
export function fitDuration(
  d: Draft,
  minutes: number,
  exOf: (id: string) => Exercise,
  extras: SessionItem[],
  mayGrow: boolean | "accessories" = true,
): Reason {
  const budget = minutes * 60;
  const hi = budget * (1 + AIM);
  const lo = budget * (1 - AIM);
  const changes: string[] = [];
  const all = () => [...d.warmup, ...d.main, ...d.finisher, ...d.cooldown];
  const total = () => all().reduce((n, i) => n + i.estimatedSeconds, 0);
  const est = (i: SessionItem) => {
    i.estimatedSeconds = itemSeconds(exOf(i.exerciseId), i);
  };
  const before = total();
  const shrink = (label: string, step: () => boolean) => {
    let n = 0;
    while (total() > hi && step()) n++;
    if (n > 0) changes.push(`${label} (${n})`);
  };
  const grow = (
    label: string,
    items: () => SessionItem[],
    apply: (i: SessionItem) => boolean,
    undo: (i: SessionItem) => void,
  ) => {
    let n = 0;
    for (let progress = true; progress && total() < lo; ) {
      progress = false;
      for (const i of items()) {
        if (total() >= lo || !apply(i)) continue;
        est(i);
        if (total() > hi) {
          undo(i);
          est(i);
        } else {
          n++;
          progress = true;
        }
      }
    }
    if (n > 0) changes.push(`${label} (+${n})`);
  };
  const role = (r: string) => () => d.main.filter((i) => i.role === r);
  const setStep = (items: () => SessionItem[], min: number) => () => {
    const i = [...items()].reverse().find((x) => x.sets > min);
    if (!i) return false;
    i.sets -= 1;
    est(i);
    return true;
  };
  // A superset is removed whole or not at all (a lone partner would lose its pairing): the last
  // item alone, else the last group whose members all qualify, so groups never split.
  const removeLast = (list: () => SessionItem[], keep: number, from: SessionItem[]) => () => {
    const l = list();
    const alone = [...l].reverse().find((i) => !i.group);
    if (alone) {
      if (l.length <= keep) return false;
      from.splice(from.indexOf(alone), 1);
      return true;
    }
    const whole = [...l].reverse().find((i) => {
      const members = from.filter((m) => m.group?.id === i.group!.id);
      return members.every((m) => l.includes(m)) && l.length - members.length >= keep;
    });
    if (!whole) return false;
    const id = whole.group!.id;
    for (let k = from.length - 1; k >= 0; k--) if (from[k]!.group?.id === id) from.splice(k, 1);
    return true;
  };
  if (total() > hi) {
    shrink(
      "finisher rounds",
      setStep(() => d.finisher, 2),
    );
    shrink(
      "finisher removed",
      removeLast(() => d.finisher, 0, d.finisher),
    );
    const shortenRests = (min: number) => () => {
      // A group's rests are the round's, written by the method or the coach: left as they are.
      const i = d.main.find((x) => !x.group && x.restSeconds > min && x.sets > 1);
      if (!i) return false;
      i.restSeconds = Math.max(min, Math.round(i.restSeconds * 0.75));
      est(i);
      return true;
    };
    const generalDrills = () => d.warmup.filter((i) => i.role === "general");
    // Order keeps the session balanced as long as possible: trim volume and rest before
    // dropping whole exercises, and keep one accessory (often the pull that balances a press).
    shrink("accessory sets", setStep(role("accessory"), 2));
    shrink("secondary sets", setStep(role("secondary"), 3));
    shrink("main sets", setStep(role("main"), 3));
    shrink("rests shortened", shortenRests(90));
    shrink("accessories removed", removeLast(role("accessory"), 1, d.main));
    shrink("warm-up drills removed", removeLast(generalDrills, 1, d.warmup));
    shrink("ramp sets removed", () => {
      const ramps = d.warmup.filter((i) => i.role === "ramp");
      if (ramps.length <= 1) return false;
      d.warmup.splice(d.warmup.indexOf(ramps[0]!), 1);
      return true;
    });
    shrink("secondary sets", setStep(role("secondary"), 2));
    shrink("main sets", setStep(role("main"), 2));
    shrink("rests shortened", shortenRests(60));
    shrink("accessories removed", removeLast(role("accessory"), 0, d.main));
    shrink(
      "cool-down shortened",
      removeLast(() => d.cooldown, 1, d.cooldown),
    );
    shrink("secondary removed", removeLast(role("secondary"), 0, d.main));
    shrink("main sets", setStep(role("main"), 1));
    shrink("warm-up drills removed", removeLast(generalDrills, 0, d.warmup));
  }
  const accessoriesOnly = mayGrow === "accessories";
  if (mayGrow && total() < lo) {
    const inc = (max: number) => (i: SessionItem) => {
      if (i.sets >= max) return false;
      i.sets += 1;
      return true;
    };
    const dec = (i: SessionItem) => {
      i.sets -= 1;
    };
    grow("accessory sets", role("accessory"), inc(accessoriesOnly ? LIGHTER_ACCESSORY_SETS : 4), dec);
    let added = 0;
    for (const x of extras) {
      if (total() >= lo) break;
      if (total() + x.estimatedSeconds > hi) continue;
      d.main.push(x);
      added++;
    }
    if (added > 0) changes.push(`accessories added (+${added})`);
  }
  if (mayGrow === true && total() < lo) {
    const inc = (max: number) => (i: SessionItem) => {
      if (i.sets >= max) return false;
      i.sets += 1;
      return true;
    };
    const dec = (i: SessionItem) => {
      i.sets -= 1;
    };
    grow("accessory sets", role("accessory"), inc(4), dec);
    grow("main sets", () => d.main.filter((i) => i.role !== "accessory"), inc(6), dec);
    grow("finisher rounds", () => d.finisher, inc(8), dec);
    grow("accessory sets", role("accessory"), inc(5), dec);
  }
  // Continuous knobs: timed warm-up and cool-down drills absorb what discrete steps could not.
  const timed = [...d.warmup.filter((i) => i.role === "general"), ...d.cooldown].filter((i) => i.seconds !== undefined);
  for (const i of timed) {
    const gap = budget - total();
    if (Math.abs(gap) <= (budget * AIM) / 2 || (mayGrow !== true && gap > 0)) break;
    // Unilateral drills run per side and sets repeat: one second of `seconds` costs sets × sides.
    const perSecond = i.sets * (exOf(i.exerciseId).unilateral ? 2 : 1);
    const next = Math.max(30, i.seconds! + Math.round(gap / perSecond));
    if (next !== i.seconds) {
      i.seconds = next;
      est(i);
      changes.push(`${i.name} ${next} s`);
    }
  }
  // Last resort when no timed drill could absorb the gap: rest between sets, within 0.75-2x.
  for (let guard = 0; guard < 50 && Math.abs(budget - total()) > budget * AIM; guard++) {
    const gap = budget - total();
    if (mayGrow !== true && gap > 0) break;
    const multi = d.main.filter((i) => i.sets > 1 && !i.group);
    const slots = multi.reduce((n, i) => n + i.sets - 1, 0);
    if (slots === 0) break;
    const per = Math.round(gap / slots);
    let moved = false;
    for (const i of multi) {
      const base = i.restSeconds;
      const next = Math.max(45, Math.min(600, base + per));
      if (next !== base) {
        i.restSeconds = next;
        est(i);
        moved = true;
      }
    }
    if (!moved) break;
    changes.push(`rests ${per > 0 ? "+" : ""}${per} s`);
  }
  const after = total();
  return reason(
    "duration.fit",
    `Estimated ${(after / 60).toFixed(1)} min for a ${minutes}-min request${changes.length ? `; adjusted: ${changes.join(", ")}` : ""}${mayGrow !== true && after < budget * (1 - AIM) ? " (a lighter week: shorter on purpose, nothing added back)" : ""}.`,
    {
      requestedMinutes: minutes,
      initialMinutes: Math.round(before / 6) / 10,
      estimatedMinutes: Math.round(after / 6) / 10,
      mayGrow,
    },
    { tolerancePct: DURATION_TOLERANCE * 100 },
  );
}
