/**
 * DELETE /api/exercise-mappings/:name over HTTP on a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): an owner or coach removes the organization's decision for a name (any
 * spelling that normalizes the same), audited; later previews match the name against the catalog
 * again. Another organization's caller gets a 404 and the mapping stays; a client gets a 403.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import type { ImportSummary } from "../../src/imports/schema.ts";
import { createClient, createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { readReal } from "./realdata.ts";
import { upload } from "./upload.ts";

type MappingList = { items: { name: string; exerciseId: string | null }[] };
type ErrorBody = { error: { fields: { path: string }[] } };

const KATANA = "Katana Triceps Extension";
const path = (name: string) => `/api/exercise-mappings/${encodeURIComponent(name)}`;

let t: TestApp;
let a: Org;
let b: Org;

beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

describe("removing an organization's exercise mapping", () => {
  it("owner or coach removes it (audited), previews match the name again; other orgs 404, clients 403", async () => {
    const saved = await a.coach.request<MappingList>("PUT", "/api/exercise-mappings", {
      mappings: [
        { name: KATANA, exerciseId: "overhead-dumbbell-triceps-extension" },
        { name: "Owner Drill", exerciseId: null },
      ],
    });
    expect(saved.status).toBe(200);
    const hevy = readReal("hevy/hevy_workouts_export.csv");
    const clientId = await createClient(a.coach, "Mapping removal");
    const katana = async () =>
      (await upload<ImportSummary>(a.coach, `/api/clients/${clientId}/imports/preview`, hevy)).body.exercises.find(
        (e) => e.name === KATANA,
      );
    expect(await katana()).toMatchObject({ status: "mapped" });

    expect((await b.coach.request("DELETE", path(KATANA))).status).toBe(404);
    expect((await b.owner.request("DELETE", path(KATANA))).status).toBe(404);
    expect((await a.client.request("DELETE", path(KATANA))).status).toBe(403);
    const kept = await a.coach.get<MappingList>("/api/exercise-mappings");
    expect(kept.body.items.map((i) => i.name)).toContain(KATANA);

    // Another spelling of the same name removes the same decision.
    const removed = await a.coach.request<MappingList>("DELETE", path("katana  TRICEPS extension"));
    expect(removed.status).toBe(200);
    expect(removed.body.items.map((i) => i.name)).toEqual(["Owner Drill"]);
    expect(await katana()).toMatchObject({ status: "unmapped" });
    const audit = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "exercise_mappings.removed"), eq(auditEvents.entityId, a.ids.organizationId)));
    expect(audit).toEqual([{ metadata: { name: "katana  TRICEPS extension" } }]);

    expect((await a.coach.request("DELETE", path(KATANA))).status).toBe(404);
    const byOwner = await a.owner.request<MappingList>("DELETE", path("Owner Drill"));
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.items).toEqual([]);

    const blank = await a.coach.request<ErrorBody>("DELETE", path("()"));
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields[0]?.path).toBe("params.name");
  });
});
