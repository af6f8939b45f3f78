/**
 * Automation that proposes progressions, through the real HTTP API: a client logs a session, the
 * incremental update decides each main and secondary lift's next exposure, and each decision is a
 * `progression` proposal routed by the client's tier: auto-applied and marked automated where the
 * tier allows it at green, pending the coach where it does not, blocked while a red is open.
 * Re-running the update or the daily pass writes nothing new (ids come from the log's date).
 */
import type { ProposalView, SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onSessionLogged, runDailyPass } from "../../src/monitoring/run-pass.ts";
import { expectOk, generate, items, logAsPrescribed } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { count, openOldRed } from "./helpers.ts";

type Proposal = Omit<ProposalView, "diff"> & {
  diff: { before: Record<string, unknown>; after: Record<string, unknown> };
};

/** RPE targets on the plan (so the log carries them) and linear progression. */
const PROFILE = { progressionMethods: ["linear"], effortScale: "rpe" };
let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Progression Proposals");
  expectOk(await org.coach.request("PUT", "/api/trainer-profile", PROFILE), 200, "profile");
});
afterAll(() => t.close());

const STEERED = new Set(["main", "secondary"]);
const MAIN_KG = 60;

/**
 * A client on `model`'s tier logs one generated session at the prescribed RPE (plus `rpeOver` on the
 * main lift): the main lift at 60 kg (they worked up from a first exposure's light load), the other
 * steered lifts as prescribed (30 kg where nothing was).
 */
async function logOneSession(name: string, model: string, rpeOver = 0, before?: (id: string) => Promise<void>) {
  const id = await createClient(org.coach, name);
  expectOk(await org.coach.request("PUT", `/api/clients/${id}/tier`, { model }), 200, "tier");
  await before?.(id);
  // With an override reason: the red-flag case publishes over the gate (ignored when nothing blocks).
  const override = { override: { reason: "Coach reviewed the open red before publishing" } };
  const draftId = (await generate(org.coach, id)).id;
  const s = expectOk<SessionDto>(await org.coach.post(`/api/sessions/${draftId}/publish`, override), 200, "publish");
  const steered = items(s).filter((i) => STEERED.has(i.role) && i.reps !== undefined);
  const main = steered.find((i) => i.role === "main")!;
  const body = logAsPrescribed(s);
  body.sets = body.sets.map((set) => {
    const item = steered.find((i) => i.id === set.itemId);
    if (!item) return set;
    const target = item.effort?.scale === "rpe" ? item.effort.value : 7;
    const load = item === main ? MAIN_KG : item.load || 30;
    return { ...set, load, rpe: Math.min(10, item === main ? target + rpeOver : target) };
  });
  expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, body), 201, "log");
  return { id, session: s, main: { ...main, load: MAIN_KG }, steered };
}

const proposalsOf = async (id: string) =>
  expectOk<{ items: Proposal[] }>(await org.coach.get(`/api/clients/${id}/proposals`), 200, "proposals").items;
const progressionsOf = async (id: string) => (await proposalsOf(id)).filter((p) => p.kind === "progression");

describe("a logged session → progression proposals routed by the tier", () => {
  it("self-guided at green: one per steered lift, auto-applied and marked automated, with before → after", async () => {
    const { id, session, main, steered } = await logOneSession("Self Guided Lifter", "ai_led_self_guided");
    const ps = await progressionsOf(id);
    expect(ps.map((p) => p.exerciseId).sort()).toEqual([...new Set(steered.map((i) => i.exerciseId))].sort());
    const lift = ps.find((p) => p.exerciseId === main.exerciseId)!;
    expect(lift).toMatchObject({
      status: "auto_applied",
      automated: true,
      decidedBy: "automation",
      date: session.date,
    });
    expect(lift.diff.before).toMatchObject({ loadKg: main.load, reps: main.reps });
    expect(lift.diff.after.decision).toBe("progress");
    expect(lift.diff.after.loadKg as number).toBeGreaterThan(main.load);
    expect(lift.diff.before.prescription).toBe(
      `${main.name} ${main.load} kg × ${main.reps} @ RPE ${main.effort?.value}`,
    );
    expect(lift.reasons.map((r) => r.ruleId)).toContain("progression.decision.progress");
    expect(lift.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.auto_apply"]);
  });

  it("RPE above target: a hold (or lower load) proposal, still automated in a tier that allows it", async () => {
    const { id, main } = await logOneSession("Hybrid Grinder", "assisted_hybrid", 2);
    const lift = (await progressionsOf(id)).find((p) => p.exerciseId === main.exerciseId)!;
    expect(["hold", "reduce"]).toContain(lift.diff.after.decision);
    expect(lift.diff.after.loadKg as number).toBeLessThanOrEqual(main.load);
    expect(String(lift.diff.after.prescription)).toMatch(/reported against a target of/);
    expect(lift).toMatchObject({ status: "auto_applied", automated: true });
  });

  it("premium: the same decisions wait for the coach, in the queue", async () => {
    const { id } = await logOneSession("Premium Lifter", "human_in_loop_premium");
    const ps = await progressionsOf(id);
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(p).toMatchObject({ status: "pending_review", automated: false, decidedBy: null });
      expect(p.decisionReasons.map((r) => r.ruleId)).toContain("decision.review.tier");
    }
    const queue = expectOk<{ items: { id: string; type: string }[] }>(await org.coach.get("/api/queue"), 200, "queue");
    expect(queue.items.some((i) => i.id === ps[0]!.id && i.type === "proposal")).toBe(true);
  });

  it("re-running the update and the daily pass twice creates nothing new", async () => {
    const { id } = await logOneSession("Rerun Lifter", "ai_led_self_guided");
    const before = await proposalsOf(id);
    const rows = await count(t, "proposals", id);
    expect(before.some((p) => p.kind === "progression")).toBe(true);
    await onSessionLogged(t.database, id);
    await runDailyPass(t.database, { organizationId: org.ids.organizationId });
    await runDailyPass(t.database, { organizationId: org.ids.organizationId });
    expect(await count(t, "proposals", id)).toBe(rows);
    const after = await proposalsOf(id);
    expect(after.map((p) => [p.id, p.status, p.automated])).toEqual(before.map((p) => [p.id, p.status, p.automated]));
  });

  it("an open red: nothing is auto-applied, even in a tier that would", async () => {
    const { id } = await logOneSession("Red Lifter", "ai_led_self_guided", 0, (clientId) =>
      openOldRed(t, org.ids.organizationId, clientId),
    );
    const ps = await progressionsOf(id);
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps) {
      expect(p).toMatchObject({ status: "blocked", automated: false });
      expect(p.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.blocked.red"]);
    }
  });
});
