/**
 * Which importer a chosen file goes to, from its name and first bytes, before anything is sent:
 * training-app CSV exports and FIT activities go to the history importer (20 MB at most, the
 * server's limit), Apple Health's export.xml is streamed to its own importer whatever its size. A
 * zip (what the Health app shares) is refused here with what to do, since the server reads the XML.
 */
export type FileKind =
  | { kind: "csv"; contentType: "text/csv" }
  | { kind: "fit"; contentType: "application/octet-stream" }
  | { kind: "apple-health"; contentType: "application/xml" }
  | { kind: "refused"; message: string };

/** The history importer's body limit (server `MAX_IMPORT_BYTES`). */
export const MAX_HISTORY_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** `head` is the file's first bytes (12 are enough: FIT says ".FIT" at offset 8, zip starts "PK"). */
export function fileKind(name: string, size: number, head: Uint8Array): FileKind {
  const lower = name.toLowerCase();
  const ascii = String.fromCharCode(...head.slice(0, 12));
  if (size === 0) return { kind: "refused", message: `${name} is empty.` };
  if (ascii.startsWith("PK") || lower.endsWith(".zip"))
    return {
      kind: "refused",
      message:
        "This is a zip archive. Open it and choose the export.xml inside (apple_health_export/export.xml); Spotter reads the XML itself.",
    };
  if (ascii.slice(8, 12) === ".FIT" || lower.endsWith(".fit"))
    return sized({ kind: "fit", contentType: "application/octet-stream" }, name, size);
  if (lower.endsWith(".xml") || ascii.trimStart().startsWith("<?xml"))
    return { kind: "apple-health", contentType: "application/xml" };
  if (lower.endsWith(".csv") || lower.endsWith(".txt"))
    return sized({ kind: "csv", contentType: "text/csv" }, name, size);
  return {
    kind: "refused",
    message: `${name} is not a file Spotter imports: choose a Strong, Hevy or FitNotes CSV export, a .fit activity, or Apple Health's export.xml.`,
  };
}

function sized(k: FileKind, name: string, size: number): FileKind {
  if (size <= MAX_HISTORY_BYTES) return k;
  return {
    kind: "refused",
    message: `${name} is ${(size / MB).toFixed(1)} MB; training-history files are accepted up to ${MAX_HISTORY_BYTES / MB} MB.`,
  };
}
