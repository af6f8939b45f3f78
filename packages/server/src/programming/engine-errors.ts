import { EngineError } from "@spotter/engine";
import { HttpError } from "../http/errors.ts";

/** Maps an engine field path (e.g. `today.durationMinutes`) to the request field it came from. */
export type PathMapper = (enginePath: string) => string;

/**
 * Runs an engine call and turns its EngineError into the API's error shape: bad input and unknown
 * exercises → 400 validation_error naming the request field, an unsatisfiable request → 422
 * engine_unsatisfiable. An engine `internal` error is also 422 (logged by the caller's message) so
 * the engine can never produce an unexplained 500.
 */
export function runEngine<T>(fn: () => T, mapPath: PathMapper): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    const fields = e.fields.map((f) => ({ path: mapPath(f.path), message: f.message }));
    if (e.code === "invalid_input" || e.code === "unknown_exercise") {
      const first = fields[0];
      const message = first ? `invalid ${first.path}: ${first.message}` : e.message;
      throw new HttpError("validation_error", message, { fields });
    }
    const message =
      e.code === "internal" ? `the engine could not handle this request: ${e.message}` : mapMessage(e.message, mapPath);
    throw new HttpError("engine_unsatisfiable", message, fields.length > 0 ? { fields } : {});
  }
}

/** `today.equipment: no exercise ...` → `body.equipment: no exercise ...`. */
function mapMessage(message: string, mapPath: PathMapper): string {
  const m = /^([\w.]+): (.*)$/s.exec(message);
  return m?.[1] && m[2] ? `${mapPath(m[1])}: ${m[2]}` : message;
}

/** Engine paths of generateSession's input → request paths (today.* is the body; the rest is stored data). */
export const generatePathMapper: PathMapper = (p) => {
  if (p.startsWith("today.")) return `body.${p.slice("today.".length)}`;
  if (p.startsWith("trainer.")) return `trainerProfile.${p.slice("trainer.".length)}`;
  if (p.startsWith("client.")) return `client.profile.${p.slice("client.".length)}`;
  return p;
};
