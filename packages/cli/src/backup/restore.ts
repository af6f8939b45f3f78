import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Database } from "@spotter/server";
import { sql } from "drizzle-orm";
import { BACKUP_FORMAT, type BackupHeader } from "./backup.ts";
import { migrationCount, quoteIdent, tablesInDependencyOrder } from "./tables.ts";

const BATCH = 500;

export class RestoreRefused extends Error {}

async function rowCount(database: Database, tables: string[]): Promise<number> {
  let total = 0;
  for (const t of tables) {
    const [r] = await database.query<{ n: number }>(`select count(*)::int as n from ${quoteIdent(t)}`);
    total += Number(r?.n ?? 0);
  }
  return total;
}

/**
 * Restores a `spotter backup` file into a migrated database, all in one transaction. Refuses a
 * database that holds any row unless `force` (which empties every table first), and refuses a
 * backup made by a newer schema than this one.
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupHeader> {
  const tables = await tablesInDependencyOrder(database);
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as BackupHeader;
  if (header.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a Spotter backup`);
  if (header.migrations > (await migrationCount(database)))
    throw new RestoreRefused("this backup comes from a newer Spotter version; upgrade first");
  const unknown = header.tables.filter((t) => !tables.includes(t.name) && t.rows > 0);
  if (unknown.length > 0)
    throw new RestoreRefused(`unknown tables in backup: ${unknown.map((t) => t.name).join(", ")}`);
  if (!options.force && (await rowCount(database, tables)) > 0)
    throw new RestoreRefused("the target database is not empty; restore into an empty one or pass --force");

  await database.db.transaction(async (tx) => {
    if (options.force) await tx.execute(sql.raw(`truncate ${tables.map(quoteIdent).join(", ")} cascade`));
    let table = "";
    let batch: unknown[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const ident = sql.raw(quoteIdent(table));
      await tx.execute(
        sql`insert into ${ident} select * from json_populate_recordset(null::${ident}, ${JSON.stringify(batch)}::json)`,
      );
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const line = JSON.parse(next.value) as { t: string; r: unknown };
      if (line.t !== table || batch.length >= BATCH) {
        await flush();
        table = line.t;
      }
      batch.push(line.r);
    }
    await flush();
  });
  // Every table was just bulk-loaded: statistics now, not whenever (or if) autovacuum runs.
  await database.query("analyze");
  return header;
}
