import { hash } from "node:crypto";
import type { Database } from "../db/open.ts";
import type { LoadedClient, RawClientRow } from "./load-data.ts";
import { nutritionKeyParts } from "./nutrition-input.ts";
import type { TierRecord } from "./tiers.ts";

/**
 * What a client's evaluation depends on, as one digest: the evaluation date, the tier's settings,
 * the stored state the engine reads (tier, reds resolved through, the open flag level) and every
 * check-in and session in the windows, and the nutrition columns (intake, weigh-ins, settings, the
 * decided target change, the profile the targets read), as the batch query returned them. The engine is pure, so
 * the same key gives the same result.
 *
 * The date is part of the key because no rule of the engine is date-invariant: the readiness
 * series (75 days) and its baselines, ACWR's EWMAs (decaying every day, with or without new load),
 * monotony and strain, the n-of-m-day recovery and missed-session windows, pain repeats, the e1RM
 * performance window (56 days) and the 91-day load history all slide with it, and the red-flag
 * "resolved through" date is compared with it. So a new day re-evaluates every client, and within
 * a day only clients whose inputs changed are. `now` (the hour) only sets due times of new
 * flags and proposals, which unchanged inputs do not create: it is not in the key.
 */
export function passKey(row: RawClientRow, tier: TierRecord, today: string): string {
  // One string hashed in one call: ~30 calls of Hash.update per client (10,000 clients, ~11 KB
  // each) cost ~45% more than the copy into one string (a micro-benchmark of rows that size).
  let text = today + tierKey(tier);
  for (const v of [
    row.tier_id,
    row.red_resolved_through,
    row.open_rank === null ? null : String(row.open_rank),
    row.ci_date,
    row.ci_sleep,
    row.ci_quality,
    row.ci_fatigue,
    row.ci_soreness,
    row.ci_stress,
    row.ci_mood,
    row.ci_hrv,
    row.ci_rhr,
    row.ci_extra,
    row.s_date,
    row.s_planned,
    row.s_completed,
    row.s_duration,
    row.s_rpe,
    row.s_detail,
    ...nutritionKeyParts(row),
  ]) {
    // A separator no column contains keeps ("a", "bc") apart from ("ab", "c"); null apart from "".
    text += v === null ? "\u0000n" : `\u0000v${v}`;
  }
  return hash("sha1", text, "base64");
}

const tierKeys = new WeakMap<TierRecord, string>();
function tierKey(tier: TierRecord): string {
  let k = tierKeys.get(tier);
  if (k === undefined) {
    k = JSON.stringify(tier);
    tierKeys.set(tier, k);
  }
  return k;
}

/**
 * The key each client was last evaluated and written with by a pass in this process, per database.
 * Kept in memory on purpose: losing it (a restart, another API node running the pass) only costs a
 * full evaluation, never a wrong result, and it needs no column or migration. Only a pass records
 * keys, and only after its writes committed; the incremental update changes the inputs it reads,
 * so its client's key no longer matches.
 */
const evaluatedKeys = new WeakMap<Database, Map<string, string>>();

export function passKeys(database: Database): Map<string, string> {
  let m = evaluatedKeys.get(database);
  if (!m) {
    m = new Map();
    evaluatedKeys.set(database, m);
  }
  return m;
}

/** Forget every recorded key of this database (tests, or after a restore replaced the data). */
export function forgetPassKeys(database: Database): void {
  evaluatedKeys.delete(database);
}

/** True when the stored state row already holds what this evaluation would write. */
export function stateUnchanged(
  stored: LoadedClient["stored"],
  next: { level: string; readinessScore: number | null; computedFor: string; paused: boolean },
): boolean {
  if (!stored) return false;
  // readiness_score is a `real`: compare at single precision, as stored.
  const f = (x: number | null) => (x === null ? null : Math.fround(x));
  return (
    stored.level === next.level &&
    f(stored.readinessScore) === f(next.readinessScore) &&
    stored.computedFor === next.computedFor &&
    stored.paused === next.paused
  );
}
