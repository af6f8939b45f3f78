import { readCsv } from "./csv.ts";
import { isFitNotes, parseFitNotes } from "./fitnotes.ts";
import { HEVY_REQUIRED, isHevy, parseHevy } from "./hevy.ts";
import { type CsvFormat, ImportFileError, type ParsedImport } from "./model.ts";
import { isStrong, parseStrong, STRONG_REQUIRED } from "./strong.ts";

const DETECT: Record<CsvFormat, (header: readonly string[]) => boolean> = {
  strong: isStrong,
  hevy: isHevy,
  fitnotes: isFitNotes,
};

const EXPECTED: Record<CsvFormat, string> = {
  strong: STRONG_REQUIRED.join(", "),
  hevy: HEVY_REQUIRED.join(", "),
  fitnotes: "Date, Exercise, Category, Weight, Reps",
};

/**
 * A CSV export as imported sessions. `format` given: the header must be that app's (a Hevy file sent
 * as Strong is a 400 saying which columns are missing); absent: detected from the header.
 */
export function parseCsvExport(text: string, opts: { format?: CsvFormat; unit?: "kg" | "lb" } = {}): ParsedImport {
  const table = readCsv(text);
  const detected = (Object.keys(DETECT) as CsvFormat[]).find((f) => DETECT[f](table.header));
  const format = opts.format ?? detected;
  if (!format)
    throw new ImportFileError(
      `header "${table.header.join(",").slice(0, 120)}" is not a Strong, Hevy or FitNotes export`,
      1,
    );
  if (!DETECT[format](table.header))
    throw new ImportFileError(
      `not a ${format} export: its header needs ${EXPECTED[format]}${detected ? ` (this looks like a ${detected} export)` : ""}`,
      1,
    );
  if (table.rows.length === 0) throw new ImportFileError("the file has a header but no rows");
  const sessions =
    format === "strong"
      ? parseStrong(table, opts.unit ?? "kg")
      : format === "hevy"
        ? parseHevy(table)
        : parseFitNotes(table);
  return { format, rows: table.rows.length, sessions };
}
