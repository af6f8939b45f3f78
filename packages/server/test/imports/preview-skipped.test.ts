/**
 * The preview counts skipped sets (and their reasons) only for the workouts an import would add:
 * re-previewing a file already imported reports its workouts as already imported, once, and no set
 * as skipped (it used to report the whole file's skipped sets again while adding nothing). Real Hevy
 * export, on PGlite or PostgreSQL (TEST_DATABASE_URL).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainingSessions } from "../../src/db/schema-programming.ts";
import { readUpload } from "../../src/imports/read.ts";
import type { ImportSummary } from "../../src/imports/schema.ts";
import { importedSessionId } from "../../src/imports/store.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { REAL_CSV, readReal } from "./realdata.ts";
import { upload } from "./upload.ts";

const HEVY = REAL_CSV.find((f) => f.format === "hevy");
if (!HEVY) throw new Error("the Hevy export is missing from REAL_CSV");

let t: TestApp;
let a: Org;

beforeAll(async () => {
  t = await createTestApp();
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

describe("import preview: skipped sets of the workouts it would add", () => {
  it("Hevy: the first preview's skipped sets are those of the added workouts; a re-preview skips nothing", async () => {
    const clientId = await createClient(a.coach, "Skipped-count client");
    const body = readReal(HEVY.file);
    const url = `/api/clients/${clientId}/imports`;

    const first = await upload<ImportSummary>(a.coach, `${url}/preview`, body);
    expect(first.status).toBe(200);
    expect(first.body.sessions.alreadyImported).toBe(0);
    expect(first.body.sets.skipped).toBeGreaterThan(0);
    expect(first.body.skipped.reduce((n, k) => n + k.sets, 0)).toBe(first.body.sets.skipped);

    const commit = await upload<ImportSummary>(a.coach, url, body);
    expect(commit.status).toBe(201);
    expect(commit.body.sessions.added).toBe(first.body.sessions.added);

    // Independently of the planner's totals: every set row of the file is a working, warm-up or
    // skipped set of a stored workout, or belongs to a workout that was not stored.
    const storedIds = new Set(
      (
        await t.db
          .select({ id: trainingSessions.id })
          .from(trainingSessions)
          .where(eq(trainingSessions.clientId, clientId))
      ).map((r) => r.id),
    );
    expect(storedIds.size).toBe(first.body.sessions.added);
    const parsed = readUpload(Buffer.from(body), {});
    const setsNotStored = parsed.sessions
      .filter((s) => !storedIds.has(importedSessionId(clientId, s.externalId)))
      .reduce((n, s) => n + s.sets.length, 0);
    const skippedOfAdded = HEVY.sets - first.body.sets.working - first.body.sets.warmup - setsNotStored;
    expect(first.body.sets.skipped).toBe(skippedOfAdded);

    const again = await upload<ImportSummary>(a.coach, `${url}/preview`, body);
    expect(again.status).toBe(200);
    expect(again.body.sessions).toEqual({
      inFile: HEVY.workouts,
      added: 0,
      alreadyImported: first.body.sessions.added,
      empty: first.body.sessions.empty,
    });
    expect(again.body.sets).toEqual({ working: 0, warmup: 0, skipped: 0 });
    expect(again.body.skipped).toEqual([]);
    expect(again.body.dateRange).toBeNull();
  });
});
