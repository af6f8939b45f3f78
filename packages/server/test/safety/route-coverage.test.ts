/**
 * The one safety guard covers every route that can change a plan: every registered write route is
 * classified (safety/plan-routes.ts) as plan-changing (the guard attaches to it at registration) or
 * not (with why). A new write route in neither list fails here, so it cannot skip the guard.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { classify, PLAN_CHANGING } from "../../src/safety/plan-routes.ts";
import { SAFETY_HEADER } from "../../src/safety/route-guard.ts";
import { generate } from "../programming/programming-support.ts";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { apply, cleanClient, TODAY } from "./safety-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T09:00:00Z`) });
  org = await createOrg(t, "Route Coverage");
});
afterAll(() => t.close());

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

describe("every plan-changing route goes through the safety guard", () => {
  it("every registered write route is classified; every listed plan route exists", () => {
    const writes = [...t.app.routeAccess.keys()].filter((k) => !READS.has(k.split(" ")[0]!));
    expect(writes.length).toBeGreaterThan(30);
    const unclassified = writes.filter((k) => classify(k) === null);
    expect(unclassified, "classify these in server/src/safety/plan-routes.ts").toEqual([]);
    const missing = Object.keys(PLAN_CHANGING).filter((k) => !t.app.routeAccess.has(k));
    expect(missing, "stale entries in PLAN_CHANGING").toEqual([]);
  });

  it("the guard ran on a plan-changing answer and says what it found (red open, clearance kinds)", async () => {
    const c = await cleanClient(t, org, "Guarded");
    const first = await org.coach.post(`/api/clients/${c.id}/sessions`, { durationMinutes: 45 });
    expect(first.status).toBe(201);
    expect(first.headers.get(SAFETY_HEADER)).toBe("draft; red=0; clearance=none");
    await apply(org, c, "open_red");
    await apply(org, c, "medication_change");
    const draft = await generate(org.coach, c.id);
    const res = await org.coach.post(`/api/sessions/${draft.id}/publish`, {
      override: { reason: "GP saw him this morning, cleared for today's session" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get(SAFETY_HEADER)).toBe("publish; red=1; clearance=medication_review");
    // A read route is not a plan change: no header.
    const read = await org.coach.get(`/api/sessions/${draft.id}`);
    expect(read.headers.get(SAFETY_HEADER)).toBeNull();
  });
});
