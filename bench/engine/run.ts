/**
 * Benchmark: generateSession for a client with one year of history (~150 sessions), against the
 * floor of merely parsing that history (JSON.parse + zod). Run: `npx tsx bench/engine/run.ts`.
 * Prints sessions/second, p50/p99 latency and the generate:parse ratio. Target: p99 ≤ 10 ms.
 */

import { loadavg } from "node:os";
import { clientProfileSchema, sessionLogSchema, trainerProfileSchema } from "@spotter/contracts";
import {
  BUILTIN_EXERCISES,
  buildRoadmap,
  createCatalog,
  generateSession,
  roadmapPosition,
  type SessionLog,
} from "@spotter/engine";
import { z } from "zod";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const catalog = createCatalog(BUILTIN_EXERCISES);
const trainer = trainerProfileSchema.parse({});
const client = clientProfileSchema.parse({
  goals: { primary: "strength", secondary: ["hypertrophy"] },
  trainingAgeMonths: 18,
  locations: [
    {
      id: "gym",
      name: "Gym",
      equipment: [
        "barbell",
        "squat_rack",
        "bench",
        "dumbbells",
        "kettlebells",
        "cable",
        "machines",
        "pullup_bar",
        "bands",
        "mat",
        "rower",
      ],
    },
  ],
  defaultLocationId: "gym",
  schedule: { daysPerWeek: 3, sessionMinutes: 60 },
  baselines: { repMaxes: [{ exerciseId: "back-squat", loadKg: 100, reps: 5, rpe: 8, date: "2025-01-01" }] },
});

// One year of simulated training: generate, "perform" as prescribed (a miss now and then), log.
const start = Date.parse("2025-01-06T00:00:00Z");
const roadmap = buildRoadmap({ ...client }, trainer, { startDate: iso(start), now: start });
const history: SessionLog[] = [];
for (let d = 0; d < 365 && history.length < 150; d += d % 7 === 4 ? 3 : 2) {
  const date = iso(start + d * DAY);
  const s = generateSession({
    trainer,
    client,
    catalog,
    roadmap,
    position: roadmapPosition(roadmap, date),
    history,
    today: { durationMinutes: 60, newPain: [] },
    now: start + d * DAY + 8 * 3_600_000,
    seed: d,
  });
  history.push({
    date,
    unit: "kg",
    sessionRpe: 7,
    feel: 4,
    benchmarks: [],
    exercises: s.main.map((i, k) => ({
      exerciseId: i.exerciseId,
      target: {
        sets: i.sets,
        ...(i.reps ? { reps: i.reps } : {}),
        ...(s.blockKind === "deload" ? { deload: true } : {}),
      },
      sets: Array.from({ length: i.sets }, (_, j) => ({
        load: i.load ?? (catalog.get(i.exerciseId)!.loadType === "bodyweight" ? 0 : 20),
        reps: i.reps ?? 1,
        rpe: i.effort?.scale === "rpe" ? Math.min(10, i.effort.value + 0.5) : 8,
        completed: !(j === i.sets - 1 && (d + k) % 9 === 0),
      })),
    })),
  });
}
const historyJson = JSON.stringify(history);
const historySchema = z.array(sessionLogSchema);
const today = iso(start + 366 * DAY);
const base = {
  trainer,
  client,
  catalog,
  roadmap,
  position: roadmapPosition(roadmap, today),
  today: { durationMinutes: 60, newPain: [] },
  now: `${today}T08:00:00Z`,
};

function measure(n: number, fn: (i: number) => void): { p50: number; p99: number; perSec: number } {
  for (let i = 0; i < 50; i++) fn(i); // warm up the JIT
  const t: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    fn(i);
    t.push(performance.now() - a);
  }
  const total = performance.now() - t0;
  t.sort((a, b) => a - b);
  return { p50: t[Math.floor(n * 0.5)]!, p99: t[Math.floor(n * 0.99)]!, perSec: (n / total) * 1000 };
}

const N = 2000;
const parse = measure(N, () => historySchema.parse(JSON.parse(historyJson)));
// Each call parses and validates the history like the server would, then generates: end to end.
const endToEnd = measure(N, (i) =>
  generateSession({ ...base, history: historySchema.parse(JSON.parse(historyJson)), seed: i }),
);
const parsed = historySchema.parse(JSON.parse(historyJson));
const engineOnly = measure(N, (i) => generateSession({ ...base, history: parsed, seed: i }));

const f = (x: number) => x.toFixed(3).padStart(8);
console.log(
  `load average before run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} (p99 is sensitive to other processes)`,
);
console.log(
  `history: ${history.length} sessions, ${history.reduce((n, l) => n + l.exercises.length, 0)} exercise logs, ${(historyJson.length / 1024).toFixed(0)} KiB JSON`,
);
console.log(`                          p50 ms   p99 ms   per second`);
console.log(`parse floor (JSON+zod) ${f(parse.p50)} ${f(parse.p99)} ${parse.perSec.toFixed(0).padStart(10)}`);
console.log(
  `generateSession only   ${f(engineOnly.p50)} ${f(engineOnly.p99)} ${engineOnly.perSec.toFixed(0).padStart(10)}`,
);
console.log(`parse + generate       ${f(endToEnd.p50)} ${f(endToEnd.p99)} ${endToEnd.perSec.toFixed(0).padStart(10)}`);
console.log(
  `ratio generate:parse (p50) ${(engineOnly.p50 / parse.p50).toFixed(2)}x; target p99 ≤ 10 ms: ${engineOnly.p99 <= 10 ? "met" : "MISSED"}`,
);
