/**
 * Drafting reads a window of recent logs plus the progression archive instead of every log. These
 * tests hold that to "the engine cannot tell the difference": (1) a property test — for any long
 * history, the progression state derived from archive + window equals the one from every log on
 * every field prescribing reads (all-time totals exact through statesWithTotals); (2) through the
 * real server — a client with a year of logs gets the same main lifts and loads from the windowed
 * path as from the full history, and logging advances the archive.
 */
import { dayIndex, deriveProgressionStates, isoFromDay, type SessionLog } from "@spotter/engine";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  archiveAsLogs,
  foldIntoArchive,
  HISTORY_WINDOW_DAYS,
  statesWithTotals,
} from "../../src/programming/history-archive.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";
import { expectOk, generate, logAsPrescribed, publish } from "./programming-support.ts";
import { insertLoggedSessions, yearOfLogs } from "./year-of-history.ts";

const END = Date.UTC(2026, 5, 30);

/**
 * A year of logs with some sets missed and some efforts changed, and one exercise per day dropped
 * for the last weeks (a program change): its state then lives mostly or only in the archive.
 */
const historyArb = fc
  .record({
    weeks: fc.integer({ min: 18, max: 56 }),
    droppedSlot: fc.integer({ min: 0, max: 3 }),
    droppedWeeks: fc.integer({ min: 0, max: 30 }),
    misses: fc.array(fc.nat(400), { maxLength: 30 }),
    rpeShifts: fc.array(fc.tuple(fc.nat(400), fc.integer({ min: -1, max: 2 })), { maxLength: 30 }),
  })
  .map(({ weeks, droppedSlot, droppedWeeks, misses, rpeShifts }) => {
    const logs = yearOfLogs(weeks, END);
    const at = (k: number) => logs[k % logs.length]!.exercises[k % 3]!.sets;
    for (const k of misses) {
      const sets = at(k);
      const last = sets[sets.length - 1]!;
      sets[sets.length - 1] = { ...last, reps: Math.max(0, last.reps - 2), completed: false };
    }
    for (const [k, shift] of rpeShifts) {
      for (const s of at(k)) if (s.rpe !== undefined) s.rpe = Math.min(10, Math.max(6, s.rpe + shift));
    }
    const from = logs.length - droppedWeeks * 3;
    return logs.map((l, i) => (i >= from ? { ...l, exercises: l.exercises.filter((_, j) => j !== droppedSlot) } : l));
  });

const PRESCRIBING = [
  "lastDate",
  "lastLoadKg",
  "lastReps",
  "lastMinReps",
  "lastRpe",
  "lastAllCompleted",
  "lastTargetReps",
  "lastPain",
  "stallCount",
  "failedCount",
  "recentE1rmKg",
] as const;

describe("windowed draft history + progression archive", () => {
  it("derives the same progression state as the full history (property)", () => {
    fc.assert(
      fc.property(historyArb, (logs) => {
        const cut = isoFromDay(dayIndex(logs[logs.length - 1]!.date) - HISTORY_WINDOW_DAYS);
        const old = logs.filter((l) => l.date < cut);
        const recent = logs.filter((l) => l.date >= cut);
        // Folded in two steps, as successive logs would advance it.
        const half = Math.floor(old.length / 2);
        const archive = foldIntoArchive(
          foldIntoArchive({ exposures: {}, totals: {} }, old.slice(0, half)),
          old.slice(half),
        );
        const history: SessionLog[] = [...archiveAsLogs(archive, recent), ...recent];
        const full = deriveProgressionStates(logs);
        const windowed = statesWithTotals({ history, archive, recent });
        expect(Object.keys(windowed).sort()).toEqual(Object.keys(full).sort());
        for (const [id, f] of Object.entries(full)) {
          const w = windowed[id]!;
          for (const key of PRESCRIBING)
            expect([id, key, w[key as keyof typeof w]]).toEqual([id, key, f[key as keyof typeof f]]);
          expect(w.exposures).toBe(f.exposures);
          expect(w.bestE1rmKg).toBeCloseTo(f.bestE1rmKg, 6);
          // The smoothed estimate forgets older exposures geometrically: 10 kept → within 0.5%.
          expect(Math.abs(w.e1rmKg - f.e1rmKg)).toBeLessThanOrEqual(0.005 * f.e1rmKg + 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("windowed history through the server", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Windowed History");
  });
  afterAll(() => t.close());

  it("a year of logs: logging builds the archive, and the windowed draft matches the full-history draft", async () => {
    const id = await createClient(org.coach, "Year of logs", { profile: profileInput({ trainingAgeMonths: 30 }) });
    const ids = { organizationId: org.ids.organizationId, clientId: id };
    await insertLoggedSessions(t.database, ids, yearOfLogs(52, Date.now() - 86_400_000));
    const first = await publish(org.coach, (await generate(org.coach, id)).id);
    expectOk(await org.coach.post(`/api/sessions/${first.id}/log`, logAsPrescribed(first, 8)), 201, "log");

    const [archive] = await t.database.query<{ through_date: string }>(
      "select through_date from progression_archives where client_id = $1",
      [id],
    );
    // The cut: 16 weeks before the log, or earlier so the window keeps the rotation's 64 latest logs.
    const [nth] = await t.database.query<{ date: string }>(
      "select date from training_sessions where client_id = $1 and status = 'logged' order by date desc offset 63 limit 1",
      [id],
    );
    const byDays = isoFromDay(dayIndex(first.date) - HISTORY_WINDOW_DAYS);
    expect(archive?.through_date).toBe(nth && nth.date < byDays ? nth.date : byDays);

    // Lifts, reps and loads are what the history decides. Set counts are left out: each draft's seed
    // is its own session id, so its accessories differ and fitting the 60 minutes may trim a main
    // lift's last set in one draft and not the other (seen as deadlift 5 vs 4 sets); the same-seed
    // comparison of whole sessions is in draft-cache-and-window.test.ts.
    const mainWork = (s: Awaited<ReturnType<typeof generate>>) =>
      s.plan.main.filter((i) => i.role !== "accessory").map((i) => [i.exerciseId, i.reps, i.load]);
    const windowed = await generate(org.coach, id);
    await t.database.query("delete from progression_archives where client_id = $1", [id]);
    const full = await generate(org.coach, id);
    expect(mainWork(windowed)).toEqual(mainWork(full));
    expect(windowed.plan.dayLabel).toBe(full.plan.dayLabel);

    const audit = await t.database.query<{ metadata: { historySessions: number } }>(
      "select metadata from audit_events where action = 'session.generated' and entity_id = any($1::text[])",
      [[windowed.id, full.id]],
    );
    const counts = audit.map((a) => a.metadata.historySessions).sort((a, b) => a - b);
    expect(counts[0]).toBeLessThan(counts[1]!);
  });
});
