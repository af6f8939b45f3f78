/**
 * Accepted proposals change what the client gets, through HTTP: a proposal the coach approved (or
 * the tier auto-applied) is an adjustment on the next generated session, every item it touches
 * cites the proposal; a rejected or undone one has no effect and progression continues.
 */
import type { RoadmapResponse, SessionDto, StoredSessionItem } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMethod } from "../methods/method-fixtures.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { expectOk, generate, items, logAsPrescribed, publish } from "./programming-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Proposals Shape Sessions");
  // Linear progression: a completed exposure means the next load goes up, so a hold is visible. The
  // back squat is preferred so every session leads with the same barbell lift whatever the seed.
  expectOk(
    await org.coach.request("PUT", "/api/trainer-profile", {
      progressionMethods: ["linear"],
      effortScale: "rpe",
      preferredExercises: ["back-squat"],
    }),
    200,
    "profile",
  );
});
afterAll(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);
const mainLift = (s: SessionDto): StoredSessionItem => items(s).find((i) => i.role === "main")!;

/** A client with a one-day split (the same main lift every session) and one logged session. */
async function clientWithOneLog(name: string) {
  const id = await createClient(org.coach, name);
  // A method written for this test (back squat first, goal-default doses), not the engine's choice.
  const methodId = await createMethod(org);
  expectOk(await org.coach.request("PUT", `/api/clients/${id}/method`, { methodId }), 200, "method");
  const built = expectOk<RoadmapResponse>(await org.coach.post(`/api/clients/${id}/roadmap`, {}), 201, "roadmap");
  const roadmap = structuredClone(built.roadmap!);
  for (const block of roadmap.blocks) block.split = [block.split[0]!];
  expectOk(await org.coach.request("PUT", `/api/clients/${id}/roadmap`, { roadmap }), 200, "edit roadmap");
  const first = await publish(org.coach, (await generate(org.coach, id)).id);
  const lift = mainLift(first);
  // The first exposure has no printed load; the client works up to 60 kg, all sets completed and
  // well under the target effort, so the next exposure would progress.
  const body = logAsPrescribed(first, 7);
  body.sets = body.sets.map((s) => (s.itemId === lift.id ? { ...s, load: LOGGED, rpe: 5.5 } : s));
  expectOk(await org.coach.post(`/api/sessions/${first.id}/log`, body), 201, "log");
  expect(lift.exerciseId).toBe("back-squat");
  return { id, first, lift: { ...lift, load: LOGGED } };
}

/** A proposal as the daily pass would store it (pending review, for the coach to decide). */
async function pendingProposal(
  clientId: string,
  kind: string,
  diff: { before: Record<string, unknown>; after: Record<string, unknown> },
  exerciseId: string | null,
  status = "pending_review",
): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(
    `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, exercise_id, diff, reasons,
        decision_reasons, level, major, status, automated, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, '[]'::jsonb, '[]'::jsonb, 'yellow', false, $9, $10, $11)
     returning id`,
    [
      org.ids.organizationId,
      clientId,
      `${kind}:${today()}${exerciseId ? `:${exerciseId}` : ""}`,
      kind,
      today(),
      exerciseId ? "exercise" : "this_week",
      exerciseId,
      JSON.stringify(diff),
      status,
      status === "auto_applied",
      status === "auto_applied" ? new Date().toISOString() : null,
    ],
  );
  return row!.id;
}

const LOGGED = 60;
const HOLD = { before: { loadProgression: "as planned" }, after: { loadProgression: "hold current loads" } };

describe("accepted proposals shape the next generated session", () => {
  it("approved load_hold → the next session keeps the previous load for that lift, citing the proposal", async () => {
    const { id, lift } = await clientWithOneLog("Hold Approved");
    expect(lift.load).toBeGreaterThan(0);
    const pid = await pendingProposal(id, "load_hold", HOLD, lift.exerciseId);
    // Pending: the draft is held pending the coach's approval, and says so.
    const pending = mainLift(await generate(org.coach, id));
    expect(pending.load).toBe(lift.load);
    expect(pending.reasons.some((r) => r.ruleId === "proposal.load_hold")).toBe(false);
    expect(pending.reasons.some((r) => r.ruleId === "proposal.pending_hold")).toBe(true);
    expectOk(await org.coach.post(`/api/proposals/${pid}/approve`, {}), 200, "approve");
    const next = await generate(org.coach, id);
    const held = mainLift(next);
    expect(held.exerciseId).toBe(lift.exerciseId);
    expect(held.load).toBe(lift.load);
    const why = held.reasons.find((r) => r.ruleId === "proposal.load_hold");
    expect(why?.inputs).toMatchObject({ proposalId: pid, decidedBy: "coach", heldLoad: lift.load });
    expect(why?.message).toMatch(/approved by the coach/);
    expect(next.plan.reasons.some((r) => r.ruleId === "proposal.load_hold" && r.inputs.proposalId === pid)).toBe(true);
  });

  it("rejected load_hold → progression continues", async () => {
    const { id, lift } = await clientWithOneLog("Hold Rejected");
    const pid = await pendingProposal(id, "load_hold", HOLD, lift.exerciseId);
    expectOk(await org.coach.post(`/api/proposals/${pid}/reject`, { reason: "they feel great" }), 200, "reject");
    const next = mainLift(await generate(org.coach, id));
    expect(next.load).toBeGreaterThan(lift.load!);
    expect(next.reasons.some((r) => r.ruleId.startsWith("proposal."))).toBe(false);
  });

  it("auto-applied hold applies until the client undoes it", async () => {
    const { id, lift } = await clientWithOneLog("Hold Automated");
    const pid = await pendingProposal(id, "load_hold", HOLD, null, "auto_applied");
    const held = mainLift(await generate(org.coach, id));
    expect(held.load).toBe(lift.load);
    expect(held.reasons.find((r) => r.ruleId === "proposal.load_hold")?.inputs.decidedBy).toBe("automation");
    expectOk(await org.coach.post(`/api/proposals/${pid}/undo`, {}), 200, "undo");
    expect(mainLift(await generate(org.coach, id)).load).toBeGreaterThan(lift.load!);
  });

  it("an edited deload is honoured with the coach's numbers", async () => {
    const { id, lift } = await clientWithOneLog("Deload Edited");
    const baseline = mainLift(await generate(org.coach, id));
    const pid = await pendingProposal(
      id,
      "deload",
      { before: { weeklySets: 10, intensityPct: 100 }, after: { weeklySets: 6, intensityPct: 90 } },
      null,
    );
    expectOk(
      await org.coach.post(`/api/proposals/${pid}/approve`, { edit: { weeklySets: 5, intensityPct: 80 } }),
      200,
      "edit",
    );
    const d = mainLift(await generate(org.coach, id));
    expect(d.load!).toBeLessThan(lift.load!);
    expect(d.load!).toBeLessThanOrEqual(Math.ceil(baseline.load! * 0.8 + 2.5));
    expect(d.sets).toBeLessThan(baseline.sets);
    expect(d.reasons.filter((r) => r.ruleId === "proposal.deload").every((r) => r.inputs.proposalId === pid)).toBe(
      true,
    );
  });

  it("approved substitution → the named exercise is not picked", async () => {
    const { id, lift } = await clientWithOneLog("Substitution Approved");
    const pid = await pendingProposal(
      id,
      "substitution",
      { before: { exerciseId: lift.exerciseId }, after: { exerciseId: null, note: "coach to choose" } },
      lift.exerciseId,
    );
    expectOk(await org.coach.post(`/api/proposals/${pid}/approve`, {}), 200, "approve");
    const next = await generate(org.coach, id);
    expect(items(next).some((i) => i.exerciseId === lift.exerciseId)).toBe(false);
    expect(next.plan.reasons.find((r) => r.ruleId === "proposal.substitution")?.inputs.proposalId).toBe(pid);
  });
});
