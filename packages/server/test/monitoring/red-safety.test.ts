/**
 * DESIGN safety invariant through HTTP and the scheduled pass: while a red flag is open the coach can
 * still draft a session (the coach judges), but nothing is applied automatically: every proposal
 * is written as blocked, even by the daily pass and even in a tier that auto-applies it at green.
 * Resolving the red sends what was held back to the coach's review, never to automation.
 */
import type { SessionDto } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDailyPass } from "../../src/monitoring/run-pass.ts";
import { recordSessionForMonitoring } from "../../src/monitoring/sessions.ts";
import { expectOk, generate, items, logAsPrescribed, publish } from "../programming/programming-support.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { daysAgo, openOldRed, regularSessions, seedHistory, steadyCheckIns } from "./helpers.ts";

type Proposal = { id: string; kind: string; status: string; automated: boolean; decisionReasons: { ruleId: string }[] };
type Flag = { id: string; kind: string; level: string; status: string };

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Red Safety");
});
afterAll(() => t.close());

/** Self-guided (auto-applies progressions at green), steady history, a +2.5 kg squat planned tomorrow. */
async function selfGuidedWithProgression(name: string, missedLast = 0): Promise<string> {
  const id = await createClient(org.coach, name);
  expectOk(await org.coach.request("PUT", `/api/clients/${id}/tier`, { model: "ai_led_self_guided" }), 200, "tier");
  await seedHistory(t, org.ids.organizationId, id, {
    checkIns: steadyCheckIns(60, { hrv: true }),
    sessions: regularSessions(60, { missedLast }),
  });
  await recordSessionForMonitoring(t.database, org.ids.organizationId, id, [
    {
      ref: "next",
      date: daysAgo(-1),
      planned: true,
      completed: false,
      progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }],
    },
  ]);
  return id;
}

const openRed = (clientId: string) => openOldRed(t, org.ids.organizationId, clientId);

const proposalsOf = async (id: string) =>
  expectOk<{ items: Proposal[] }>(await org.coach.get(`/api/clients/${id}/proposals`), 200, "proposals").items;

describe("an open red flag stops automation (safety invariant)", () => {
  it("daily pass: blocked while red (a green twin auto-applies); the coach can still draft; resolution → review", async () => {
    const red = await selfGuidedWithProgression("Red Twin");
    const green = await selfGuidedWithProgression("Green Twin");
    await openRed(red);
    const now = new Date().toISOString();
    await runDailyPass(t.database, { now, organizationId: org.ids.organizationId });

    // The control: same history and tier, no flag → the progression applies automatically.
    expect((await proposalsOf(green)).map((p) => [p.kind, p.status])).toEqual([["progression", "auto_applied"]]);
    const held = await proposalsOf(red);
    expect(held.length).toBeGreaterThan(0);
    for (const p of held) {
      expect(p).toMatchObject({ status: "blocked", automated: false });
      expect(p.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.blocked.red"]);
    }
    const [state] = await t.database.query<{ level: string; paused: boolean }>(
      "select level, automation_paused as paused from client_monitoring where client_id = $1",
      [red],
    );
    expect(state).toEqual({ level: "red", paused: true });

    // The coach judges: drafting a session still works, and the draft says a red is open.
    const draft = await generate(org.coach, red);
    expect(draft.plan.reasons.find((r) => r.ruleId === "monitoring.red_open")?.inputs).toMatchObject({
      kinds: "chest_pain",
    });
    const greenDraft = await generate(org.coach, green);
    expect(greenDraft.plan.reasons.some((r) => r.ruleId === "monitoring.red_open")).toBe(false);

    // Resolve: what was held back waits for the coach, and a re-run of the pass does not apply it.
    const flag = expectOk<{ items: Flag[] }>(await org.coach.get(`/api/clients/${red}/flags`), 200, "flags").items.find(
      (f) => f.level === "red" && f.status === "open",
    );
    expectOk(
      await org.coach.post(`/api/flags/${flag?.id}/resolve`, { outcome: "note", note: "Spoke to them; GP cleared" }),
      200,
      "resolve",
    );
    expect((await proposalsOf(red)).map((p) => p.status)).toEqual(held.map(() => "pending_review"));
    await runDailyPass(t.database, { now: new Date().toISOString(), organizationId: org.ids.organizationId });
    const after = await proposalsOf(red);
    expect(after.some((p) => p.status === "auto_applied" || p.automated)).toBe(false);
    const resumed = await generate(org.coach, red);
    expect(resumed.plan.reasons.some((r) => r.ruleId === "monitoring.red_open")).toBe(false);
  });

  it("HTTP: severe pain in a logged session → every proposal blocked, none auto-applied; drafting still works", async () => {
    // Three missed sessions: a load hold the self-guided tier would apply on its own at green.
    const id = await selfGuidedWithProgression("Red From Log", 3);
    const s: SessionDto = await publish(org.coach, (await generate(org.coach, id)).id);
    const main = items(s).find((i) => i.role === "main")!;
    const body = logAsPrescribed(s, 8, { pain: [{ itemId: main.id, region: "knee", severity: 9 }] });
    expectOk(await org.coach.post(`/api/sessions/${s.id}/log`, body), 201, "log");
    const ps = await proposalsOf(id);
    expect(ps.some((p) => p.kind === "load_hold")).toBe(true);
    expect(ps.every((p) => p.status === "blocked" && !p.automated)).toBe(true);
    const next = expectOk<SessionDto>(
      await org.coach.post(`/api/clients/${id}/sessions`, { durationMinutes: 45 }),
      201,
      "generate while red",
    );
    expect(next.plan.reasons.some((r) => r.ruleId === "monitoring.red_open")).toBe(true);
    // Blocked proposals are not adjustments: nothing in the draft cites one.
    expect(items(next).some((i) => i.reasons.some((r) => r.ruleId.startsWith("proposal.")))).toBe(false);
  });
});
