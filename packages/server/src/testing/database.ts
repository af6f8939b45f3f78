import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "../db/open.ts";

/**
 * What a migrated template depends on: every migration file, the journal and PGlite's version.
 * A changed migration (or PGlite) names a new template; an unchanged one is reused.
 */
function templateKey(): string {
  const hash = createHash("sha256");
  const pgliteEntry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  hash.update(JSON.parse(readFileSync(join(dirname(pgliteEntry), "..", "package.json"), "utf8")).version);
  for (const file of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (file.endsWith(".sql")) hash.update(file).update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json")));
  return hash.digest("hex").slice(0, 16);
}

let template: Promise<File | Blob> | undefined;

/**
 * Migrated PGlite data directory. Vitest runs each test file in a fresh process, so a template kept
 * only in memory was rebuilt by every file (initdb + migrations: ~9 s of CPU, against ~1.2 s to
 * clone it); it is kept on disk under the migrations' key and built once per machine.
 */
function pgliteTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const dir = join(tmpdir(), "spotter-test-templates");
    const path = join(dir, `pglite-${templateKey()}.tar`);
    try {
      return new Blob([readFileSync(path)]);
    } catch {
      // Not built on this machine yet.
    }
    const db = await openDatabase({ dataDir: "memory://" });
    if (!db.pglite) throw new Error("expected PGlite");
    const dump = await db.pglite.dumpDataDir("none");
    await db.close();
    // Written aside and renamed, so a file running beside this one never reads half a template.
    mkdirSync(dir, { recursive: true });
    const partial = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, path);
    return dump;
  })();
  return template;
}

/** Serializes template builds across test processes (PostgreSQL advisory locks are server-wide per database). */
const TEMPLATE_LOCK_KEY = 0x73707470;
const pgTemplates = new Map<string, Promise<string>>();

/**
 * A migrated PostgreSQL database that test databases are copied from (CREATE DATABASE … TEMPLATE
 * copies files: a fraction of running every migration, which each test database used to do). Built
 * under another name and renamed when complete, so no process copies a half-migrated template.
 */
function postgresTemplate(url: string): Promise<string> {
  let named = pgTemplates.get(url);
  if (!named) {
    named = (async () => {
      const name = `spotter_template_${templateKey()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
        const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
        if (!found.rowCount) {
          const building = `${name}_build`;
          await admin.query(`drop database if exists ${building} with (force)`);
          await admin.query(`create database ${building}`);
          const buildUrl = new URL(url);
          buildUrl.pathname = `/${building}`;
          const database = await openDatabase({ databaseUrl: buildUrl.toString(), migrate: false, poolSize: 1 });
          try {
            await migrateDatabase(database);
          } finally {
            await database.close();
          }
          await admin.query(`alter database ${building} rename to ${name}`);
          // Templates of earlier migrations would pile up on the server, one per migration change:
          // drop them. One in use (a checkout of older code copying it now) refuses and is kept.
          const old = await admin.query<{ datname: string }>(
            "select datname from pg_database where datname like 'spotter\\_template\\_%' and datname <> $1",
            [name],
          );
          for (const { datname } of old.rows) await admin.query(`drop database "${datname}"`).catch(() => {});
        }
      } finally {
        await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]).catch(() => {});
        await admin.end();
      }
      return name;
    })();
    // A failed build is not remembered: the next database asks again.
    named.catch(() => pgTemplates.delete(url));
    pgTemplates.set(url, named);
  }
  return named;
}

/** A fresh migrated PGlite in memory, cloned from the migrated template. */
export async function createTestPglite(): Promise<Database> {
  const pglite = await PGlite.create({ loadDataDir: await pgliteTemplate() });
  return openDatabase({ pglite, migrate: false });
}

/**
 * A fresh migrated PostgreSQL database on the server at `url`, copied from the migrated template
 * database there, and dropped again by `close()`.
 */
export async function createTestPostgres(url: string, poolSize = 5): Promise<Database> {
  const from = await postgresTemplate(url);
  const name = `spotter_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${from}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), migrate: false, poolSize });
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

/** A fresh, migrated, isolated database: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? createTestPostgres(url) : createTestPglite();
}
