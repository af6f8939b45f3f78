import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import { SESSION_SECTIONS, type SessionSection, toKg } from "@spotter/engine";

/**
 * How the pages read a session from the API (`SessionDto` from @spotter/contracts): display
 * helpers only, no reshaping, so a changed response field fails the build where it is used.
 */

export const SECTION_LABEL: Record<SessionSection, string> = {
  warmup: "Warm-up",
  main: "Main work",
  finisher: "Finisher",
  cooldown: "Cool-down",
};
export { SESSION_SECTIONS as PLAN_SECTIONS };

export function allItems(s: SessionDto): StoredSessionItem[] {
  return SESSION_SECTIONS.flatMap((sec) => s.plan[sec]);
}

/** The prescribed load in kilograms (items carry it in the plan's plate unit); converted at display. */
export function loadKg(item: StoredSessionItem): number | undefined {
  return item.load === undefined ? undefined : toKg(item.load, item.unit);
}

/** "RPE 8", "2 RIR", "75% 1RM". */
export function effortText(effort: StoredSessionItem["effort"]): string | undefined {
  if (!effort) return undefined;
  if (effort.scale === "rir") return `${effort.value} RIR`;
  if (effort.scale === "percent_1rm") return `${effort.value}% 1RM`;
  return `RPE ${effort.value}`;
}

/** The tempo to show; "0-0-0-0" is how the catalog marks holds and drills with no tempo to follow. */
export function shownTempo(item: StoredSessionItem): string | undefined {
  return item.tempo === "0-0-0-0" || item.tempo === "" ? undefined : item.tempo;
}

/** "3 × 8" / "3 × 8+" (AMRAP) / "3 × 30 s" for display. */
export function prescription(item: StoredSessionItem): string {
  if (item.seconds !== undefined) return `${item.sets} × ${item.seconds} s`;
  return `${item.sets} × ${item.reps ?? "?"}${item.amrap ? "+" : ""}`;
}

/** `goblet-squat` → `Goblet squat`: alternatives arrive as exercise ids. */
export function exerciseName(id: string): string {
  const s = id.replace(/^org:/, "").replace(/[-_]+/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Minutes, rounded, for "About 44 minutes". */
export const estimatedMinutes = (s: SessionDto): number => Math.round(s.plan.estimatedMinutes);
