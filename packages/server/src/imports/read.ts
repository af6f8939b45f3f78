import { looksLikeFit, parseFit } from "./fit.ts";
import { ImportFileError, type ImportFormat, type ParsedImport } from "./model.ts";
import { parseCsvExport } from "./parse.ts";
import { uploadText } from "./upload.ts";

/**
 * An uploaded file as imported sessions: FIT by its header (or `format: "fit"`), else CSV text of
 * one of the training apps. A file of the other kind than `format` names what it is.
 */
export function readUpload(bytes: Uint8Array, opts: { format?: ImportFormat; unit?: "kg" | "lb" } = {}): ParsedImport {
  const { format, unit } = opts;
  if (looksLikeFit(bytes)) {
    if (format && format !== "fit") throw new ImportFileError(`a FIT file, not a ${format} export`);
    const sessions = parseFit(bytes);
    return { format: "fit", rows: sessions.reduce((n, s) => n + s.sets.length, 0), sessions };
  }
  if (format === "fit") throw new ImportFileError("not a FIT file (its header does not say .FIT)");
  return parseCsvExport(uploadText(bytes), { ...(format ? { format } : {}), ...(unit ? { unit } : {}) });
}
