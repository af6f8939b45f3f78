import { afterEach, describe, expect, it, vi } from "vitest";
import { type Database, openDatabase } from "../src/db/open.ts";

const url = process.env.TEST_DATABASE_URL;

/**
 * A server keeps its PostgreSQL connections through quiet spells (issue 12): pg closes a connection
 * idle for 10 s, and the first burst after a quiet night then waited on new backends that planned
 * every named statement again (bench/api/RESULTS.md). pg's idle timer is the only timer faked here;
 * the connections are real.
 */
describe.skipIf(!url)("PostgreSQL connections of a server and of a command", () => {
  let database: Database | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await database?.close();
    database = undefined;
  });

  /** Backends of this pool, as PostgreSQL counts them (not pg's own bookkeeping). */
  const backends = async (db: Database) => {
    const [row] = await db.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where application_name = $1",
      [applicationName],
    );
    return row?.n ?? 0;
  };
  let applicationName = "";
  const open = (keepConnections: boolean) => {
    applicationName = `spotter_pool_test_${keepConnections}_${process.pid}`;
    const withName = new URL(url ?? "");
    withName.searchParams.set("application_name", applicationName);
    return openDatabase({ databaseUrl: withName.toString(), migrate: false, poolSize: 3, keepConnections });
  };

  it("a server opens all its connections before it answers, and keeps them after 11 s of nothing", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    database = await open(true);
    expect(database.pool?.totalCount).toBe(3);
    vi.advanceTimersByTime(11_000);
    expect(database.pool?.totalCount).toBe(3);
    vi.useRealTimers();
    // The query takes one of the three; PostgreSQL still has all three.
    expect(await backends(database)).toBe(3);
  });

  it("a command opens connections as it needs them and lets idle ones close", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    database = await open(false);
    expect(database.pool?.totalCount).toBe(0);
    await database.query("select 1");
    expect(database.pool?.totalCount).toBe(1);
    vi.advanceTimersByTime(11_000);
    expect(database.pool?.totalCount).toBe(0);
  });
});
