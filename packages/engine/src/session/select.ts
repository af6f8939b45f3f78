import type { Catalog } from "../catalog/index.ts";
import type { Random } from "../core/random.ts";
import { type Reason, reason } from "../core/reasons.ts";
import { type ProgressionStates, STALL_WINDOW } from "../logging/index.ts";
import type { Equipment, Exercise, Level } from "../model/index.ts";
import { levelAllows } from "../model/level.ts";
import type { Slot } from "../roadmap/index.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";
import { type ActivePain, painConflict } from "./pain-rules.ts";
import { crossPatternForPain, painReason } from "./pain-substitute.ts";
import { accessoryScore, byScore, mainRank, meetsConstraints, named, stalled } from "./select-rank.ts";

/** Pain logged on an exercise keeps it out of sessions for this many days. */
export const LOGGED_PAIN_DAYS = 28;
/** Accessories done in this many most recent sessions are penalised (variety). */
export const VARIETY_WINDOW_SESSIONS = 2;
const MAX_ALTERNATIVES = 5;

/** Everything selection looks at, computed once per session. */
export type SelectionContext = {
  catalog: Catalog;
  /** Today's equipment as a set (availability: any option fully owned, as Catalog.isAvailable). */
  owned: ReadonlySet<Equipment>;
  allowedMemo: Map<string, boolean>;
  pains: readonly ActivePain[];
  trainer: TrainerProfile;
  level: Level;
  states: ProgressionStates;
  /** Exercise ids with a baseline rep max. */
  baselineIds: ReadonlySet<string>;
  /** Exercise ids with pain logged within LOGGED_PAIN_DAYS. */
  painLogged: ReadonlyMap<string, { region: string; severity: number; date: string }>;
  recentIds: ReadonlySet<string>;
  likes: ReadonlySet<string>;
  dislikes: ReadonlySet<string>;
  athletic: boolean;
  rng: Random;
  /** Realization and taper weeks: lifts are not varied for a stall (specificity before a peak). */
  peaking?: boolean;
  /** Exercises an accepted substitution replaced: never picked. */
  avoid?: ReadonlySet<string>;
  /** Substitutes an accepted substitution named: strongly preferred in their pattern. */
  prefer?: ReadonlySet<string>;
};

export type Pick = { exercise: Exercise; reasons: Reason[]; alternatives: string[] };

/** What filled this slot last time the day was trained. */
export type KeptExercise = { exerciseId: string; date: string };

/** Hard filters except pain: equipment, trainer bans, client dislikes, level, archived by the organization. */
export function basicOk(ex: Exercise, c: SelectionContext, namedByMethod = false): boolean {
  return (
    (namedByMethod || !ex.archived) &&
    ex.equipment.some((option) => option.every((item) => c.owned.has(item))) &&
    !c.trainer.bannedExercises.includes(ex.id) &&
    !c.avoid?.has(ex.id) &&
    !named(c.dislikes, ex) &&
    (namedByMethod || levelAllows(c.level, ex.level))
  );
}

/** Every filter: basic plus the pain tolerance table and pain logged on the exercise (memoised per session). */
export function allowed(ex: Exercise, c: SelectionContext, namedByMethod = false): boolean {
  // A lift the method names is not filtered by the client's level (see `candidates`), so it is
  // memoised apart from the same exercise reached by pattern.
  const key = namedByMethod ? `${ex.id}#named` : ex.id;
  let ok = c.allowedMemo.get(key);
  if (ok === undefined) {
    ok = basicOk(ex, c, namedByMethod) && !c.painLogged.has(ex.id) && painConflict(ex, c.pains) === undefined;
    c.allowedMemo.set(key, ok);
  }
  return ok;
}

/**
 * The slot's candidates, best first, before pain: for main and secondary work the exercise kept
 * from last time, then the method's named exercises in order, then the pattern ranked without
 * randomness; accessories rank the pattern with seeded variety.
 */
function candidates(slot: Slot, c: SelectionContext, taken: ReadonlySet<string>, kept?: KeptExercise): Exercise[] {
  const usable = (ex: Exercise | undefined): ex is Exercise =>
    ex !== undefined && !taken.has(ex.id) && basicOk(ex, c) && meetsConstraints(ex, slot.constraints);
  // A method names its lifts deliberately: the client's level does not filter them out (a novice
  // program's back squat), and the slot's first lift may repeat one already in the session (5/3/1's
  // first-set-last sets, back-off work).
  const first = slot.exerciseIds?.[0];
  const namedOk = (ex: Exercise | undefined): ex is Exercise =>
    ex !== undefined &&
    (!taken.has(ex.id) || ex.id === first) &&
    basicOk(ex, c, true) &&
    meetsConstraints(ex, slot.constraints);
  const listed = (slot.exerciseIds ?? []).map((id) => c.catalog.get(id)).filter(namedOk);
  const main = slot.role !== "accessory";
  const pool = c.catalog
    .byPattern(slot.pattern)
    .filter((ex) => usable(ex) && !listed.includes(ex))
    .map((ex) => ({ ex, s: main ? mainRank(ex, c) : accessoryScore(ex, slot, c) }))
    .sort(byScore)
    .map((p) => p.ex);
  // An accepted substitution's substitute goes first wherever it comes from.
  const ordered = [...listed, ...pool].sort((a, b) => Number(c.prefer?.has(b.id)) - Number(c.prefer?.has(a.id)));
  const keep = kept ? c.catalog.get(kept.exerciseId) : undefined;
  const keepOk = keep !== undefined && (listed.includes(keep) || (usable(keep) && keep.pattern === slot.pattern));
  if (main && keepOk && !c.prefer?.size) return [keep, ...ordered.filter((e) => e !== keep)];
  return ordered;
}

/**
 * Picks an exercise for a slot. Main and secondary lifts stay what they were last time the day
 * was trained (progression needs repeated exposures) unless they stalled, hurt or the equipment
 * is missing; otherwise the method's named exercises come first. If pain rules out the intended
 * one, its nearest allowed regression replaces it, else the next allowed candidate, else an
 * exercise of a related pattern that spares the painful region; the reason cites the pain.
 */
export function pickForSlot(
  slot: Slot,
  c: SelectionContext,
  taken: ReadonlySet<string>,
  kept?: KeptExercise,
): Pick | undefined {
  const list = candidates(slot, c, taken, kept);
  const main = slot.role !== "accessory";
  const allowedHere = (e: Exercise) => allowed(e, c, slot.exerciseIds?.includes(e.id) ?? false);
  const reasons: Reason[] = [];
  let intended = list[0];
  // A lift the method names first (a competition lift, a program's core lift) is not varied for a
  // stall: the method's progression rule answers it (hold, reset). Other lifts vary, never before a peak.
  const protectedLift = intended !== undefined && intended.id === slot.exerciseIds?.[0];
  if (main && intended && stalled(intended, c) && !c.peaking && !protectedLift) {
    // A variation of the same lift, loaded the same way (back squat → pause squat, not a goblet
    // squat): the stall is answered, the training effect stays.
    const fresh = list.find(
      (e) => e !== intended && e.loadType === intended!.loadType && !stalled(e, c) && allowedHere(e),
    );
    if (fresh) {
      reasons.push(stallReason(intended, fresh, c));
      intended = fresh;
    }
  }
  const ok = list.filter(allowedHere);
  let chosen: Exercise | undefined = intended;
  if (intended && !allowedHere(intended)) {
    const regression = c.catalog
      .regressionsOf(intended.id)
      .find((r) => !taken.has(r.id) && allowed(r, c) && meetsConstraints(r, slot.constraints));
    chosen = regression ?? ok[0];
    if (chosen) reasons.push(painReason(intended, chosen, regression !== undefined, c));
  }
  if (!chosen) {
    const cross = crossPatternForPain(slot, c, taken, intended);
    if (!cross) return undefined;
    chosen = cross.exercise;
    reasons.push(cross.reason);
  } else if (chosen === intended) {
    reasons.push(selectionReason(chosen, slot, c, kept));
  }
  const alternatives = ok
    .filter((e) => e.id !== chosen.id)
    .slice(0, MAX_ALTERNATIVES)
    .map((e) => e.id);
  return { exercise: chosen, reasons, alternatives };
}

function stallReason(old: Exercise, fresh: Exercise, c: SelectionContext): Reason {
  const window = STALL_WINDOW[c.level];
  return reason(
    "progression.stall.variation",
    `${old.name} has stopped progressing (no upward e1RM trend over the last ${window} exposures): switching variation to ${fresh.name}, loaded the same way.`,
    { stalled: old.id, substitute: fresh.id, level: c.level, exposures: c.states[old.id]?.exposures ?? 0 },
    { trendWindowExposures: window },
  );
}

function selectionReason(ex: Exercise, slot: Slot, c: SelectionContext, kept?: KeptExercise): Reason {
  const why: string[] = [];
  const st = c.states[ex.id];
  const continued = kept?.exerciseId === ex.id && slot.role !== "accessory";
  if (continued) why.push(`kept from ${kept!.date} so it can progress`);
  else if (slot.exerciseIds?.includes(ex.id)) why.push("named by the method");
  if (c.prefer?.has(ex.id)) why.push("the accepted substitution");
  if (c.trainer.preferredExercises.includes(ex.id)) why.push("on the trainer's preferred list");
  if (named(c.likes, ex)) why.push("the client likes it");
  if (!st && c.baselineIds.has(ex.id)) why.push("a baseline is known");
  if (!st && !c.baselineIds.has(ex.id)) why.push("new exercise for this client");
  const label = slot.label ? ` (${slot.label})` : "";
  return reason(
    "select.slot",
    `${ex.name} fills the ${slot.role} ${slot.pattern.replaceAll("_", " ")} slot${label}${why.length ? `: ${why.join(", ")}` : ""}.`,
    {
      pattern: slot.pattern,
      role: slot.role,
      kept: continued,
      named: slot.exerciseIds?.includes(ex.id) ?? false,
      preferred: c.trainer.preferredExercises.includes(ex.id),
      liked: named(c.likes, ex),
      exposures: st?.exposures ?? 0,
      stallCount: st?.stallCount ?? 0,
    },
    { trendWindowExposures: STALL_WINDOW[c.level] },
  );
}
