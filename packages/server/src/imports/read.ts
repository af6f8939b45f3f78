import { decodeFit, looksLikeFit, strengthSessions } from "./fit.ts";
import { fitWearable, hasWearableData } from "./fit-wearable.ts";
import { ImportFileError, type ImportFormat, type ParsedImport } from "./model.ts";
import { parseCsvExport } from "./parse.ts";
import { uploadText } from "./upload.ts";

/**
 * An uploaded file as imported sessions: FIT by its header (or `format: "fit"`), else CSV text of
 * one of the training apps. A file of the other kind than `format` names what it is.
 */
export function readUpload(
  bytes: Uint8Array,
  opts: { format?: ImportFormat; unit?: "kg" | "lb"; fitUser?: number } = {},
): ParsedImport {
  const { format, unit } = opts;
  if (looksLikeFit(bytes)) {
    if (format && format !== "fit") throw new ImportFileError(`a FIT file, not a ${format} export`);
    return readFit(bytes, opts.fitUser);
  }
  if (format === "fit") throw new ImportFileError("not a FIT file (its header does not say .FIT)");
  return parseCsvExport(uploadText(bytes), { ...(format ? { format } : {}), ...(unit ? { unit } : {}) });
}

/**
 * A FIT file decoded once: its strength sessions and its wearable data (monitoring, morning HRV,
 * weigh-ins). A file with neither is an ImportFileError naming what it holds and why the rest was
 * skipped (e.g. RR intervals recorded during a run).
 */
function readFit(bytes: Uint8Array, fitUser?: number): ParsedImport {
  const messages = decodeFit(bytes);
  let sessions: ParsedImport["sessions"] = [];
  let noStrength: ImportFileError | undefined;
  try {
    sessions = strengthSessions(messages);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    noStrength = err;
  }
  const wearable = fitWearable(messages, fitUser);
  if (noStrength && !hasWearableData(wearable)) {
    const why = wearable ? [...wearable.skipped.keys()] : [];
    throw new ImportFileError(
      `${noStrength.message}, and no monitoring, morning HRV or weight-scale data${why.length ? ` (${why.join("; ")})` : ""}`,
    );
  }
  return {
    format: "fit",
    rows: sessions.reduce((n, s) => n + s.sets.length, 0),
    sessions,
    ...(wearable && hasWearableData(wearable) ? { wearable } : {}),
  };
}
