/**
 * The escalation chain of an overdue flag on an injected clock: nothing before the due time; the
 * owner is told after it; every other active coach one further interval later; each step once,
 * however often the job runs; a resolved flag escalates no further.
 */
import type { NotificationList } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEscalations } from "../../src/notifications/escalation.ts";
import { createOrg, createTestApp, type Org, type TestApp, type TestClient } from "../support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Escalation Org");
});
afterAll(() => t.close());

const T0 = new Date("2030-03-02T08:00:00Z");
const H = 3600_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

async function openFlag(clientId: string, level: "red" | "yellow", kind: string, windowHours: number) {
  const [row] = await t.database.query<{ id: string }>(
    `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
        recommended_action, status, created_at, due_at)
     values ($1, $2, $3, $4, $5, 'test.rule', 'Test signal', '{}'::jsonb, 'Call the client', 'open', $6, $7)
     returning id`,
    [
      org.ids.organizationId,
      clientId,
      kind,
      level,
      `${kind}-signal`,
      T0.toISOString(),
      at(windowHours * H).toISOString(),
    ],
  );
  return row?.id ?? "";
}

const escalationsOf = async (who: TestClient) =>
  (await who.get<NotificationList>("/api/notifications")).body.items.filter((n) => n.kind === "overdue_escalation");

describe("overdue flags escalate: owner, then on-call coaches", () => {
  it("a red overdue 4 h: owner after the due time, other coaches 4 h after that, never twice", async () => {
    const flagId = await openFlag(org.ids.clientId, "red", "chest_pain", 4);

    expect(await runEscalations(t.database, { now: at(3 * H) })).toEqual({ owner: 0, onCall: 0 });
    expect(await escalationsOf(org.owner)).toEqual([]);

    const ownerTime = at(4 * H + 60_000);
    expect(await runEscalations(t.database, { now: ownerTime })).toEqual({ owner: 1, onCall: 0 });
    const ownerSaw = await escalationsOf(org.owner);
    expect(ownerSaw).toHaveLength(1);
    expect(ownerSaw[0]).toMatchObject({
      urgency: "high",
      subject: "Overdue red flag: Escalation Org client",
      linkPath: `/clients/${org.ids.clientId}`,
    });
    expect(ownerSaw[0]?.body).not.toMatch(/chest/i);
    expect(await escalationsOf(org.coach)).toEqual([]);
    expect(await escalationsOf(org.otherCoach)).toEqual([]);

    // Re-runs (the job runs every minute) change nothing.
    expect(await runEscalations(t.database, { now: ownerTime })).toEqual({ owner: 0, onCall: 0 });
    expect(await runEscalations(t.database, { now: at(7 * H) })).toEqual({ owner: 0, onCall: 0 });
    expect(await escalationsOf(org.owner)).toHaveLength(1);

    // One further window (4 h) after the owner was told: every other active coach.
    expect(await runEscalations(t.database, { now: at(8 * H + 59_000) })).toEqual({ owner: 0, onCall: 0 });
    expect(await runEscalations(t.database, { now: at(8 * H + 60_000) })).toEqual({ owner: 0, onCall: 1 });
    const onCall = await escalationsOf(org.otherCoach);
    expect(onCall).toHaveLength(1);
    // The other coach cannot open an unassigned client: no link, the text says how to take it.
    expect(onCall[0]?.linkPath).toBeNull();
    expect(onCall[0]?.body).toContain("ask the owner to assign the client to you");
    expect(await escalationsOf(org.coach)).toEqual([]);
    expect(await escalationsOf(org.owner)).toHaveLength(1);
    expect(await runEscalations(t.database, { now: at(48 * H) })).toEqual({ owner: 0, onCall: 0 });

    const steps = await t.database.query<{ step: string; notified: string[]; at: Date | string }>(
      "select step, notified_user_ids as notified, at from flag_escalations where flag_id = $1 order by at",
      [flagId],
    );
    expect(steps.map((s) => [s.step, s.notified, new Date(s.at).toISOString()])).toEqual([
      ["owner", [org.ids.ownerId], ownerTime.toISOString()],
      ["on_call", [org.ids.otherCoachId], at(8 * H + 60_000).toISOString()],
    ]);
  });

  it("a yellow resolved before its due time never escalates; an open one is normal urgency", async () => {
    const resolved = await openFlag(org.ids.spareClientId, "yellow", "missed_sessions", 24);
    await t.database.query("update flags set status = 'resolved', resolved_at = $2 where id = $1", [
      resolved,
      at(2 * H).toISOString(),
    ]);
    expect(await runEscalations(t.database, { now: at(30 * H) })).toEqual({ owner: 0, onCall: 0 });
    const [none] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from flag_escalations where flag_id = $1",
      [resolved],
    );
    expect(none?.n).toBe(0);

    const open = await openFlag(org.ids.spareClientId, "yellow", "low_readiness", 24);
    expect(await runEscalations(t.database, { now: at(24 * H + 1) })).toEqual({ owner: 1, onCall: 0 });
    const yellow = (await escalationsOf(org.owner)).find((n) => n.subject.includes("yellow"));
    expect(yellow).toMatchObject({ urgency: "normal", subject: "Overdue yellow flag: Escalation Org spare client" });
    // Resolved after the owner was told: the on-call step never comes.
    await t.database.query("update flags set status = 'resolved' where id = $1", [open]);
    expect(await runEscalations(t.database, { now: at(100 * H) })).toEqual({ owner: 0, onCall: 0 });
  });

  it("a yellow plan change left pending past its review time escalates the same way; a decided one never", async () => {
    const propose = async (engineId: string, status: string) => {
      const [row] = await t.database.query<{ id: string }>(
        `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons,
            decision_reasons, level, major, status, automated, due_at, created_at)
         values ($1, $2, $3, 'deload', '2030-03-02', 'week', '{}'::jsonb, '[]'::jsonb, '[]'::jsonb, 'yellow', false,
                 $4, false, $5, $6)
         returning id`,
        [org.ids.organizationId, org.ids.clientId, engineId, status, at(48 * H).toISOString(), T0.toISOString()],
      );
      return row?.id ?? "";
    };
    const pending = await propose("deload:2030-03-02", "pending_review");
    await propose("deload:2030-03-01", "approved");
    expect(await runEscalations(t.database, { now: at(47 * H) })).toEqual({ owner: 0, onCall: 0 });
    expect(await runEscalations(t.database, { now: at(48 * H) })).toEqual({ owner: 1, onCall: 0 });
    const ownerSaw = (await escalationsOf(org.owner)).find((n) => n.subject.includes("change to review"));
    expect(ownerSaw).toMatchObject({
      urgency: "normal",
      subject: "Overdue yellow change to review: Escalation Org client",
      linkPath: `/clients/${org.ids.clientId}/proposals/${pending}`,
    });
    // The window was 48 h: the on-call coaches hear 48 h after the owner, once.
    expect(await runEscalations(t.database, { now: at(96 * H - 1) })).toEqual({ owner: 0, onCall: 0 });
    expect(await runEscalations(t.database, { now: at(96 * H) })).toEqual({ owner: 0, onCall: 1 });
    expect(await runEscalations(t.database, { now: at(200 * H) })).toEqual({ owner: 0, onCall: 0 });
    const steps = await t.database.query<{ step: string }>(
      "select step from proposal_escalations where proposal_id = $1 order by at",
      [pending],
    );
    expect(steps.map((r) => r.step)).toEqual(["owner", "on_call"]);
  });
});
