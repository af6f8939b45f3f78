import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, migrateDatabase, openDatabase } from "../db/open.ts";

let template: Promise<File | Blob> | undefined;

/** Migrated PGlite data directory, built once per test process (initdb + migrations take ~3 s). */
function pgliteTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const db = await openDatabase({ dataDir: "memory://" });
    if (!db.pglite) throw new Error("expected PGlite");
    const dump = await db.pglite.dumpDataDir("none");
    await db.close();
    return dump;
  })();
  return template;
}

/**
 * A fresh, migrated, isolated database. PGlite (in memory, cloned from the per-process template)
 * unless TEST_DATABASE_URL is set: then a new PostgreSQL database is created on that server and
 * dropped again by `close()`.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const pglite = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    return openDatabase({ pglite, migrate: false });
  }
  const name = `spotter_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), migrate: false, poolSize: 5 });
  await migrateDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
