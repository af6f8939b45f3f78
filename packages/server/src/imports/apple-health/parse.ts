import { SaxesParser } from "saxes";
import { ImportFileError } from "../model.ts";
import { AppleHealthDays, type AppleWorkout } from "./records.ts";

/**
 * Streams an Apple Health `export.xml` through saxes, chunk by chunk, never holding the file:
 * real exports are hundreds of MB to GBs. Malformed XML → ImportFileError naming line and column;
 * another XML document → "wrong format". `onBytes` reports progress (bytes read so far).
 */
export async function parseAppleHealth(
  chunks: AsyncIterable<Uint8Array | string>,
  onBytes?: (bytes: number) => void,
): Promise<AppleHealthDays> {
  const days = new AppleHealthDays();
  const parser = new SaxesParser({ position: true });
  let error: Error | null = null;
  let root: string | null = null;
  let workout: AppleWorkout | null = null;
  parser.on("error", (err) => {
    error ??= err;
  });
  parser.on("opentag", (node) => {
    const attrs = node.attributes as Record<string, string>;
    if (root === null) {
      root = node.name;
      if (root !== "HealthData")
        throw new ImportFileError(
          `wrong format: not an Apple Health export (root element <${root}>, expected <HealthData>)`,
        );
      return;
    }
    if (node.name === "Record") days.record(attrs);
    else if (node.name === "Workout") workout = days.workout(attrs);
    else if (node.name === "WorkoutStatistics" && workout) days.workoutStatistics(workout, attrs);
  });
  parser.on("closetag", (node) => {
    if (node.name === "Workout") workout = null;
  });
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw xmlError(error);
    onBytes?.(bytes);
  }
  parser.write(decoder.decode()).close();
  if (error) throw xmlError(error);
  if (root === null) throw new ImportFileError("wrong format: not an Apple Health export (no XML root element)");
  return days;
}

/** saxes messages read "line:column: what"; the 400 says it in words. */
function xmlError(err: Error): ImportFileError {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(err.message);
  if (!m) return new ImportFileError(`malformed XML: ${err.message}`);
  return new ImportFileError(`malformed XML at line ${m[1]}, column ${m[2]}: ${m[3]}`);
}
