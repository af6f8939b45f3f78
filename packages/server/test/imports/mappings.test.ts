/**
 * The organization's exercise-name mappings (PUT/GET /api/exercise-mappings) over HTTP on a real
 * database (PGlite, or PostgreSQL with TEST_DATABASE_URL): a name a coach maps once is applied to
 * every later preview and commit for any client of the organization, never to another
 * organization's; a request's own mapping still wins; a bad mapping is a 400 naming the entry.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { trainingSessions } from "../../src/db/schema-programming.ts";
import type { ImportSummary } from "../../src/imports/schema.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { readReal } from "./realdata.ts";
import { upload } from "./upload.ts";

type MappingList = { items: { name: string; exerciseId: string | null; exerciseName: string | null }[] };
type ErrorBody = { error: { fields: { path: string }[] } };

const KATANA = "Katana Triceps Extension";
const TARGET = "overhead-dumbbell-triceps-extension";

let t: TestApp;
let a: Org;
let b: Org;
let hevy: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
  hevy = readReal("hevy/hevy_workouts_export.csv");
});
afterAll(() => t.close());

const katana = (s: ImportSummary) => s.exercises.find((e) => e.name === KATANA);

describe("exercise mappings per organization", () => {
  it("a name mapped once applies to every client of the organization, and to no other organization", async () => {
    const first = await createClient(a.coach, "Mapping first");
    const before = await upload<ImportSummary>(a.coach, `/api/clients/${first}/imports/preview`, hevy);
    expect(before.status).toBe(200);
    expect(before.body.unmapped).toContain(KATANA);
    expect(katana(before.body)).toMatchObject({ status: "unmapped", sets: 92 });

    const put = await a.coach.request<MappingList>("PUT", "/api/exercise-mappings", {
      mappings: [{ name: KATANA, exerciseId: TARGET }],
    });
    expect(put.status).toBe(200);
    expect(put.body.items).toContainEqual(expect.objectContaining({ name: KATANA, exerciseId: TARGET }));
    const [audit] = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.organizationId, a.ids.organizationId), eq(auditEvents.action, "exercise_mappings.saved")),
      );
    expect(audit?.metadata).toEqual({ names: 1 });

    // Another client of the same organization, previewed by the owner: the name is mapped.
    const second = await createClient(a.owner, "Mapping second");
    const after = await upload<ImportSummary>(a.owner, `/api/clients/${second}/imports/preview`, hevy);
    expect(after.body.unmapped).not.toContain(KATANA);
    expect(katana(after.body)).toMatchObject({ status: "mapped", exerciseId: TARGET, sets: 92 });
    // The mapped sets now count: more working and warm-up sets than before, fewer skipped.
    expect(after.body.sets.skipped).toBe(before.body.sets.skipped - 92);

    // Committed, the history holds the mapped exercise.
    const commit = await upload<ImportSummary>(a.owner, `/api/clients/${second}/imports`, hevy);
    expect(commit.status).toBe(201);
    const logs = await t.db
      .select({ engineLog: trainingSessions.engineLog })
      .from(trainingSessions)
      .where(eq(trainingSessions.clientId, second));
    const withTarget = logs.filter((r) => r.engineLog?.exercises.some((e) => e.exerciseId === TARGET));
    expect(withTarget.length).toBeGreaterThan(0);

    // Organization B sees neither the mapping nor its effect.
    const other = await createClient(b.coach, "Other org client");
    const bPreview = await upload<ImportSummary>(b.coach, `/api/clients/${other}/imports/preview`, hevy);
    expect(katana(bPreview.body)).toMatchObject({ status: "unmapped" });
    const bList = await b.coach.get<MappingList>("/api/exercise-mappings");
    expect(bList.status).toBe(200);
    expect(bList.body.items).toEqual([]);
  });

  it("re-mapping replaces the decision (any spelling of the name), null leaves it out, a request's mapping wins", async () => {
    const clientId = await createClient(a.coach, "Mapping remap");
    const path = `/api/clients/${clientId}/imports/preview`;
    const skip = await a.otherCoach.request<MappingList>("PUT", "/api/exercise-mappings", {
      mappings: [{ name: "katana  triceps extension", exerciseId: null }],
    });
    expect(skip.status).toBe(200);
    expect(skip.body.items.filter((i) => i.name.toLowerCase().startsWith("katana"))).toEqual([
      expect.objectContaining({ exerciseId: null, exerciseName: null }),
    ]);
    const skipped = await upload<ImportSummary>(a.coach, path, hevy);
    expect(katana(skipped.body)).toMatchObject({ status: "ignored" });
    expect(skipped.body.skipped.find((s) => s.reason === "skipped by the mapping")?.sets).toBe(92);

    const overridden = await upload<ImportSummary>(a.coach, path, hevy, {
      mapping: JSON.stringify({ [KATANA]: "cable-triceps-pushdown" }),
    });
    expect(katana(overridden.body)).toMatchObject({ status: "mapped", exerciseId: "cable-triceps-pushdown" });
  });

  it("refuses an unknown exercise or an empty name naming the entry, and a client caller", async () => {
    const bad = await a.coach.request<ErrorBody>("PUT", "/api/exercise-mappings", {
      mappings: [
        { name: "Fine", exerciseId: "barbell-curl" },
        { name: "Odd", exerciseId: "no-such-lift" },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]?.path).toBe("body.mappings.1.exerciseId");
    const empty = await a.coach.request<ErrorBody>("PUT", "/api/exercise-mappings", {
      mappings: [{ name: "()", exerciseId: "barbell-curl" }],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]?.path).toBe("body.mappings.0.name");
    // Nothing of the refused requests was stored.
    const list = await a.coach.get<MappingList>("/api/exercise-mappings");
    expect(list.body.items.map((i) => i.name)).not.toContain("Fine");
    const asClient = await a.client.request("PUT", "/api/exercise-mappings", {
      mappings: [{ name: "X", exerciseId: null }],
    });
    expect(asClient.status).toBe(403);
  });
});
