import { type Reason, reason } from "../core/reasons.ts";
import type { Exercise, MovementPattern } from "../model/index.ts";
import type { Slot } from "../roadmap/index.ts";
import { type ActivePain, painConflict } from "./pain-rules.ts";
import { allowed, LOGGED_PAIN_DAYS, type SelectionContext } from "./select.ts";
import { byScore, mainRank, meetsConstraints } from "./select-rank.ts";

/**
 * When pain rules out every exercise of a slot's pattern, these patterns train the same end
 * (legs, pushing, pulling, trunk) with a different joint demand, nearest first: knee pain on
 * squats can still hinge, low-back pain on hinges can still split-squat, overhead shoulder pain
 * can still press horizontally within tolerance. The pain tolerance table decides what is allowed.
 */
const RELATED_PATTERNS: Partial<Record<MovementPattern, MovementPattern[]>> = {
  squat: ["lunge", "hinge"],
  lunge: ["squat", "hinge"],
  hinge: ["lunge", "squat"],
  horizontal_push: ["vertical_push"],
  vertical_push: ["horizontal_push"],
  horizontal_pull: ["vertical_pull"],
  vertical_pull: ["horizontal_pull"],
  carry: ["core_anti_lateral_flexion", "core_anti_rotation"],
  core_anti_extension: ["core_anti_rotation", "core_anti_lateral_flexion"],
  core_anti_rotation: ["core_anti_extension", "core_anti_lateral_flexion"],
  core_anti_lateral_flexion: ["core_anti_rotation", "core_anti_extension"],
};

const describe = (p: ActivePain) =>
  `${p.region} pain ${p.severity}/10 (${p.source === "injury" ? "profile injury" : p.source === "today" ? "reported today" : "logged"}${p.date ? ` ${p.date}` : ""})`;

/** The pain that rules the exercise out, as reason inputs (region, severity, source, date). */
function painInputs(p: ActivePain) {
  return { region: p.region, severity: p.severity, source: p.source, reportedOn: p.date ?? null };
}

/**
 * A slot whose whole pattern is ruled out by pain takes an exercise of a related pattern that
 * spares the painful region, ranked as a main lift would be. Undefined when no pain is involved or
 * nothing fits.
 */
export function crossPatternForPain(
  slot: Slot,
  c: SelectionContext,
  taken: ReadonlySet<string>,
  intended: Exercise | undefined,
): { exercise: Exercise; reason: Reason } | undefined {
  const blocking = intended
    ? c.pains.find((p) => painConflict(intended, [p]))
    : c.pains.find((p) => c.catalog.byPattern(slot.pattern).some((ex) => painConflict(ex, [p])));
  if (!blocking) return undefined;
  for (const pattern of RELATED_PATTERNS[slot.pattern] ?? []) {
    const best = c.catalog
      .byPattern(pattern)
      .filter((ex) => !taken.has(ex.id) && allowed(ex, c) && meetsConstraints(ex, slot.constraints))
      .map((ex) => ({ ex, s: mainRank(ex, c) }))
      .sort(byScore)[0];
    if (!best) continue;
    return {
      exercise: best.ex,
      reason: reason(
        "pain.pattern_substitute",
        `${describe(blocking)} rules out every ${slot.pattern.replaceAll("_", " ")} option today; ${best.ex.name} (${pattern.replaceAll("_", " ")}) trains the same end without loading the ${blocking.region} beyond tolerance.`,
        { ...painInputs(blocking), slotPattern: slot.pattern, substitutePattern: pattern, substitute: best.ex.id },
      ),
    };
  }
  return undefined;
}

/** Why the intended exercise was swapped for a pain-free one, citing the pain report it acted on. */
export function painReason(original: Exercise, sub: Exercise, viaRegression: boolean, c: SelectionContext): Reason {
  const logged = c.painLogged.get(original.id);
  const how = viaRegression ? "its nearest pain-free regression" : "the best pain-free option for the slot";
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
  const conflict = painConflict(original, c.pains);
  const pain = conflict && c.pains.find((p) => p.region === conflict.region && p.severity === conflict.severity);
  if (!conflict || !pain) {
    return reason("select.unavailable", `${original.name} is not available today; ${sub.name} is ${how}.`, {
      original: original.id,
      substitute: sub.id,
    });
  }
  return reason(
    "pain.substitute",
    `${original.name} loads the ${conflict.region} (${conflict.tag.replaceAll("_", " ")}) beyond what ${describe(pain)} allows; ${sub.name} is ${how}.`,
    { original: original.id, substitute: sub.id, tag: conflict.tag, ...painInputs(pain) },
    { maxSeverity: conflict.tolerance },
  );
}
