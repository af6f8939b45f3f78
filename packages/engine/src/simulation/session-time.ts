import type { Catalog } from "../catalog/index.ts";
import type { Session } from "../session/index.ts";

/**
 * An independent clock for a session, deliberately not the engine's duration model: reps at a
 * controlled ~4 s each (2-3 s eccentric, 1 s concentric, as in the tempo ranges of Schoenfeld,
 * Ogborn & Krieger, 2015, Sports Med 45(4):577-585), every unilateral set done per side, the
 * prescribed rest between sets, and a changeover before each exercise that reflects loading a
 * bar (90 s), picking up dumbbells or setting a machine (60 s) or starting a drill (20 s).
 */
const SECONDS_PER_REP = 4;
const CHANGEOVER = { barbell: 90, loaded: 60, drill: 20 } as const;

export function independentSessionMinutes(session: Session, catalog: Catalog): number {
  let seconds = 0;
  for (const item of [...session.warmup, ...session.main, ...session.finisher, ...session.cooldown]) {
    const ex = catalog.get(item.exerciseId);
    const sides = ex?.unilateral ? 2 : 1;
    const work = item.seconds ?? (item.reps ?? 0) * SECONDS_PER_REP;
    const loaded = ex && ex.loadType !== "bodyweight" && ex.loadType !== "band";
    const changeover = ex?.loadType === "barbell" ? CHANGEOVER.barbell : loaded ? CHANGEOVER.loaded : CHANGEOVER.drill;
    // Ramp sets reuse the bar already loaded: only the plates change.
    const setup = item.role === "ramp" ? CHANGEOVER.drill : changeover;
    seconds += item.sets * work * sides + Math.max(0, item.sets - 1) * item.restSeconds + setup;
  }
  return seconds / 60;
}
