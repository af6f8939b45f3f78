import type { BusinessFiguresResponse, BusinessFigureView, SurveyStatus, TierList } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

/** A fixed clock; nothing reads the wall clock. */
const clock = { now: () => new Date("2026-03-20T12:00:00Z") };

type Fig = BusinessFigureView;
const fig = (r: BusinessFiguresResponse, id: Fig["id"]) => {
  const f = r.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const point = (f: Fig, month: string, tier: string) => f.points.find((p) => p.month === month && p.tier === tier);

describe("business figures and the satisfaction survey (HTTP)", () => {
  let t: TestApp;
  let a: Org;
  let premium: TierList["items"][number];
  let fallback: TierList["items"][number];
  const url = "/api/business/figures?from=2026-01&to=2026-03";

  beforeAll(async () => {
    t = await createTestApp({ clock });
    ({ a } = await createWorld(t));
    const tiers = (await a.owner.get<TierList>("/api/tiers")).body.items;
    const byDefault = tiers.find((x) => x.isDefault);
    const other = tiers.find((x) => !x.isDefault);
    if (!byDefault || !other) throw new Error("expected the default tiers");
    fallback = byDefault;
    premium = other;
    const q = (sql: string, params: unknown[] = []) => t.database.query(sql, params);
    const { clientId, spareClientId, organizationId: org, coachId } = a.ids;
    // Both clients started on 1 January; the spare one never did anything and was archived in February.
    await q("update clients set created_at = '2026-01-01T09:00:00Z' where organization_id = $1", [org]);
    await q("update clients set status = 'archived', updated_at = '2026-02-15T09:00:00Z' where id = $1", [
      spareClientId,
    ]);
    await q("insert into client_monitoring (client_id, organization_id, tier_id) values ($1, $2, $3)", [
      clientId,
      org,
      premium.id,
    ]);
    // Check-ins every day of January and the first 10 days of February, then silence.
    await q(
      `insert into check_ins (organization_id, client_id, date, sleep_hours, sleep_quality, fatigue, soreness, stress, mood)
       select $1, $2, d::date, 7, 3, 3, 3, 3, 3 from generate_series('2026-01-01'::date, '2026-02-10'::date, interval '1 day') d`,
      [org, clientId],
    );
    await q(
      `insert into monitoring_sessions (organization_id, client_id, ref, date, planned, completed) values
       ($1, $2, 'a', '2026-01-10', true, true), ($1, $2, 'b', '2026-01-12', true, false), ($1, $2, 'c', '2026-03-25', true, false)`,
      [org, clientId],
    );
    const flag = (kind: string, level: string, created: string, resolved: string | null, outcome: string | null) =>
      q(
        `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence, recommended_action,
           status, outcome, resolved_at, resolved_by, created_at)
         values ($1, $2, $3, $4, 's', 'r', 'm', '{}', 'a', $5, $6, $7, $8, $9)`,
        [
          org,
          clientId,
          kind,
          level,
          resolved ? "resolved" : "open",
          outcome,
          resolved,
          resolved ? coachId : null,
          created,
        ],
      );
    const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();
    // A red answered 1 h inside its promise and acted on; a yellow answered 5 h late, no action; a yellow still open.
    await flag(
      "chest_pain",
      "red",
      "2026-01-05T10:00:00Z",
      hours("2026-01-05T10:00:00Z", premium.responseHours.red - 1),
      "referred",
    );
    await flag(
      "soreness",
      "yellow",
      "2026-02-01T10:00:00Z",
      hours("2026-02-01T10:00:00Z", premium.responseHours.yellow + 5),
      null,
    );
    await flag("readiness", "yellow", "2026-03-01T00:00:00Z", null, null);
    // A yellow proposal the coach approved after 1 h.
    await q(
      `insert into proposals (organization_id, client_id, engine_id, kind, date, scope, diff, reasons, decision_reasons,
         level, major, status, automated, decided_by, decided_at, created_at)
       values ($1, $2, 'p1', 'load_hold', '2026-02-03', 'session', '{}', '[]', '[]', 'yellow', false, 'approved', false,
         $3, '2026-02-03T09:00:00Z', '2026-02-03T08:00:00Z')`,
      [org, clientId, coachId],
    );
    // One client message answered by the coach 2 h later.
    const [thread] = await q(
      "insert into message_threads (organization_id, client_id, last_seq) values ($1, $2, 2) returning id",
      [org, clientId],
    );
    await q(
      `insert into messages (organization_id, client_id, thread_id, seq, author_role, body, created_at) values
       ($1, $2, $3, 1, 'client', 'hi', '2026-02-02T08:00:00Z'), ($1, $2, $3, 2, 'coach', 'hello', '2026-02-02T10:00:00Z')`,
      [org, clientId, (thread as { id: string }).id],
    );
  });
  afterAll(() => t.close());

  it("is the owner's alone: coaches and clients are refused", async () => {
    expect((await a.owner.get(url)).status).toBe(200);
    expect((await a.coach.get(url)).status).toBe(403);
    expect((await a.client.get(url)).status).toBe(403);
  });

  it("counts retention, churn, adherence and check-ins by month and tier, in SQL", async () => {
    const r = (await a.owner.get<BusinessFiguresResponse>(url)).body;
    expect(r.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    const retention = fig(r, "retention");
    // The spare client churned on 31 January (30 quiet days since starting, before the archive).
    expect(point(retention, "2026-01", fallback.name)).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(point(retention, "2026-01", premium.name)).toMatchObject({ value: 100, denominator: 1 });
    // The premium client went quiet after 10 February: churned on 12 March.
    expect(point(retention, "2026-03", premium.name)).toMatchObject({ value: 0, detail: { churned: 1, joined: 0 } });
    expect(retention.headline.detail).toMatchObject({ churned: 2, joined: 2 });

    const checkIns = fig(r, "check_ins");
    expect(point(checkIns, "2026-01", premium.name)).toMatchObject({ numerator: 31, denominator: 31 });
    expect(point(checkIns, "2026-02", premium.name)).toMatchObject({ numerator: 10, denominator: 28 });
    expect(point(checkIns, "2026-03", premium.name)).toMatchObject({ numerator: 0, denominator: 11 });
    expect(point(checkIns, "2026-01", fallback.name)).toMatchObject({ numerator: 0, denominator: 30 });

    // The session planned for 25 March is still ahead: not counted.
    expect(fig(r, "adherence").headline).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it("measures response times against the tier's promise, escalation accuracy and the review load", async () => {
    const r = (await a.owner.get<BusinessFiguresResponse>(url)).body;
    const red = fig(r, "response_red");
    expect(red.headline).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(red.byTier[0]).toMatchObject({ tier: premium.name, detail: { promiseHours: premium.responseHours.red } });
    expect(red.headline.detail.medianHours).toBeCloseTo(premium.responseHours.red - 1, 5);
    const yellow = fig(r, "response_yellow");
    // Flag late, proposal on time, one flag open past its promise: 1 of 3.
    expect(yellow.headline).toMatchObject({ numerator: 1, denominator: 3, detail: { answered: 2, overdueOpen: 1 } });
    expect(fig(r, "response_message").headline).toMatchObject({ numerator: 1, denominator: 1 });
    expect(fig(r, "response_message").headline.detail.medianHours).toBeCloseTo(2, 5);
    expect(fig(r, "escalation").headlineLabel).toBe("led to action: reds 1/1, yellows 1/2");
    const guidance = r.pricing.find((p) => p.tierId === premium.id);
    // 3 decisions (two flags, one proposal) over 3 client-months.
    expect(guidance).toMatchObject({ decisions: 3, clientMonths: 3, decisionsPerClientMonth: 1 });
    expect(fig(r, "revenue").byTier.find((x) => x.tier === premium.name)?.denominator).toBe(3);
  });

  it("lets the client answer the survey once per 30 days; the score reaches the owner's page", async () => {
    expect((await a.client.get<SurveyStatus>("/api/business/survey")).body).toMatchObject({ due: true, last: null });
    expect((await a.coach.post("/api/business/survey", { score: 9 })).status).toBe(403);
    const bad = await a.client.post("/api/business/survey", { score: 11 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("score");
    const nul = await a.client.post("/api/business/survey", { score: 5, comment: "a\u0000b" });
    expect(nul.status).toBe(400);
    const ok = await a.client.post<SurveyStatus>("/api/business/survey", { score: 9, comment: "  Great coaching  " });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ due: false, last: { score: 9 }, nextAt: "2026-04-19T12:00:00.000Z" });
    expect((await a.client.post("/api/business/survey", { score: 3 })).status).toBe(409);

    const r = (await a.owner.get<BusinessFiguresResponse>(url)).body;
    expect(fig(r, "satisfaction").headline).toMatchObject({ value: 100, denominator: 1, detail: { meanScore: 9 } });
    expect(r.comments).toEqual([
      { score: 9, comment: "Great coaching", at: "2026-03-20T12:00:00.000Z", tier: premium.name },
    ]);
    const exported = await a.owner.get<{ records: { satisfactionSurveys: unknown[] } }>(
      `/api/clients/${a.ids.clientId}/export`,
    );
    expect(exported.body.records.satisfactionSurveys).toHaveLength(1);

    // 30 days after an answer the survey opens again (the answer is moved back rather than the clock,
    // which would also expire the test's sign-in sessions).
    await t.database.query("update satisfaction_surveys set created_at = created_at - interval '30 days'");
    expect((await a.client.get<SurveyStatus>("/api/business/survey")).body.due).toBe(true);
  });

  it("takes the owner's assumptions: a longer quiet period keeps the client", async () => {
    const bad = await a.owner.request("PUT", "/api/business/settings", {
      minutesPerReview: -1,
      minutesPerDecision: 5,
      churnInactiveDays: 60,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("minutesPerReview");
    expect(
      (
        await a.coach.request("PUT", "/api/business/settings", {
          minutesPerReview: 10,
          minutesPerDecision: 5,
          churnInactiveDays: 60,
        })
      ).status,
    ).toBe(403);
    const put = await a.owner.request("PUT", "/api/business/settings", {
      minutesPerReview: 10,
      minutesPerDecision: 5,
      churnInactiveDays: 60,
    });
    expect(put.status).toBe(200);
    const r = (await a.owner.get<BusinessFiguresResponse>(url)).body;
    expect(r.settings.churnInactiveDays).toBe(60);
    expect(point(fig(r, "retention"), "2026-03", premium.name)?.value).toBe(100);
    expect(fig(r, "retention").how).toContain("60 days");
  });

  it("refuses a bad period with a 400 naming the field, and defaults to the last six months", async () => {
    const reversed = await a.owner.get("/api/business/figures?from=2026-03&to=2026-01");
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body)).toContain("from");
    expect((await a.owner.get("/api/business/figures?from=2023-01&to=2026-01")).status).toBe(400);
    expect((await a.owner.get("/api/business/figures?from=2026-13")).status).toBe(400);
    const r = (await a.owner.get<BusinessFiguresResponse>("/api/business/figures")).body;
    expect(r.months).toEqual(["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
  });
});
