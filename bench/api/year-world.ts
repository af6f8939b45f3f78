/**
 * The drafting benchmarks' shared setup (bench/api/generate.ts, bench/api/week.ts,
 * bench/programming/generate.ts): a server on a fresh database (a temporary PostgreSQL database,
 * created and dropped, or PGlite in memory), a signed-up coach, and clients with one year of logged
 * history (test/programming/year-of-history.ts) and a saved roadmap, over HTTP.
 */
import { randomBytes } from "node:crypto";
import { buildApp, type Database, openDatabase } from "@spotter/server";
import pg from "pg";
import { insertLoggedSessions, yearOfLogs } from "../../packages/server/test/programming/year-of-history.ts";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type Http = { base: string; cookie: string; csrf: string };

/** One JSON call as the signed-in coach; throws on a status ≥ 300. */
export async function call<T = Record<string, unknown>>(
  h: Http,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(h.base + path, {
    method,
    headers: {
      cookie: h.cookie,
      "x-csrf-token": h.csrf,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The p-th percentile (nearest rank, clamped). */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `spotter_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type YearWorld = {
  kind: string;
  database: Database;
  h: Http;
  organizationId: string;
  userId: string;
  /** Stops the server, closes the database and drops it (PostgreSQL). */
  close: () => Promise<void>;
};

/** A server on a fresh `kind` database ("postgres" or "pglite"), listening on a free port, with a signed-up coach. */
export async function startYearWorld(kind: string): Promise<YearWorld> {
  const pgdb = kind === "postgres" ? await freshPostgres() : undefined;
  const database = await openDatabase(pgdb ? { databaseUrl: pgdb.url, poolSize: 10 } : { dataDir: "memory://" });
  const app = await buildApp({ database, logger: false });
  const close = async () => {
    await app.close();
    await database.close();
    await pgdb?.drop();
  };
  try {
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const signup = await fetch(`${base}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        organizationName: "Bench",
        name: "Coach",
        email: "bench@example.test",
        password: "bench-password-123",
      }),
    });
    const me = (await signup.json()) as { csrfToken: string; organization: { id: string }; user: { id: string } };
    const h: Http = { base, cookie: (signup.headers.get("set-cookie") ?? "").split(";")[0]!, csrf: me.csrfToken };
    return { kind, database, h, organizationId: me.organization.id, userId: me.user.id, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** A strength client at a gym with barbell, rack, bench, dumbbells and a pull-up bar. */
export function gymProfile(schedule: { daysPerWeek: number; preferredDays: string[] }) {
  return {
    goals: { primary: "strength", secondary: [] },
    trainingAgeMonths: 30,
    injuries: [],
    locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells", "pullup_bar"] }],
    defaultLocationId: "gym",
    schedule: { sessionMinutes: 60, ...schedule },
  };
}

/**
 * A client with one year of logged history (3 sessions a week, 156 logs, ending yesterday) and a
 * saved roadmap. `logOnce`: one more session drafted, published and logged through the API, so the
 * log builds the progression archive the windowed draft reads.
 */
export async function seedYearClient(
  w: YearWorld,
  name: string,
  profile: ReturnType<typeof gymProfile>,
  options: { logOnce?: boolean } = {},
): Promise<string> {
  const { id } = await call<{ id: string }>(w.h, "POST", "/api/clients", { name, profile });
  await insertLoggedSessions(
    w.database,
    { organizationId: w.organizationId, clientId: id },
    yearOfLogs(52, Date.now() - 86_400_000),
  );
  await call(w.h, "POST", `/api/clients/${id}/roadmap`, {});
  if (options.logOnce) {
    const draft = await call<{ id: string }>(w.h, "POST", `/api/clients/${id}/sessions`, { durationMinutes: 60 });
    await call(w.h, "POST", `/api/sessions/${draft.id}/publish`);
    await call(w.h, "POST", `/api/sessions/${draft.id}/log`, { sets: [], sessionRpe: 6 });
  }
  return id;
}

/**
 * The generate benches' pair: two clients with the same year, each logged once through the API;
 * "full" then loses its progression archive, so drafting for it reads and parses every log (the
 * old path) while "windowed" drafts from the window + archive (the current path).
 */
export async function seedWindowedAndFull(w: YearWorld): Promise<Record<"windowed" | "full", string>> {
  const profile = gymProfile({ daysPerWeek: 3, preferredDays: [] });
  const windowed = await seedYearClient(w, "Year windowed", profile, { logOnce: true });
  const full = await seedYearClient(w, "Year full", profile, { logOnce: true });
  await w.database.query("delete from progression_archives where client_id = $1", [full]);
  return { windowed, full };
}
