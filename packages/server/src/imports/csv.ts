import { CsvError, parse } from "csv-parse/sync";
import { ImportFileError } from "./model.ts";

/** One data row: cells by header name, and the file line it starts on (1-based). */
export type CsvRow = { cells: Record<string, string>; line: number };
export type CsvTable = { header: string[]; rows: CsvRow[] };

/**
 * The delimiter of the header line: Strong's 2025 exports use `;`, everything else `,`. Counted
 * outside quotes would be stricter, but headers hold no quoted delimiters.
 */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Reads a whole CSV export (header + rows) with csv-parse. Quoted cells may span lines (Hevy's
 * notes); a row whose cell count differs from the header's, an unclosed quote or an empty file is
 * an ImportFileError naming the line.
 */
export function readCsv(text: string): CsvTable {
  if (text.trim() === "") throw new ImportFileError("the file is empty");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      info: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof err.lines === "number" ? err.lines : undefined;
      throw new ImportFileError(`not a readable CSV file (${err.code}: ${err.message})`, line);
    }
    throw err;
  }
  const [head, ...body] = records;
  if (!head) throw new ImportFileError("the file is empty");
  const header = head.record.map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = record[i] ?? "";
    });
    // csv-parse counts lines up to the record's end; a quoted cell spanning lines (Hevy's notes)
    // would otherwise point past the row's first line.
    let inner = 0;
    for (const cell of record) for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) inner += 1;
    rows.push({ cells, line: info.lines - inner });
  }
  return { header, rows };
}
