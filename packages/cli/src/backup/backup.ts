import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { Database } from "@spotter/server";
import { migrationCount, quoteIdent, tablesInDependencyOrder } from "./tables.ts";

export const BACKUP_FORMAT = "spotter-backup";
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: "pglite" | "postgres";
  migrations: number;
  tables: { name: string; rows: number }[];
};

const PAGE = 1000;

/**
 * Writes the whole `public` schema to one gzip'd JSON-lines file: a header line, then one line
 * per row `{"t": table, "r": row}` in dependency order. Rows come from `row_to_json`, so the file
 * is driver-neutral (PGlite ↔ PostgreSQL) and restores through `json_populate_recordset`.
 */
export async function backupDatabase(database: Database, file: string): Promise<BackupHeader> {
  const tables = await tablesInDependencyOrder(database);
  const counts: { name: string; rows: number }[] = [];
  for (const name of tables) {
    const [row] = await database.query<{ n: number }>(`select count(*)::int as n from ${quoteIdent(name)}`);
    counts.push({ name, rows: Number(row?.n ?? 0) });
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    source: database.kind,
    migrations: await migrationCount(database),
    tables: counts,
  };
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const name of tables) {
      // Pages ordered by the row's text form: stable without knowing each table's key.
      for (let offset = 0; ; offset += PAGE) {
        const rows = await database.query<{ j: string }>(
          `select row_to_json(t)::text as j from ${quoteIdent(name)} t order by t::text limit ${PAGE} offset ${offset}`,
        );
        for (const r of rows) yield `{"t":${JSON.stringify(name)},"r":${r.j}}\n`;
        if (rows.length < PAGE) break;
      }
    }
  }
  const out = createWriteStream(file);
  await pipeline(Readable.from(lines()), createGzip(), out);
  if (!out.closed) await once(out, "close");
  return header;
}
