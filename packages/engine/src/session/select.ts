import type { Catalog } from "../catalog/index.ts";
import type { ProgressionStates } from "../logging/index.ts";
import type { Equipment, Exercise, Level } from "../model/index.ts";
import type { Slot } from "../roadmap/index.ts";
import { levelAllows } from "../roadmap/index.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";
import { type ActivePain, painConflict } from "./pain-rules.ts";
import type { Random } from "./random.ts";
import { type Reason, reason } from "./reason.ts";

/** After this many stalled exposures a main lift changes variation. */
export const STALL_VARIATION_LIMIT = 4;
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
  /** Exercise ids with pain logged within LOGGED_PAIN_DAYS. */
  painLogged: ReadonlyMap<string, { region: string; severity: number; date: string }>;
  recentIds: ReadonlySet<string>;
  likes: ReadonlySet<string>;
  dislikes: ReadonlySet<string>;
  athletic: boolean;
  rng: Random;
  /** Exercises an accepted substitution replaced: never picked. */
  avoid?: ReadonlySet<string>;
  /** Substitutes an accepted substitution named: strongly preferred in their pattern. */
  prefer?: ReadonlySet<string>;
};

export type Pick = { exercise: Exercise; reasons: Reason[]; alternatives: string[] };

const named = (set: ReadonlySet<string>, ex: Exercise) => set.has(ex.id) || set.has(ex.name.toLowerCase());

/** Hard filters except pain: equipment, trainer bans, client dislikes, level. */
function basicOk(ex: Exercise, c: SelectionContext): boolean {
  return (
    ex.equipment.some((option) => option.every((item) => c.owned.has(item))) &&
    !c.trainer.bannedExercises.includes(ex.id) &&
    !c.avoid?.has(ex.id) &&
    !named(c.dislikes, ex) &&
    levelAllows(c.level, ex.level)
  );
}

/** Every filter: basic plus the pain tolerance table and pain logged on the exercise (memoised per session). */
export function allowed(ex: Exercise, c: SelectionContext): boolean {
  let ok = c.allowedMemo.get(ex.id);
  if (ok === undefined) {
    ok = basicOk(ex, c) && !c.painLogged.has(ex.id) && painConflict(ex, c.pains) === undefined;
    c.allowedMemo.set(ex.id, ok);
  }
  return ok;
}

function score(ex: Exercise, slot: Slot, c: SelectionContext): number {
  let s = c.rng.next() * 1.5;
  if (c.trainer.preferredExercises.includes(ex.id)) s += 5;
  if (c.prefer?.has(ex.id)) s += 20;
  if (named(c.likes, ex)) s += 3;
  const st = c.states[ex.id];
  if (slot.role !== "accessory") {
    if (st && st.stallCount >= STALL_VARIATION_LIMIT) s -= 6;
    else if (st) s += 4; // continuity: progression needs repeated exposures
    if (ex.tags.includes("ramp_candidate")) s += 2;
    if (ex.loadType !== "bodyweight" && ex.loadType !== "band") s += 1;
  } else if (c.recentIds.has(ex.id)) s -= 3;
  if (ex.level === c.level) s += 1;
  if (c.athletic && ex.unilateral) s += 1.5;
  return s;
}

/**
 * Picks an exercise for a slot. The best-scored exercise that passes equipment, bans, dislikes and
 * level is the "intended" one; if pain rules out the intended one, the nearest allowed regression
 * replaces it (else the best allowed exercise of the pattern), and the reason names both.
 */
export function pickForSlot(slot: Slot, c: SelectionContext, taken: ReadonlySet<string>): Pick | undefined {
  const pool = c.catalog
    .byPattern(slot.pattern)
    .filter((ex) => !taken.has(ex.id) && basicOk(ex, c))
    .map((ex) => ({ ex, s: score(ex, slot, c) }))
    .sort((a, b) => b.s - a.s || (a.ex.id < b.ex.id ? -1 : 1));
  const intended = pool[0]?.ex;
  if (!intended) return undefined;
  const ok = pool.filter((p) => allowed(p.ex, c)).map((p) => p.ex);
  const reasons: Reason[] = [];
  let chosen = intended;
  if (!allowed(intended, c)) {
    const regression = c.catalog.regressionsOf(intended.id).find((r) => !taken.has(r.id) && allowed(r, c));
    const fallback = regression ?? ok[0];
    if (!fallback) return undefined;
    chosen = fallback;
    reasons.push(painReason(intended, fallback, regression !== undefined, c));
  } else {
    reasons.push(selectionReason(intended, slot, c));
  }
  const stalled = pool.find(
    (p) => p.ex.id !== chosen.id && (c.states[p.ex.id]?.stallCount ?? 0) >= STALL_VARIATION_LIMIT,
  );
  if (stalled && slot.role !== "accessory") {
    const n = c.states[stalled.ex.id]!.stallCount;
    reasons.push(
      reason(
        "progression.stall.variation",
        `${stalled.ex.name} has stalled ${n} exposures in a row: switching variation to ${chosen.name}.`,
        { stalled: stalled.ex.id, stallCount: n, substitute: chosen.id },
        { stallVariationLimit: STALL_VARIATION_LIMIT },
      ),
    );
  }
  const alternatives = ok
    .filter((e) => e.id !== chosen.id)
    .slice(0, MAX_ALTERNATIVES)
    .map((e) => e.id);
  return { exercise: chosen, reasons, alternatives };
}

function painReason(original: Exercise, sub: Exercise, viaRegression: boolean, c: SelectionContext): Reason {
  const logged = c.painLogged.get(original.id);
  const how = viaRegression ? "its nearest pain-free regression" : "the best pain-free option for the pattern";
  if (logged) {
    return reason(
      "pain.logged_on_exercise",
      `${original.name} was swapped for ${sub.name} (${how}): ${logged.region} pain ${logged.severity}/10 was logged on it on ${logged.date}.`,
      {
        original: original.id,
        substitute: sub.id,
        region: logged.region,
        severity: logged.severity,
        loggedOn: logged.date,
      },
      { days: LOGGED_PAIN_DAYS },
    );
  }
  const conflict = painConflict(original, c.pains)!;
  return reason(
    "pain.substitute",
    `${original.name} loads the ${conflict.region} (${conflict.tag}) beyond what pain ${conflict.severity}/10 allows; ${sub.name} is ${how}.`,
    {
      original: original.id,
      substitute: sub.id,
      region: conflict.region,
      severity: conflict.severity,
      tag: conflict.tag,
    },
    { maxSeverity: conflict.tolerance },
  );
}

function selectionReason(ex: Exercise, slot: Slot, c: SelectionContext): Reason {
  const why: string[] = [];
  if (c.trainer.preferredExercises.includes(ex.id)) why.push("on the trainer's preferred list");
  if (named(c.likes, ex)) why.push("the client likes it");
  const st = c.states[ex.id];
  if (slot.role !== "accessory" && st && st.stallCount < STALL_VARIATION_LIMIT) why.push("continues its progression");
  if (slot.role !== "accessory" && st && st.stallCount >= STALL_VARIATION_LIMIT)
    why.push("kept despite a stall (no other option)");
  if (!st) why.push("new exercise for this client");
  return reason(
    "select.slot",
    `${ex.name} fills the ${slot.role} ${slot.pattern.replaceAll("_", " ")} slot${why.length ? `: ${why.join(", ")}` : ""}.`,
    {
      pattern: slot.pattern,
      role: slot.role,
      preferred: c.trainer.preferredExercises.includes(ex.id),
      liked: named(c.likes, ex),
      exposures: st?.exposures ?? 0,
      stallCount: st?.stallCount ?? 0,
    },
    { stallVariationLimit: STALL_VARIATION_LIMIT },
  );
}
