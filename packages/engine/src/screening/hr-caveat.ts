import { dayIndex, dayOfInstant, type Instant } from "../core/dates.ts";
import { type Reason, reason } from "../core/reasons.ts";
import type { ClientProfile } from "../model/index.ts";
import { altersHeartRate, MEDICATION_RECENT_DAYS } from "./special.ts";

/**
 * Heart-rate readiness (resting HR, HRV) under a heart-rate-altering drug: beta blockers lower
 * resting and exercise HR and blunt its response (Wonisch et al. 2003, Eur J Cardiovasc Prev
 * Rehabil), so a "normal" or "below baseline" reading does not mean what it did. The caveat holds
 * while the latest change of that kind is not "stopped", and for 84 days after a stop.
 */
export function hrReadinessCaveat(p: ClientProfile, now: Instant): Reason | null {
  const today = dayOfInstant(now);
  const byKind = new Map<string, { change: string; date: string; day: number }>();
  for (const m of p.medicationChanges ?? []) {
    if (!altersHeartRate(m.kind)) continue;
    const day = dayIndex(m.date);
    if (day > today) continue;
    const prev = byKind.get(m.kind);
    if (!prev || prev.day <= day) byKind.set(m.kind, { change: m.change, date: m.date, day });
  }
  const active = [...byKind.entries()].filter(
    ([, v]) => v.change !== "stopped" || today - v.day <= MEDICATION_RECENT_DAYS,
  );
  if (active.length === 0) return null;
  return reason(
    "readiness.hr_medication_caveat",
    `Heart-rate readiness is unreliable: ${active.map(([k, v]) => `${k.replaceAll("_", " ")} ${v.change.replaceAll("_", " ")} ${v.date}`).join("; ")}. Judge readiness by sleep, soreness and RPE rather than HR or HRV.`,
    { medications: active.map(([k]) => k).join(",") },
  );
}
