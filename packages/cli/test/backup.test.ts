import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@spotter/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../src/backup/backup.ts";
import { RestoreRefused, restoreDatabase } from "../src/backup/restore.ts";
import { ensureDemo } from "../src/demo/ensure-demo.ts";
import { freshPglite, freshPostgres, snapshot } from "./databases.ts";

const pgUrl = process.env.TEST_DATABASE_URL;

/** A table with the column types features are likely to use, to prove they all round-trip. */
const TYPES_TABLE = `create table zz_types (id int primary key, tags text[], amount numeric(8,2), day date,
  at timestamptz, doc jsonb, flag boolean, ratio double precision, raw bytea, nothing text)`;

async function withTypes(database: Database): Promise<Database> {
  await database.query(TYPES_TABLE);
  return database;
}

describe("spotter backup / restore", () => {
  const dir = mkdtempSync(join(tmpdir(), "spotter-backup-"));
  let source: Database;
  let expected: Record<string, string[]>;
  beforeAll(async () => {
    source = await freshPglite();
    await ensureDemo(source, "demo-password-1");
    // a row with quotes, unicode and nested JSON to prove the format round-trips it
    await source.query(
      `update clients set name = 'Zoë "Z" O''Neil' where id = (select id from clients order by name limit 1)`,
    );
    await source.query(TYPES_TABLE);
    await source.query(
      `insert into zz_types values (1, array['a','b"c'], 12.50, '2026-02-28', '2026-03-01T10:00:00.123456Z', '{"k":[1,{"x":null}]}', true, 2.5e-7, '\\xdeadbeef', null)`,
    );
    expected = await snapshot(source);
  });
  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores a PGlite backup into a fresh PGlite with identical data", async () => {
    const file = join(dir, "pglite.jsonl.gz");
    const header = await backupDatabase(source, file);
    expect(header.tables.find((t) => t.name === "clients")?.rows).toBe(18);
    const target = await withTypes(await freshPglite());
    try {
      await restoreDatabase(target, file);
      expect(await snapshot(target)).toEqual(expected);
    } finally {
      await target.close();
    }
  });

  it("refuses a non-empty database unless forced", async () => {
    const file = join(dir, "again.jsonl.gz");
    await backupDatabase(source, file);
    const target = await withTypes(await freshPglite());
    try {
      await ensureDemo(target, "other-password");
      await expect(restoreDatabase(target, file)).rejects.toBeInstanceOf(RestoreRefused);
      await restoreDatabase(target, file, { force: true });
      expect(await snapshot(target)).toEqual(expected);
    } finally {
      await target.close();
    }
  });

  it.skipIf(!pgUrl)("moves PGlite → PostgreSQL → PGlite without losing anything", async () => {
    const toPg = join(dir, "to-pg.jsonl.gz");
    const back = join(dir, "back.jsonl.gz");
    await backupDatabase(source, toPg);
    const postgres = await withTypes(await freshPostgres(pgUrl as string));
    try {
      await restoreDatabase(postgres, toPg);
      expect(await snapshot(postgres)).toEqual(expected);
      await backupDatabase(postgres, back);
    } finally {
      await postgres.close();
    }
    const again = await withTypes(await freshPglite());
    try {
      await restoreDatabase(again, back);
      expect(await snapshot(again)).toEqual(expected);
    } finally {
      await again.close();
    }
  });
});
