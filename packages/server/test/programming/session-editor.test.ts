/**
 * The session editor over HTTP: a coach adds a catalog exercise (default dose, no load, "added by
 * coach"), removes an item, moves one, and deletes a draft; all or nothing, audited. Published
 * sessions are frozen (409, and never deleted); another coach's session is a 404.
 */
import type { SessionDto } from "@spotter/contracts";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";
import { expectOk, generate, items, publish } from "./programming-support.ts";

let t: TestApp;
let a: Org;
let b: Org;
beforeAll(async () => {
  t = await createTestApp();
  ({ a, b } = await createWorld(t));
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; fields?: { path: string }[] } };
const patch = (org: Org, id: string, ops: unknown[]) =>
  org.coach.request<SessionDto | ErrorBody>("PATCH", `/api/sessions/${id}`, { ops });

describe("session editor", () => {
  it("adds an exercise with a default dose and a new id, moves it up, removes another; audited", async () => {
    const draft = await generate(a.coach, a.ids.clientId);
    const ids = new Set(items(draft).map((i) => i.id));
    const added = expectOk<SessionDto>(
      await patch(a, draft.id, [{ op: "add", section: "main", exerciseId: "goblet-squat" }]),
      200,
      "add",
    );
    const last = added.plan.main.at(-1)!;
    expect(last.exerciseId).toBe("goblet-squat");
    expect(ids.has(last.id)).toBe(false);
    expect(last.load).toBeUndefined();
    expect(last.reasons.map((r) => r.ruleId)).toEqual(["edit.add"]);
    expect(added.editedByCoach).toBe(true);
    const moved = expectOk<SessionDto>(
      await patch(a, draft.id, [
        { op: "move", itemId: last.id, direction: "up" },
        { op: "remove", itemId: draft.plan.main[0]!.id },
      ]),
      200,
      "move+remove",
    );
    const mainIds = moved.plan.main.map((i) => i.id);
    expect(mainIds).not.toContain(draft.plan.main[0]!.id);
    expect(mainIds.at(-2)).toBe(last.id);
    expect(new Set(items(moved).map((i) => i.id)).size).toBe(items(moved).length);
    expect(moved.plan.reasons.some((r) => r.ruleId === "edit.remove")).toBe(true);
    const events = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, "session.edited")));
    expect(events.length).toBe(2);
    // The edited draft still goes through the publish gate and publishes.
    await publish(a.coach, draft.id);
  });

  it("refuses bad ops naming the op and field, all or nothing", async () => {
    const draft = await generate(a.coach, a.ids.clientId);
    const first = draft.plan.main[0]!.id;
    const up = await patch(a, draft.id, [
      { op: "remove", itemId: draft.plan.main[1]!.id },
      { op: "move", itemId: first, direction: "up" },
    ]);
    expect(up.status).toBe(400);
    expect((up.body as ErrorBody).error.fields?.[0]?.path).toBe("body.ops.1.direction");
    const unknown = await patch(a, draft.id, [{ op: "add", section: "main", exerciseId: "no-such-lift" }]);
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorBody).error.fields?.[0]?.path).toBe("body.ops.0.exerciseId");
    const after = expectOk<SessionDto>(await a.coach.get(`/api/sessions/${draft.id}`), 200, "read");
    expect(after.plan.main.length).toBe(draft.plan.main.length);
  });

  it("groups neighbours into a superset (the pair moves whole), refuses non-neighbours naming itemIds", async () => {
    const draft = await generate(a.coach, a.ids.clientId);
    const [m0, m1, m2] = draft.plan.main.map((i) => i.id) as [string, string, string];
    const far = await patch(a, draft.id, [{ op: "group", itemIds: [m0, m2], restAfterSeconds: 90 }]);
    expect(far.status).toBe(400);
    expect((far.body as ErrorBody).error.fields?.[0]?.path).toBe("body.ops.0.itemIds");
    const grouped = expectOk<SessionDto>(
      await patch(a, draft.id, [
        { op: "group", itemIds: [m2, m1], restAfterSeconds: 90 },
        { op: "move", itemId: m1, direction: "up" },
      ]),
      200,
      "group+move",
    );
    const main = grouped.plan.main;
    expect(main.slice(0, 3).map((i) => [i.id, i.group?.id, i.group?.position])).toEqual([
      [m1, "A", 1],
      [m2, "A", 2],
      [m0, undefined, undefined],
    ]);
    expect(main[1]!.restSeconds).toBe(90);
    expect(main[0]!.reasons.map((r) => r.ruleId)).toContain("edit.group");
    expect(grouped.plan.reasons.at(-1)?.message).toContain(`group ${m2} + ${m1}`);
  });

  it("deletes a draft (audited); a published session is 409 to edit and to delete; another coach gets 404", async () => {
    const draft = await generate(a.coach, a.ids.clientId);
    expect((await a.otherCoach.request("DELETE", `/api/sessions/${draft.id}`)).status).toBe(404);
    expect((await b.coach.request("DELETE", `/api/sessions/${draft.id}`)).status).toBe(404);
    expect((await patch(b, draft.id, [{ op: "remove", itemId: draft.plan.main[0]!.id }])).status).toBe(404);
    expect((await a.coach.request("DELETE", `/api/sessions/${draft.id}`)).status).toBe(200);
    expect((await a.coach.get(`/api/sessions/${draft.id}`)).status).toBe(404);
    const events = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, "session.deleted")));
    expect(events.length).toBe(1);

    const published = await generate(a.coach, a.ids.clientId);
    await publish(a.coach, published.id);
    expect((await patch(a, published.id, [{ op: "add", section: "main", exerciseId: "goblet-squat" }])).status).toBe(
      409,
    );
    expect((await a.coach.request("DELETE", `/api/sessions/${published.id}`)).status).toBe(409);
    expect((await a.coach.get(`/api/sessions/${published.id}`)).status).toBe(200);
  });
});
