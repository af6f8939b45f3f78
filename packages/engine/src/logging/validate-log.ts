import { EngineError, type EngineFieldError } from "../core/errors.ts";
import { BODY_REGIONS, UNITS } from "../model/index.ts";
import type { SessionLog } from "./session-log.ts";

/**
 * Rejects impossible logs with every offending field: negative loads, RPE outside 1-10, a completed
 * set with a load but neither reps nor seconds (a loaded carry or hold logs its load with seconds), unknown exercise ids (when `knownIds` is given), pain severity outside 0-10.
 */
export function validateSessionLogs(
  logs: readonly SessionLog[],
  path: string,
  knownIds?: (id: string) => boolean,
): void {
  const errors: EngineFieldError[] = [];
  const push = (p: string, message: string) => errors.push({ path: p, message });
  logs.forEach((log, i) => {
    const lp = `${path}.${i}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(log.date)) push(`${lp}.date`, "expected YYYY-MM-DD");
    if (!UNITS.includes(log.unit)) push(`${lp}.unit`, "must be kg or lb");
    log.exercises.forEach((ex, j) => {
      const ep = `${lp}.exercises.${j}`;
      if (knownIds && !knownIds(ex.exerciseId)) push(`${ep}.exerciseId`, `unknown exercise "${ex.exerciseId}"`);
      if (ex.pain && (!BODY_REGIONS.includes(ex.pain.region) || !(ex.pain.severity >= 0 && ex.pain.severity <= 10)))
        push(`${ep}.pain`, "region must be a body region and severity 0-10");
      ex.sets.forEach((s, k) => {
        const sp = `${ep}.sets.${k}`;
        const load = s.load ?? 0;
        if (!(load >= 0 && Number.isFinite(load))) push(`${sp}.load`, "load must be a number ≥ 0");
        if (!(Number.isInteger(s.reps) && s.reps >= 0)) push(`${sp}.reps`, "reps must be an integer ≥ 0");
        else if (s.reps === 0 && load > 0 && s.completed && !((s.seconds ?? 0) > 0))
          push(`${sp}.reps`, "0 reps with a load cannot be completed (timed work logs seconds)");
        if (s.seconds !== undefined && !(s.seconds >= 0 && Number.isFinite(s.seconds)))
          push(`${sp}.seconds`, "seconds must be a number ≥ 0");
        if (s.rpe !== undefined && !(s.rpe >= 1 && s.rpe <= 10)) push(`${sp}.rpe`, "RPE must be 1-10");
        if (s.rir !== undefined && !(s.rir >= 0 && s.rir <= 10)) push(`${sp}.rir`, "RIR must be 0-10");
        if (s.velocity !== undefined && !(s.velocity > 0 && s.velocity < 5)) push(`${sp}.velocity`, "must be 0-5 m/s");
      });
    });
  });
  if (errors.length > 0) {
    const code = errors.every((e) => e.path.endsWith(".exerciseId")) ? "unknown_exercise" : "invalid_input";
    throw new EngineError(code, `${errors[0]!.path}: ${errors[0]!.message}`, errors);
  }
}
