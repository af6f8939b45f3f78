/**
 * Red means stop at the publish route: the engine's publishGate, called by the publish command,
 * refuses (409, one field per blocker) while a red flag is open or a PAR-Q+ clearance is missing,
 * and publishes with an override only when the coach gives a reason, which is audited.
 */
import type { SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { openOldRed } from "../monitoring/helpers.ts";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";
import { expectOk, generate } from "./programming-support.ts";

const TODAY = "2026-03-02";
let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T09:00:00Z`) });
  org = await createOrg(t, "Publish Gate");
});
afterAll(() => t.close());

const chestPain = {
  heartCondition: false,
  chestPainActivity: true,
  dizzinessOrFainting: false,
  diagnosedChronicCondition: false,
  prescribedMedication: false,
  boneJointProblem: false,
  medicallySupervisedOnly: false,
  conditions: [],
};
type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };
const publishRaw = (id: string, body?: unknown) =>
  org.coach.post<SessionDto | ErrorBody>(`/api/sessions/${id}/publish`, body);

describe("POST /api/sessions/:id/publish goes through the publish gate", () => {
  it("an open red refuses with the blocker named; a short override is a 400; an override with a reason publishes and is audited", async () => {
    const id = await createClient(org.coach, "Red Open");
    const draft = await generate(org.coach, id);
    await openOldRed(t, org.ids.organizationId, id);

    const refused = await publishRaw(draft.id);
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).error.fields?.map((f) => f.path)).toEqual(["publish.red_flag_open"]);

    const short = await publishRaw(draft.id, { override: { reason: "ok" } });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain("override.reason");

    const reason = "Chest pain was a strained pec, GP saw him today";
    const ok = expectOk<SessionDto>(await publishRaw(draft.id, { override: { reason } }), 200, "override");
    expect(ok.status).toBe("published");
    const events = await t.database.query<{ action: string; metadata: { reason?: string; blockers?: string[] } }>(
      "select action, metadata from audit_events where entity_id = $1 and action like 'session.publish%' order by action",
      [draft.id],
    );
    expect(events.map((e) => e.action)).toEqual(["session.publish_override", "session.published"]);
    expect(events[0]!.metadata).toEqual({ reason, blockers: ["publish.red_flag_open", "publish.override"] });
  });

  it("a PAR-Q+ chest-pain answer without clearance refuses; the same client with a recorded clearance publishes", async () => {
    const open = await createClient(org.coach, "Not Cleared", { profile: profileInput({ screening: chestPain }) });
    const draft = await generate(org.coach, open);
    expect(draft.plan.reasons.map((r) => r.ruleId)).toContain("screening.clearance_gate");
    const refused = await publishRaw(draft.id);
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).error.fields?.map((f) => f.path)).toContain("publish.clearance_missing");

    const clearance = {
      kind: "medical" as const,
      clearedBy: "Dr A. Jones, cardiologist",
      recordedBy: "coach",
      date: "2026-01-10",
      restrictions: [],
    };
    const cleared = await createClient(org.coach, "Cleared", {
      profile: profileInput({
        screening: chestPain,
        clearances: [clearance],
      }),
    });
    const ok = await publishRaw((await generate(org.coach, cleared)).id);
    expect(ok.status).toBe(200);
  });

  it("a client with nothing open publishes without a body, as before", async () => {
    const id = await createClient(org.coach, "Nothing Open");
    const res = await publishRaw((await generate(org.coach, id)).id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
