import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";
import { checkInBody, count, daysAgo, regularSessions, seedHistory, steadyCheckIns, today } from "./helpers.ts";

type Signal = {
  kind: string;
  level: string;
  ruleId: string;
  evidence: { inputs: Record<string, unknown>; dates: string[] };
  referTo?: string[];
};
type Result = {
  checkin: { id: string; fatigue: number; date: string };
  level: string;
  automationPaused: boolean;
  readiness: { score: number | null; band: string; drivers: { item: string; effect: string }[] };
  signals: Signal[];
};
type Proposal = {
  id: string;
  kind: string;
  status: string;
  automated: boolean;
  decidedBy: string | null;
  decisionReasons: { ruleId: string }[];
};

describe("check-ins through HTTP: validation, incremental update, triage", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Monitoring Org");
  });
  afterAll(() => t.close());

  it("a bad check-in is a 400 naming each field, and nothing is stored", async () => {
    const id = await createClient(org.coach, "Bad Input");
    const res = await org.coach.post<{ error: { code: string; fields: { path: string }[] } }>(
      `/api/clients/${id}/checkins`,
      {
        date: "2026-02-30",
        sleepHours: 30,
        sleepQuality: 0,
        fatigue: 3.5,
        soreness: 2,
        stress: 2,
        mood: 9,
        painReports: [{ region: "elbowz", severity: 11 }],
        surprise: true,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_error");
    const paths = res.body.error.fields.map((f) => f.path);
    for (const p of [
      "body.date",
      "body.sleepHours",
      "body.sleepQuality",
      "body.fatigue",
      "body.mood",
      "body.painReports.0.region",
      "body.painReports.0.severity",
    ])
      expect(paths).toContain(p);
    const future = await org.coach.post<{ error: { fields: { path: string }[] } }>(
      `/api/clients/${id}/checkins`,
      checkInBody({ date: "2999-01-01" }),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.fields.map((f) => f.path)).toEqual(["body.date"]);
    expect(await count(t, "check_ins", id)).toBe(0);
    expect(await count(t, "flags", id)).toBe(0);
    expect(await count(t, "client_monitoring", id)).toBe(0);
  });

  it("the client checks in for themself (twice the same day replaces) and reads their history", async () => {
    const first = await org.client.post<Result>("/api/me/checkins", checkInBody({ fatigue: 3 }));
    expect(first.status).toBe(200);
    expect(first.body.level).toBe("green");
    expect(first.body.readiness.band).not.toBe("no_data");
    const again = await org.client.post<Result>(
      `/api/clients/${org.ids.clientId}/checkins`,
      checkInBody({ fatigue: 2 }),
    );
    expect(again.status).toBe(200);
    const list = await org.client.get<{ items: { date: string; fatigue: number }[] }>(
      `/api/clients/${org.ids.clientId}/checkins`,
    );
    expect(list.body.items).toEqual([expect.objectContaining({ date: today(), fatigue: 2 })]);
    // Replacing keeps the row (same id) and answers the stored values; each submission is audited
    // with who sent it (commands/save-check-in.ts: one statement for both).
    const firstRecord = first.body.checkin;
    const againRecord = again.body.checkin;
    expect(againRecord).toMatchObject({ id: firstRecord.id, fatigue: 2, date: today() });
    expect(firstRecord).toMatchObject({ fatigue: 3, date: today() });
    const events = await t.database.query<{
      actor_user_id: string;
      entity_id: string;
      client_id: string;
      metadata: unknown;
    }>(
      "select actor_user_id, entity_id, client_id, metadata from audit_events where action = 'checkin.submitted' and client_id = $1 order by at, id",
      [org.ids.clientId],
    );
    expect(events.slice(-2)).toEqual([
      {
        actor_user_id: org.ids.clientUserId,
        entity_id: firstRecord.id,
        client_id: org.ids.clientId,
        metadata: { date: today(), byRole: "client" },
      },
      {
        actor_user_id: org.ids.clientUserId,
        entity_id: firstRecord.id,
        client_id: org.ids.clientId,
        metadata: { date: today(), byRole: "client" },
      },
    ]);
    expect((await org.otherCoach.get(`/api/clients/${org.ids.clientId}/checkins`)).status).toBe(404);
    expect((await org.coach.post("/api/me/checkins", checkInBody())).status).toBe(403);
  });

  it("three missed sessions plus high fatigue → yellow with evidence; the changes wait for the coach", async () => {
    const id = await createClient(org.coach, "Missed Three");
    await seedHistory(t, org.ids.organizationId, id, {
      checkIns: steadyCheckIns(60),
      sessions: regularSessions(60, { missedLast: 3 }),
    });
    const res = await org.coach.post<Result>(`/api/clients/${id}/checkins`, checkInBody({ fatigue: 6 }));
    expect(res.status).toBe(200);
    expect(res.body.level).toBe("yellow");
    expect(res.body.automationPaused).toBe(false);
    const missed = res.body.signals.find((s) => s.kind === "missed_sessions");
    expect(missed?.ruleId).toBe("adherence.missed_with_fatigue");
    expect(missed?.evidence.inputs).toMatchObject({ missedInARow: 3, fatigue: 6, fatigueHigh: true });
    expect(missed?.evidence.dates).toHaveLength(3);
    const proposals = await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`);
    expect(proposals.body.items.map((p) => p.kind).sort()).toEqual(["load_hold", "volume_change"]);
    // Automation did nothing on its own: both wait for review, with the yellow client as a reason.
    for (const p of proposals.body.items) {
      expect(p).toMatchObject({ status: "pending_review", automated: false, decidedBy: null });
      expect(p.decisionReasons.map((r) => r.ruleId)).toContain("decision.review.client_yellow");
    }
    const queue = await org.coach.get<{ items: { clientId: string; type: string; kind: string }[] }>("/api/queue");
    const mine = queue.body.items.filter((i) => i.clientId === id);
    expect(mine.map((i) => `${i.type}:${i.kind}`).sort()).toEqual([
      "flag:missed_sessions",
      "proposal:load_hold",
      "proposal:volume_change",
    ]);
  });

  it("short sleep with HRV below baseline → yellow; drivers name HRV and sleep; the session swap waits", async () => {
    const id = await createClient(org.coach, "Short Sleep");
    const hist = steadyCheckIns(60, { hrv: true });
    for (const c of hist.slice(-3)) c.hrvLnRmssd = 3.7;
    await seedHistory(t, org.ids.organizationId, id, { checkIns: hist, sessions: regularSessions(60) });
    const res = await org.coach.post<Result>(
      `/api/clients/${id}/checkins`,
      checkInBody({ sleepHours: 5, hrvLnRmssd: 3.6, restingHr: 56 }),
    );
    expect(res.body.level).toBe("yellow");
    const s = res.body.signals.find((x) => x.kind === "sleep_and_hrv");
    expect(s?.evidence.inputs.sleepHours).toBe(5);
    const hrv = res.body.readiness.drivers.find((d) => d.item === "hrv");
    expect(hrv?.effect).toBe("negative");
    expect(res.body.readiness.drivers.map((d) => d.item)).toContain("sleepHours");
    const proposals = await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`);
    const swap = proposals.body.items.find((p) => p.kind === "session_swap");
    expect(swap).toMatchObject({ status: "pending_review", automated: false });
    const view = await org.coach.get<{
      level: string;
      load: { srpe: unknown[]; acwr: { caveats?: unknown } };
      readiness: { baselineStatus: { hrv: { ready: boolean } } };
    }>(`/api/clients/${id}/monitoring`);
    expect(view.status).toBe(200);
    expect(view.body.level).toBe("yellow");
    expect(view.body.load.srpe).toHaveLength(28);
    expect(view.body.readiness.baselineStatus.hrv.ready).toBe(true);
  });

  const RED_CASES: [string, Partial<Parameters<typeof checkInBody>[0]>][] = [
    ["chest_pain", { redFlags: { chestPain: true } }],
    ["dizziness_fainting", { redFlags: { dizzinessOrFainting: true } }],
    ["neurological", { redFlags: { neurologicalSymptoms: true } }],
    ["severe_pain", { painReports: [{ region: "knee", severity: 8 }] }],
    ["sharp_pain", { redFlags: { sharpPain: true } }],
    ["disordered_eating", { redFlags: { disorderedEating: true } }],
    ["compulsive_exercise", { redFlags: { compulsiveExercise: true } }],
    ["emotional_distress", { redFlags: { emotionalDistress: true } }],
  ];

  it.each(RED_CASES)(
    "red flag %s: red, automation paused, proposals blocked, resolving needs an outcome",
    async (kind, over) => {
      const id = await createClient(org.coach, `Red ${kind}`);
      await seedHistory(t, org.ids.organizationId, id, {
        checkIns: steadyCheckIns(30),
        sessions: regularSessions(60, { missedLast: 3 }),
      });
      const res = await org.coach.post<Result>(`/api/clients/${id}/checkins`, checkInBody(over));
      expect(res.body.level).toBe("red");
      expect(res.body.automationPaused).toBe(true);
      const red = res.body.signals.find((s) => s.kind === kind);
      expect(red?.level).toBe("red");
      expect(red?.referTo?.length).toBeGreaterThan(0);
      expect(red?.evidence.dates).toEqual([today()]);
      const proposals = await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`);
      expect(proposals.body.items.length).toBeGreaterThan(0);
      for (const p of proposals.body.items) {
        expect(p.status).toBe("blocked");
        expect(p.decisionReasons.map((r) => r.ruleId)).toEqual(["decision.blocked.red"]);
      }
      const flags = await org.coach.get<{ items: { id: string; kind: string; level: string; status: string }[] }>(
        `/api/clients/${id}/flags`,
      );
      const flag = flags.body.items.find((f) => f.kind === kind && f.level === "red");
      expect(flag?.status).toBe("open");
      const noOutcome = await org.coach.post<{ error: { fields: { path: string }[] } }>(
        `/api/flags/${flag?.id}/resolve`,
        {},
      );
      expect(noOutcome.status).toBe(400);
      expect(noOutcome.body.error.fields.map((f) => f.path)).toEqual(["body.outcome", "body.note"]);
      const referred = await org.coach.post(`/api/flags/${flag?.id}/resolve`, {
        outcome: "referred",
        note: "Called them",
      });
      expect(referred.status).toBe(400);
      const ok = await org.coach.post<{ flag: { status: string; outcome: string }; automationPaused: boolean }>(
        `/api/flags/${flag?.id}/resolve`,
        { outcome: "referred", note: "Called them; they will see their GP", referredTo: "GP" },
      );
      expect(ok.status).toBe(200);
      expect(ok.body.flag).toMatchObject({ status: "resolved", outcome: "referred" });
      expect(ok.body.automationPaused).toBe(false);
      const view = await org.coach.get<{ level: string; automation: { paused: boolean } }>(
        `/api/clients/${id}/monitoring`,
      );
      expect(view.body.automation.paused).toBe(false);
      expect(view.body.level).not.toBe("red");
      // What was held back now waits for the coach; nothing was applied automatically.
      const after = await org.coach.get<{ items: Proposal[] }>(`/api/clients/${id}/proposals`);
      expect(after.body.items.map((p) => p.status)).toEqual(after.body.items.map(() => "pending_review"));
      expect((await org.coach.post(`/api/flags/${flag?.id}/resolve`, { outcome: "note", note: "again" })).status).toBe(
        409,
      );
    },
  );

  it("free text is screened too: a note about chest pain raises a red with the quote", async () => {
    const id = await createClient(org.coach, "Free Text");
    const res = await org.coach.post<Result>(
      `/api/clients/${id}/checkins`,
      checkInBody({ note: "Had some chest pain on the stairs this morning" }),
    );
    expect(res.body.level).toBe("red");
    const red = res.body.signals.find((s) => s.kind === "chest_pain");
    expect(red?.ruleId).toBe("redflag.chest_pain.text");
    expect(JSON.stringify(red?.evidence)).toContain("chest pain");
    void daysAgo;
  });
});

describe("export and deletion include monitoring data", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Export Org");
  });
  afterAll(() => t.close());

  it("the client's export lists their check-ins, flags and proposals; deleting the client removes them", async () => {
    await org.client.post("/api/me/checkins", checkInBody({ redFlags: { emotionalDistress: true } }));
    const exp = await org.client.get<{ records: Record<string, unknown[]> }>(`/api/clients/${org.ids.clientId}/export`);
    expect(exp.body.records.checkIns).toHaveLength(1);
    expect(exp.body.records.flags).toEqual([expect.objectContaining({ kind: "emotional_distress", level: "red" })]);
    expect(exp.body.records.monitoringState).toEqual([expect.objectContaining({ automationPaused: true })]);
    expect((await org.owner.delete(`/api/clients/${org.ids.clientId}`)).status).toBe(200);
    for (const table of ["check_ins", "flags", "client_monitoring"])
      expect(await count(t, table, org.ids.clientId)).toBe(0);
  });
});
