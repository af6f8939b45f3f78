import { EngineError, type EngineFieldError } from "../core/errors.ts";
import { BODY_REGIONS, UNITS } from "../model/index.ts";
import type { SessionLog, SetLog } from "./session-log.ts";

/**
 * Rejects impossible logs, naming every offending log field and exercise and the first offending
 * field of each set: negative loads, RPE outside 1-10, a completed set with a load but neither reps
 * nor seconds (a loaded carry or hold logs its load with seconds), unknown exercise ids (when
 * `knownIds` is given), pain severity outside 0-10.
 */
export function validateSessionLogs(
  logs: readonly SessionLog[],
  path: string,
  knownIds?: (id: string) => boolean,
): void {
  // Runs on every draft over the whole history (a year is thousands of sets): plain loops, and a
  // field's path is built only when that field fails.
  let errors: EngineFieldError[] | undefined;
  const push = (p: string, message: string) => {
    errors ??= [];
    errors.push({ path: p, message });
  };
  for (let i = 0; i < logs.length; i++) {
    const log = logs[i]!;
    if (!DATE.test(log.date)) push(`${path}.${i}.date`, "expected YYYY-MM-DD");
    if (log.unit !== "kg" && log.unit !== "lb" && !UNITS.includes(log.unit))
      push(`${path}.${i}.unit`, "must be kg or lb");
    for (let j = 0; j < log.exercises.length; j++) {
      const ex = log.exercises[j]!;
      if (knownIds && !knownIds(ex.exerciseId))
        push(`${path}.${i}.exercises.${j}.exerciseId`, `unknown exercise "${ex.exerciseId}"`);
      if (ex.pain && (!BODY_REGIONS.includes(ex.pain.region) || !(ex.pain.severity >= 0 && ex.pain.severity <= 10)))
        push(`${path}.${i}.exercises.${j}.pain`, "region must be a body region and severity 0-10");
      const sets = ex.sets;
      for (let k = 0; k < sets.length; k++) {
        const problem = setProblem(sets[k]!);
        if (problem) push(`${path}.${i}.exercises.${j}.sets.${k}.${problem[0]}`, problem[1]);
      }
    }
  }
  if (errors) {
    const code = errors.every((e) => e.path.endsWith(".exerciseId")) ? "unknown_exercise" : "invalid_input";
    throw new EngineError(code, `${errors[0]!.path}: ${errors[0]!.message}`, errors);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first thing wrong with a set, as [field, message]; undefined when it is sound. The optional
 * fields are read with one for-in over the keys the set actually has: logged sets come in many
 * shapes, and probing each absent field by name is several times slower on a year of logs.
 */
function setProblem(s: SetLog): [string, string] | undefined {
  let load: number | undefined;
  let seconds: number | undefined;
  let rpe: number | undefined;
  let rir: number | undefined;
  let velocity: number | undefined;
  for (const key in s) {
    if (key === "load") load = s.load;
    else if (key === "seconds") seconds = s.seconds;
    else if (key === "rpe") rpe = s.rpe;
    else if (key === "rir") rir = s.rir;
    else if (key === "velocity") velocity = s.velocity;
  }
  const kg = load ?? 0;
  if (!(kg >= 0 && Number.isFinite(kg))) return ["load", "load must be a number ≥ 0"];
  if (!(Number.isInteger(s.reps) && s.reps >= 0)) return ["reps", "reps must be an integer ≥ 0"];
  if (s.reps === 0 && kg > 0 && s.completed && !((seconds ?? 0) > 0))
    return ["reps", "0 reps with a load cannot be completed (timed work logs seconds)"];
  if (seconds !== undefined && !(seconds >= 0 && Number.isFinite(seconds)))
    return ["seconds", "seconds must be a number ≥ 0"];
  if (rpe !== undefined && !(rpe >= 1 && rpe <= 10)) return ["rpe", "RPE must be 1-10"];
  if (rir !== undefined && !(rir >= 0 && rir <= 10)) return ["rir", "RIR must be 0-10"];
  if (velocity !== undefined && !(velocity > 0 && velocity < 5)) return ["velocity", "must be 0-5 m/s"];
  return undefined;
}
