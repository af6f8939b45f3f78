/**
 * "The draft knows today", through the real server: the day's stored check-in shapes a draft the
 * coach did not type readiness for (short sleep with HRV below the client's band and high soreness
 * → lighter loads, and the session cites the check-in by date); pain the check-in reported is
 * respected; a pending deload proposal reaches the engine as pending ("held pending your
 * approval"); while a red is open the draft says so and automation holds its changes back.
 */
import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../support.ts";
import { generate, items } from "./programming-support.ts";

let t: TestApp;
let org: Org;
beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t, "Draft Knows Today");
});
afterAll(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A strength client whose squat, bench and deadlift are known, so every main lift carries a load. */
async function knownClient(name: string): Promise<string> {
  const date = daysAgo(3);
  return createClient(org.coach, name, {
    profile: profileInput({
      baselines: {
        repMaxes: [
          { exerciseId: "back-squat", loadKg: 100, reps: 5, date },
          { exerciseId: "barbell-bench-press", loadKg: 70, reps: 5, date },
          { exerciseId: "deadlift", loadKg: 130, reps: 5, date },
          { exerciseId: "overhead-press", loadKg: 45, reps: 5, date },
        ],
        fieldTests: [],
      },
    }),
  });
}

/** 45 days of steady check-ins (HRV ln rMSSD ≈ 4.0), then today's as given. */
async function seedCheckIns(
  clientId: string,
  todayValues: { sleep: number; soreness: number; hrv: number; pain?: unknown },
) {
  for (let d = 45; d >= 1; d--) {
    await insertCheckIn(clientId, daysAgo(d), { sleep: 8, soreness: 2, hrv: 4 + 0.02 * ((d % 3) - 1) });
  }
  await insertCheckIn(clientId, today(), todayValues);
}

async function insertCheckIn(
  clientId: string,
  date: string,
  v: { sleep: number; soreness: number; hrv: number; pain?: unknown },
): Promise<void> {
  await t.database.query(
    `insert into check_ins (organization_id, client_id, date, sleep_hours, sleep_quality, fatigue, soreness, stress, mood,
        hrv_ln_rmssd, extra)
     values ($1, $2, $3, $4, 3, 3, $5, 3, 3, $6, $7::jsonb)`,
    [
      org.ids.organizationId,
      clientId,
      date,
      v.sleep,
      v.soreness,
      v.hrv,
      v.pain ? JSON.stringify({ painReports: v.pain }) : null,
    ],
  );
}

const loaded = (s: SessionDto) => s.plan.main.filter((i) => (i.load ?? 0) > 0);
const byId = (list: StoredSessionItem[]) => new Map(list.map((i) => [i.exerciseId, i]));

describe("the draft knows today", () => {
  it("a stored check-in with short sleep, HRV below the band and high soreness makes the draft lighter and is cited", async () => {
    const id = await knownClient("Short sleeper");
    await seedCheckIns(id, { sleep: 4.5, soreness: 6, hrv: 3.0 });

    // The coach's typed readiness wins over the stored check-in: a normal day.
    const typed = await generate(org.coach, id, { readiness: { sleepHours: 8 } });
    expect(typed.plan.reasons.some((r) => r.ruleId === "checkin.today")).toBe(false);
    expect(typed.plan.reasons.some((r) => r.ruleId === "readiness.lower_intensity")).toBe(false);

    const fromCheckIn = await generate(org.coach, id);
    const cited = fromCheckIn.plan.reasons.find((r) => r.ruleId === "checkin.today");
    expect(cited?.inputs).toMatchObject({ checkInDate: today(), sleepHours: 4.5, soreness1to7: 6, hrvStatus: "below" });
    expect(cited?.message).toContain(today());
    const low = fromCheckIn.plan.reasons.find((r) => r.ruleId === "readiness.lower_intensity");
    expect(low?.inputs).toMatchObject({ sleepHours: 4.5, hrvStatus: "below" });

    // Loads: every lift both drafts share is lighter (or equal when rounding eats the cut), at least one strictly.
    const normal = byId(loaded(typed));
    const shared = loaded(fromCheckIn).filter((i) => normal.has(i.exerciseId));
    expect(shared.length).toBeGreaterThan(0);
    for (const i of shared) expect(i.load!).toBeLessThanOrEqual(normal.get(i.exerciseId)!.load!);
    expect(shared.some((i) => i.load! < normal.get(i.exerciseId)!.load!)).toBe(true);
  });

  it("a good check-in leaves the draft alone, and pain it reported is respected and cited", async () => {
    const id = await knownClient("Sore knee");
    await seedCheckIns(id, { sleep: 8, soreness: 2, hrv: 4.0, pain: [{ region: "knee", severity: 6 }] });
    const draft = await generate(org.coach, id);
    expect(draft.plan.reasons.some((r) => r.ruleId === "readiness.lower_intensity")).toBe(false);
    expect(draft.plan.reasons.find((r) => r.ruleId === "checkin.today")?.inputs).toMatchObject({ painReports: 1 });
    // The engine got the check-in's pain as today's new pain (what it substitutes around and cites).
    const [stored] = await t.database.query<{ request: { newPain: { region: string; severity: number }[] } }>(
      "select request from training_sessions where id = $1",
      [draft.id],
    );
    expect(stored?.request.newPain).toEqual([{ region: "knee", severity: 6 }]);
    // Typing the same region on the day replaces the check-in's report rather than doubling it.
    const typed = await generate(org.coach, id, { newPain: [{ region: "knee", severity: 3 }] });
    const [again] = await t.database.query<{ request: { newPain: unknown[] } }>(
      "select request from training_sessions where id = $1",
      [typed.id],
    );
    expect(again?.request.newPain).toEqual([{ region: "knee", severity: 3 }]);
  });

  it("a pending deload proposal reaches the engine as pending and the draft says it is held for approval", async () => {
    const id = await knownClient("Pending deload");
    const [row] = await t.database.query<{ id: string }>(
      `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
          level, major, status, automated)
       values ($1, $2, $3, 'deload', $4, 'this_week', $5::jsonb, '[]'::jsonb, '[]'::jsonb, 'yellow', true,
          'pending_review', false)
       returning id`,
      [
        org.ids.organizationId,
        id,
        `deload:${today()}`,
        today(),
        JSON.stringify({ before: { weeklySets: 12, intensityPct: 100 }, after: { weeklySets: 6, intensityPct: 90 } }),
      ],
    );
    const proposalId = row!.id;
    const draft = await generate(org.coach, id);
    const all = [...draft.plan.reasons, ...items(draft).flatMap((i) => i.reasons)];
    const pending = all.filter((r) => r.inputs.proposalId === proposalId);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((r) => r.ruleId === "proposal.pending_deload" && r.inputs.pending === true)).toBe(true);
    const audit = await t.database.query<{ metadata: { adjustments: string | null } }>(
      "select metadata from audit_events where action = 'session.generated' and entity_id = $1",
      [draft.id],
    );
    expect(audit[0]?.metadata.adjustments).toBe(`deload:${proposalId}:pending`);

    // A rejected one has no effect at all.
    await t.database.query("update proposals set status = 'rejected' where id = $1", [proposalId]);
    const after = await generate(org.coach, id);
    expect(JSON.stringify(after.plan)).not.toContain(proposalId);
  });

  it("while a red is open the draft says so, and a held-back (blocked) hold still shapes it as pending", async () => {
    const id = await knownClient("Open red");
    await t.database.query(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action)
       values ($1, $2, 'chest_pain', 'red', 'chest', 'redflag.chest_pain', 'Chest pain reported', '{}'::jsonb, 'Refer')`,
      [org.ids.organizationId, id],
    );
    const [row] = await t.database.query<{ id: string }>(
      `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
          level, major, status, automated)
       values ($1, $2, $3, 'load_hold', $4, 'next_session', '{"before":{},"after":{}}'::jsonb, '[]'::jsonb, '[]'::jsonb,
          'red', false, 'blocked', false)
       returning id`,
      [org.ids.organizationId, id, `load_hold:${today()}`, today()],
    );
    const draft = await generate(org.coach, id);
    expect(draft.plan.reasons.find((r) => r.ruleId === "monitoring.red_open")?.inputs).toMatchObject({
      kinds: "chest_pain",
    });
    const all = [...draft.plan.reasons, ...items(draft).flatMap((i) => i.reasons)];
    expect(all.some((r) => r.inputs.proposalId === row!.id && r.ruleId === "proposal.pending_hold")).toBe(true);
  });
});
