import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSessionForMonitoring } from "../../src/monitoring/sessions.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { checkInBody, daysAgo, regularSessions, seedHistory, steadyCheckIns } from "./helpers.ts";

type Proposal = {
  id: string;
  kind: string;
  status: string;
  automated: boolean;
  humanRequested: boolean;
  decidedBy: string | null;
  reason: string | null;
  diff: { before: Record<string, unknown>; after: Record<string, unknown> };
  decisionReasons: { ruleId: string }[];
};
type Queue = {
  items: {
    type: string;
    id: string;
    clientId: string;
    level: string;
    kind: string;
    dueAt: string | null;
    overdue: boolean;
    humanRequested: boolean;
    clientName: string;
    evidence: Record<string, unknown>;
  }[];
};

const tomorrow = () => daysAgo(-1);

/** A steady green client with a scheduled +2.5 kg squat increase on tomorrow's planned session. */
async function greenWithProgression(t: TestApp, org: Org, clientId: string) {
  await seedHistory(t, org.ids.organizationId, clientId, {
    checkIns: steadyCheckIns(60, { hrv: true }),
    sessions: regularSessions(60),
  });
  await recordSessionForMonitoring(t.database, org.ids.organizationId, clientId, [
    {
      ref: "next",
      date: tomorrow(),
      planned: true,
      completed: false,
      progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }],
    },
  ]);
}
const greenToday = () => checkInBody({ hrvLnRmssd: 4.2, restingHr: 55 });

describe("proposals by service tier, the client's 'ask my coach', and audited decisions", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Tier Org");
  });
  afterAll(() => t.close());

  it("the same green progression auto-applies for self-guided and waits for review in premium", async () => {
    const self = await createClient(org.coach, "Self Guided");
    const premium = await createClient(org.coach, "Premium Client");
    expect((await org.coach.request("PUT", `/api/clients/${self}/tier`, { model: "ai_led_self_guided" })).status).toBe(
      200,
    );
    expect(
      (await org.coach.request("PUT", `/api/clients/${premium}/tier`, { model: "human_in_loop_premium" })).status,
    ).toBe(200);
    for (const id of [self, premium]) {
      await greenWithProgression(t, org, id);
      const res = await org.coach.post<{ level: string }>(`/api/clients/${id}/checkins`, greenToday());
      expect(res.body.level).toBe("green");
    }
    const a = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${self}/proposals`)).body.items;
    const b = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${premium}/proposals`)).body.items;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      kind: "progression",
      status: "auto_applied",
      automated: true,
      decidedBy: "automation",
    });
    expect(a[0]?.diff).toEqual({ before: { loadKg: 100 }, after: { loadKg: 102.5 } });
    expect(a[0]?.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.auto_apply"]);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ kind: "progression", status: "pending_review", automated: false, decidedBy: null });
    expect(b[0]?.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.review.tier"]);
    const queue = (await org.coach.get<Queue>("/api/queue")).body.items;
    expect(queue.some((i) => i.id === b[0]?.id && i.type === "proposal")).toBe(true);
    expect(queue.some((i) => i.id === a[0]?.id)).toBe(false);
  });

  it("the client sees an automated change and asks for a human: it is reverted and queued", async () => {
    const id = org.ids.clientId;
    await org.coach.request("PUT", `/api/clients/${id}/tier`, { model: "ai_led_self_guided" });
    await greenWithProgression(t, org, id);
    expect((await org.client.post("/api/me/checkins", greenToday())).status).toBe(200);
    const [p] = (await org.client.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`)).body.items;
    expect(p).toMatchObject({ status: "auto_applied", decidedBy: "automation" });
    const asked = await org.client.post<Proposal>(`/api/proposals/${p?.id}/ask-human`, {
      reason: "I'd like my coach to check",
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      status: "pending_review",
      automated: false,
      humanRequested: true,
      decidedBy: null,
    });
    const item = (await org.coach.get<Queue>("/api/queue")).body.items.find((i) => i.id === p?.id);
    expect(item).toMatchObject({ type: "proposal", humanRequested: true, clientName: "Tier Org client" });
    expect(item?.dueAt).not.toBeNull();
    // Only the client asks; a coach decides instead.
    expect((await org.coach.post(`/api/proposals/${p?.id}/ask-human`, {})).status).toBe(403);
    const approved = await org.coach.post<Proposal>(`/api/proposals/${p?.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: "approved", decidedBy: "coach" });
    const seen = (await org.client.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`)).body.items[0];
    expect(seen?.decidedBy).toBe("coach");
  });

  it("approve with an edit, reject (reason required) and undo are each audited", async () => {
    const premium = await createClient(org.coach, "Premium Decisions");
    await org.owner.request("PUT", `/api/clients/${premium}/tier`, { model: "human_in_loop_premium" });
    await seedHistory(t, org.ids.organizationId, premium, {
      checkIns: steadyCheckIns(60),
      sessions: regularSessions(60, { missedLast: 3 }),
    });
    await org.coach.post(`/api/clients/${premium}/checkins`, checkInBody({ fatigue: 6 }));
    const items = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${premium}/proposals`)).body.items;
    const hold = items.find((p) => p.kind === "load_hold");
    const cut = items.find((p) => p.kind === "volume_change");
    const edited = await org.coach.post<Proposal>(`/api/proposals/${cut?.id}/approve`, {
      edit: { volumeChangePct: -10 },
      reason: "smaller cut",
    });
    expect(edited.body).toMatchObject({ status: "edited", decidedBy: "coach", reason: "smaller cut" });
    expect(edited.body.diff.after.volumeChangePct).toBe(-10);
    const noReason = await org.coach.post<{ error: { fields: { path: string }[] } }>(
      `/api/proposals/${hold?.id}/reject`,
      { reason: " " },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.map((f) => f.path)).toEqual(["body.reason"]);
    const rejected = await org.coach.post<Proposal>(`/api/proposals/${hold?.id}/reject`, { reason: "they feel fine" });
    expect(rejected.body).toMatchObject({ status: "rejected", reason: "they feel fine" });
    expect((await org.coach.post(`/api/proposals/${hold?.id}/approve`, {})).status).toBe(409);
    expect((await org.otherCoach.post(`/api/proposals/${hold?.id}/approve`, {})).status).toBe(404);

    const self = await createClient(org.coach, "Undo Me");
    await org.coach.request("PUT", `/api/clients/${self}/tier`, { model: "ai_led_self_guided" });
    await greenWithProgression(t, org, self);
    await org.coach.post(`/api/clients/${self}/checkins`, greenToday());
    const [auto] = (await org.coach.get<{ items: Proposal[] }>(`/api/clients/${self}/proposals`)).body.items;
    expect(auto?.status).toBe("auto_applied");
    const undone = await org.coach.post<Proposal>(`/api/proposals/${auto?.id}/undo`, { reason: "not this week" });
    expect(undone.body).toMatchObject({ status: "undone", automated: false, decidedBy: "coach" });
    expect((await org.coach.post(`/api/proposals/${auto?.id}/undo`, {})).status).toBe(409);

    const audit = async (clientId: string) =>
      (await org.owner.get<{ items: { action: string; entityId: string }[] }>(`/api/audit?clientId=${clientId}`)).body
        .items;
    const a = await audit(premium);
    expect(a.filter((e) => e.action === "proposal.edited").map((e) => e.entityId)).toEqual([cut?.id]);
    expect(a.filter((e) => e.action === "proposal.rejected").map((e) => e.entityId)).toEqual([hold?.id]);
    expect(a.map((e) => e.action)).toContain("client.tier_assigned");
    expect((await audit(self)).filter((e) => e.action === "proposal.undone").map((e) => e.entityId)).toEqual([
      auto?.id,
    ]);
  });

  it("the queue puts red before yellow, then the earliest due time, and marks overdue items", async () => {
    const o = await createOrg(t, "Queue Org");
    const yellowA = await createClient(o.coach, "Yellow Early");
    const yellowB = await createClient(o.coach, "Yellow Late");
    const red = await createClient(o.coach, "Red Client");
    for (const id of [yellowA, yellowB]) {
      await seedHistory(t, o.ids.organizationId, id, {
        checkIns: steadyCheckIns(60),
        sessions: regularSessions(60, { missedLast: 3 }),
      });
    }
    await o.owner.request("PUT", `/api/clients/${yellowB}/tier`, { model: "ai_led_self_guided" }); // 72 h yellow promise
    await o.owner.request("PUT", `/api/clients/${yellowA}/tier`, { model: "full_service_concierge" }); // 4 h
    await o.coach.post(`/api/clients/${yellowB}/checkins`, checkInBody({ fatigue: 6 }));
    await o.coach.post(`/api/clients/${yellowA}/checkins`, checkInBody({ fatigue: 6 }));
    await o.coach.post(`/api/clients/${red}/checkins`, checkInBody({ redFlags: { dizzinessOrFainting: true } }));
    // One yellow flag's promise has already passed.
    await t.database.query(
      "update flags set due_at = now() - interval '1 hour' where client_id = $1 and kind = 'missed_sessions'",
      [yellowB],
    );
    const q = (await o.coach.get<Queue>("/api/queue")).body.items;
    const levels = q.map((i) => i.level);
    expect(levels.indexOf("yellow")).toBeGreaterThan(levels.lastIndexOf("red"));
    expect(q[0]).toMatchObject({
      clientId: red,
      level: "red",
      type: "flag",
      kind: "dizziness_fainting",
      overdue: false,
    });
    expect(q[0]?.evidence).toMatchObject({ dates: [expect.any(String)] });
    const yellows = q.filter((i) => i.level === "yellow");
    const dues = yellows.map((i) => i.dueAt ?? "9999");
    expect(dues).toEqual([...dues].sort());
    const overdue = q.filter((i) => i.overdue);
    expect(overdue.map((i) => [i.clientId, i.kind])).toEqual([[yellowB, "missed_sessions"]]);
    expect(yellows[0]).toMatchObject({ clientId: yellowB, kind: "missed_sessions" });
    // The unassigned coach sees none of it; the owner sees the whole organization.
    expect((await o.otherCoach.get<Queue>("/api/queue")).body.items).toEqual([]);
    expect((await o.owner.get<Queue>("/api/queue")).body.items.length).toBe(q.length);
    expect((await o.client.get("/api/queue")).status).toBe(403);
    const lights = await o.coach.get<{
      items: {
        clientId: string;
        level: string | null;
        automationPaused: boolean;
        openFlags: number;
        lastComputedAt: string | null;
      }[];
    }>("/api/queue/levels");
    const light = (id: string) => lights.body.items.find((i) => i.clientId === id);
    expect(light(red)).toMatchObject({ level: "red", automationPaused: true, openFlags: 1 });
    expect(light(yellowA)).toMatchObject({ level: "yellow", automationPaused: false });
    // Never computed: no data, not green.
    expect(light(o.ids.spareClientId)).toMatchObject({ level: null, openFlags: 0, lastComputedAt: null });
  });
});
