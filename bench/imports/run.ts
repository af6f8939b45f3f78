/**
 * Import benchmark (issue 15): a 7,000-row Hevy history, synthesised from the real export's shape
 * (bench/imports/synth-hevy.ts), previewed and committed over HTTP into a new client, then
 * committed again (idempotent: adds nothing). PostgreSQL by default (a fresh database, dropped
 * after); BENCH_DB=pglite for the embedded one.
 *
 *   npx tsx bench/imports/run.ts
 *   BENCH_DB=pglite BENCH_ROWS=7000 npx tsx bench/imports/run.ts
 * Target: the 7,000-row import ≤ 10 s on PostgreSQL.
 */
import { resolve } from "node:path";
import { createClient, createTestApp, signup, type TestClient } from "@spotter/server/testing";
import { synthesizeHevy } from "./synth-hevy.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 7000);
const DB = process.env.BENCH_DB ?? "postgres";
if (DB === "postgres") process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
else delete process.env.TEST_DATABASE_URL;

const REAL = resolve(import.meta.dirname, "../../../shared/realdata/hevy/hevy_workouts_export.csv");

async function post(client: TestClient, path: string, csv: string) {
  const t0 = performance.now();
  const res = await client.request<{ sessions: Record<string, number>; sets: Record<string, number> }>(
    "POST",
    path,
    csv,
    {
      "content-type": "text/csv",
    },
  );
  const ms = performance.now() - t0;
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return { ms, body: res.body };
}

const csv = synthesizeHevy(REAL, ROWS);
const t = await createTestApp();
try {
  const coach = t.client();
  await signup(coach, "Bench org");
  const clientId = await createClient(coach, "Hevy bench client");
  const base = `/api/clients/${clientId}/imports`;
  const preview = await post(coach, `${base}/preview`, csv);
  const commit = await post(coach, base, csv);
  const again = await post(coach, base, csv);
  const mb = (Buffer.byteLength(csv) / 1e6).toFixed(2);
  console.log(`database ${DB}; ${ROWS} rows (${mb} MB), ${commit.body.sessions.inFile} workouts`);
  console.log(
    `preview  ${preview.ms.toFixed(0)} ms  (would add ${preview.body.sessions.added} sessions, ${preview.body.sets.working} working + ${preview.body.sets.warmup} warm-up sets)`,
  );
  console.log(`commit   ${commit.ms.toFixed(0)} ms  (added ${commit.body.sessions.added} sessions)`);
  console.log(
    `re-import ${again.ms.toFixed(0)} ms (added ${again.body.sessions.added}, already ${again.body.sessions.alreadyImported})`,
  );
  console.log(`target: commit ≤ 10000 ms → ${commit.ms <= 10_000 ? "met" : "NOT met"}`);
} finally {
  await t.close();
}
