/**
 * The method editor's live preview (issue 16): an unsaved method drafted as week 1 for one client
 * from their own data, through generate's engine path, with nothing stored; a malformed method is
 * a 400 naming the field; only the client's coaches may ask.
 */
import type { MethodPreviewResponse, SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { expectOk } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";
import { sampleMethod, uniqueMethodId } from "./method-fixtures.ts";

const MONDAY = "2026-03-02";
let t: TestApp;
let org: Org;
let clientId: string;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${MONDAY}T09:00:00Z`) });
  org = await createOrg(t, "Method Preview");
  clientId = await createClient(org.coach, "Preview Lb", {
    profile: profileInput({
      units: "lb",
      baselines: { repMaxes: [{ exerciseId: "back-squat", loadKg: 100, reps: 5, date: "2026-02-20" }], fieldTests: [] },
    }),
  });
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };
const preview = (body: unknown, as = org.coach, id = clientId) =>
  as.post<MethodPreviewResponse & ErrorBody>(`/api/clients/${id}/method/preview`, body);
const counts = () =>
  t.database.query<{ sessions: number; audit: number; roadmaps: number; methods: number }>(
    `select (select count(*)::int from training_sessions) as sessions, (select count(*)::int from audit_events) as audit,
       (select count(*)::int from roadmaps) as roadmaps, (select count(*)::int from methods) as methods`,
  );

describe("POST /api/clients/:id/method/preview", () => {
  it("drafts every day of an unsaved method with the client's loads in their unit, as generate would; stores nothing", async () => {
    const method = sampleMethod(uniqueMethodId("preview"));
    const before = await counts();
    const body = expectOk<MethodPreviewResponse>(await preview({ method }), 200, "preview");
    expect(await counts()).toEqual(before);
    expect(body.weekStart).toBe(MONDAY);
    // Two method days on a Monday/Wednesday/Friday client: Monday trains day 1, Wednesday day 2.
    expect(body.days.map((d) => [d.label, d.date, d.session?.dayLabel, d.error])).toEqual([
      ["Alpha squat day", MONDAY, "Alpha squat day", null],
      ["Beta hinge day", "2026-03-04", "Beta hinge day", null],
    ]);
    const squat = body.days[0]!.session!.main.find((i) => i.exerciseId === "back-squat" && i.role !== "ramp");
    expect(squat?.unit).toBe("lb");
    expect(squat?.load).toBeGreaterThan(0);
    // The same method assigned, today's draft (Monday: the calendar's day 1) prescribes the same squat.
    await org.coach.post("/api/methods", method);
    expectOk(await org.coach.request("PUT", `/api/clients/${clientId}/method`, { methodId: method.id }), 200, "assign");
    const draft = expectOk<SessionDto>(
      await org.coach.post(`/api/clients/${clientId}/sessions`, { durationMinutes: 60 }),
      201,
      "generate",
    );
    const drafted = draft.plan.main.find((i) => i.exerciseId === "back-squat" && i.role !== "ramp");
    expect([drafted?.load, drafted?.unit, drafted?.sets, drafted?.reps]).toEqual([
      squat?.load,
      squat?.unit,
      squat?.sets,
      squat?.reps,
    ]);
  });

  it("a malformed method is a 400 naming the field; an unknown exercise too; clients and other organizations are refused", async () => {
    const method = sampleMethod(uniqueMethodId("bad"));
    const badRole = structuredClone(method) as unknown as { days: { slots: { role: string }[] }[] };
    badRole.days[0]!.slots[0]!.role = "boss";
    const bad = await preview({ method: badRole });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path)).toContain("body.method.days.0.slots.0.role");
    const unknown = structuredClone(method);
    unknown.days[1]!.slots[0]!.exerciseIds = ["no-such-lift"];
    const res = await preview({ method: unknown });
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.[0]?.path).toBe("body.method.days.1.slots.0.exerciseIds.0");
    expect((await preview({ method }, org.client, org.ids.clientId)).status).toBe(403);
    const other = await createOrg(t, "Other Org");
    expect((await preview({ method }, other.coach)).status).toBe(404);
  });
});
