/**
 * The recorded human decisions the safety guard relies on: a clearance (recorded by the caller,
 * audited, lifts the gate), a medication change reported in a check-in (joins the profile, opens a
 * yellow review flag, gates vigorous work until a medication review is recorded), and a tier change
 * that re-decides open proposals (stricter pulls automation back to review; looser auto-applies only
 * where the tier allows, never while a red is open), audited.
 */
import type { ClientSafety, SessionDto, TierView } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { expectOk, generate } from "../programming/programming-support.ts";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { apply, cleanClient, TODAY, vigorousItems } from "./safety-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${TODAY}T09:00:00Z`) });
  org = await createOrg(t, "Decisions");
});
afterAll(() => t.close());

const safetyOf = async (id: string) =>
  expectOk<ClientSafety>(await org.coach.get(`/api/clients/${id}/safety`), 200, "safety");
const audit = (clientId: string, action: string) =>
  t.database.query<{ metadata: Record<string, unknown>; actor: string }>(
    "select metadata, actor_user_id as actor from audit_events where client_id = $1 and action = $2 order by at",
    [clientId, action],
  );

describe("clearances and medication changes", () => {
  it("a medication change in a check-in gates vigorous work and queues a review; a recorded review lifts it", async () => {
    const c = await cleanClient(t, org, "Beta Blocker");
    await apply(org, c, "medication_change");
    const flags = expectOk<{ items: { kind: string; level: string; status: string }[] }>(
      await org.coach.get(`/api/clients/${c.id}/flags`),
      200,
      "flags",
    ).items;
    expect(flags).toContainEqual(
      expect.objectContaining({ kind: "medication_change", level: "yellow", status: "open" }),
    );
    const before = await safetyOf(c.id);
    expect(before.clearance.map((r) => r.kind)).toEqual(["medication_review"]);
    expect(before.hrCaveat?.ruleId).toBe("readiness.hr_medication_caveat");
    const view = expectOk<{ hrCaveat?: { ruleId: string } | null }>(
      await org.coach.get(`/api/clients/${c.id}/monitoring`),
      200,
      "monitoring",
    );
    expect(view.hrCaveat?.ruleId).toBe("readiness.hr_medication_caveat");
    expect(vigorousItems(await generate(org.coach, c.id))).toEqual([]);

    const bad = await org.coach.post(`/api/clients/${c.id}/clearances`, {
      kind: "medication_review",
      clearedBy: "Coach",
      date: "2026-03-09",
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("body.date");

    const rec = await org.coach.post<{ recordedBy: string }>(`/api/clients/${c.id}/clearances`, {
      kind: "medication_review",
      clearedBy: "Coach Sam after talking to the client's cardiologist",
      date: TODAY,
      restrictions: ["judge effort by RPE, not heart rate"],
    });
    expect(expectOk<{ recordedBy: string }>(rec, 201, "clear").recordedBy).toBe(org.ids.coachId);
    expect((await audit(c.id, "clearance.recorded"))[0]).toMatchObject({
      actor: org.ids.coachId,
      metadata: { kind: "medication_review", date: TODAY, vigorousAllowed: true },
    });
    expect((await safetyOf(c.id)).clearance).toEqual([]);
    const draft = await generate(org.coach, c.id);
    expect(vigorousItems(draft).length).toBeGreaterThan(0);
    expect((await org.coach.post<SessionDto>(`/api/sessions/${draft.id}/publish`)).status).toBe(200);
  });

  it("a profile edit that leaves medication changes out does not erase them (the gate stays)", async () => {
    const c = await cleanClient(t, org, "Kept Medication");
    await apply(org, c, "medication_change");
    const cur = expectOk<{ profile: Record<string, unknown> }>(
      await org.coach.get(`/api/clients/${c.id}`),
      200,
      "read",
    );
    const { medicationChanges: _m, ...rest } = cur.profile;
    expectOk(await org.coach.request("PATCH", `/api/clients/${c.id}`, { profile: rest }), 200, "patch");
    expect((await safetyOf(c.id)).clearance.map((r) => r.kind)).toEqual(["medication_review"]);
  });

  it("a profile edit cannot add a clearance (only the clearance route records one)", async () => {
    const c = await cleanClient(t, org, "Sneaky");
    await apply(org, c, "positive_parq");
    const cur = expectOk<{ profile: Record<string, unknown> }>(
      await org.coach.get(`/api/clients/${c.id}`),
      200,
      "read",
    );
    const forged = [
      {
        kind: "medical",
        clearedBy: "Dr X",
        recordedBy: "someone",
        date: TODAY,
        restrictions: [],
        vigorousAllowed: true,
      },
    ];
    expectOk(
      await org.coach.request("PATCH", `/api/clients/${c.id}`, { profile: { ...cur.profile, clearances: forged } }),
      200,
      "patch",
    );
    expect((await safetyOf(c.id)).clearance.map((r) => r.kind)).toEqual(["medical"]);
  });
});

/** A pending or auto-applied proposal as the daily pass writes it. */
async function proposal(clientId: string, kind: string, status: "pending_review" | "auto_applied") {
  await t.database.query(
    `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
        level, major, status, automated, decided_at)
     values ($1, $2, $3, $4, $5, 'next_session', '{"before":{},"after":{}}'::jsonb, '[]'::jsonb, '[]'::jsonb, 'green',
        false, $6, $7, $8)`,
    [
      org.ids.organizationId,
      clientId,
      `${kind}:${TODAY}`,
      kind,
      TODAY,
      status,
      status === "auto_applied",
      status === "auto_applied" ? `${TODAY}T08:00:00Z` : null,
    ],
  );
}
const statuses = async (clientId: string) =>
  (
    await t.database.query<{ kind: string; status: string }>(
      "select kind, status from proposals where client_id = $1 order by kind",
      [clientId],
    )
  ).map((r) => [r.kind, r.status]);
const setTier = async (id: string, model: string) =>
  expectOk(await org.coach.request("PUT", `/api/clients/${id}/tier`, { model }), 200, `tier ${model}`);

describe("a tier change re-decides open proposals", () => {
  it("stricter: auto-applied changes go back to review; looser: pending ones auto-apply where the tier allows", async () => {
    const c = await cleanClient(t, org, "Tier Mover");
    await setTier(c.id, "ai_led_self_guided");
    await proposal(c.id, "progression", "auto_applied");
    await proposal(c.id, "load_hold", "pending_review");
    await setTier(c.id, "full_service_concierge");
    expect(await statuses(c.id)).toEqual([
      ["load_hold", "pending_review"],
      ["progression", "pending_review"],
    ]);
    expect(
      (await audit(c.id, "proposal.redecided")).map((e) => [e.metadata.kind, e.metadata.from, e.metadata.to]),
    ).toEqual([["progression", "auto_applied", "pending_review"]]);
    await setTier(c.id, "ai_led_self_guided");
    expect(await statuses(c.id)).toEqual([
      ["load_hold", "auto_applied"],
      ["progression", "auto_applied"],
    ]);
  });

  it("looser while a red is open: nothing auto-applies", async () => {
    const c = await cleanClient(t, org, "Tier Red");
    await setTier(c.id, "full_service_concierge");
    await proposal(c.id, "progression", "pending_review");
    await apply(org, c, "open_red");
    await setTier(c.id, "ai_led_self_guided");
    expect((await statuses(c.id)).find(([k]) => k === "progression")).toEqual(["progression", "pending_review"]);
  });

  it("the owner edits a tier: its clients' open proposals follow the new settings, other tiers' clients do not", async () => {
    const onTier = await cleanClient(t, org, "Tier Edited");
    const elsewhere = await cleanClient(t, org, "Tier Elsewhere");
    await setTier(onTier.id, "ai_led_self_guided");
    await setTier(elsewhere.id, "assisted_hybrid");
    await proposal(onTier.id, "progression", "auto_applied");
    await proposal(elsewhere.id, "progression", "auto_applied");
    const tiers = expectOk<{ items: (TierView & { id: string })[] }>(await org.owner.get("/api/tiers"), 200, "tiers");
    const edited = tiers.items.find((x) => x.model === "ai_led_self_guided");
    if (!edited) throw new Error("no self-guided tier");
    const { id, ...settings } = edited;
    expectOk(await org.owner.request("PUT", `/api/tiers/${id}`, { ...settings, autoApplyKinds: [] }), 200, "edit tier");
    expect(await statuses(onTier.id)).toEqual([["progression", "pending_review"]]);
    expect(await statuses(elsewhere.id)).toEqual([["progression", "auto_applied"]]);
    expect((await audit(onTier.id, "proposal.redecided")).map((e) => e.metadata.to)).toEqual(["pending_review"]);
  });
});
