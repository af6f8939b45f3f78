import type { PersonaId, Session } from "@spotter/engine";

/**
 * How the golden tests read a draft, the way a coach checks a program against its method: the
 * day, then each item the method's slots put in it (extras added for weekly balance are left out)
 * as "role name sets×reps @ load RPE"; a first exposure with nothing known prints no load.
 */
export function sessionLines(session: Session): string[] {
  const items = session.main.filter((i) => !i.reasons.some((r) => r.ruleId === "balance.weekly"));
  return [
    `${session.date} ${session.dayLabel}`,
    ...items.map((i) => {
      const dose = i.reps !== undefined ? `${i.sets}×${i.reps}` : `${i.sets}×${i.seconds}s`;
      const load = i.load !== undefined ? ` @ ${i.load} ${i.unit}` : "";
      const effort = i.effort ? ` ${i.effort.scale.toUpperCase()} ${i.effort.value}` : "";
      return `${i.role} ${i.name} ${dose}${load}${effort}`;
    }),
  ];
}

/** The client each built-in method is read for: the simulation's persona the method is written for. */
export const PERSONA_FOR: Record<string, PersonaId> = {
  "novice-linear-full-body": "novice",
  "gzclp-tiered-novice": "novice",
  "training-max-531": "hypertrophy",
  "rpe-strength": "no-baselines",
  "upper-lower-hypertrophy": "hypertrophy",
  "push-pull-legs-hypertrophy": "hypertrophy",
  "general-fitness-beginner": "novice",
  "older-adult-strength-balance": "older-adult",
  "fat-loss-strength-conditioning": "novice",
  "powerlifting-peaking": "powerlifter",
};
