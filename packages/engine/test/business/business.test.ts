import { describe, expect, test } from "vitest";
import {
  BUSINESS_DEFAULTS,
  type BusinessCounts,
  type BusinessFigure,
  businessReport,
  monthlyPriceMinor,
  netPromoterScore,
  REVIEWS_PER_MONTH,
  scoreBand,
  surveyDue,
  UNKNOWN_TIER,
} from "../../src/index.ts";

/** Two tiers, two months; every count chosen so the expected figures are easy to check by hand. */
const COUNTS: BusinessCounts = {
  months: ["2026-01", "2026-02"],
  tiers: [
    {
      id: "hybrid",
      name: "Hybrid",
      priceMinor: 9900,
      currency: "EUR",
      period: "month",
      reviewCadence: "weekly",
      responseHours: { yellow: 24, red: 4 },
    },
    {
      id: "premium",
      name: "Premium",
      priceMinor: 6900,
      currency: "EUR",
      period: "week",
      reviewCadence: "daily",
      responseHours: { yellow: 12, red: 2 },
    },
  ],
  clients: [
    {
      month: "2026-01",
      tierId: "hybrid",
      activeAtStart: 8,
      joined: 2,
      churned: 1,
      activeInMonth: 10,
      expectedCheckIns: 300,
      checkIns: 240,
    },
    {
      month: "2026-02",
      tierId: "hybrid",
      activeAtStart: 9,
      joined: 1,
      churned: 0,
      activeInMonth: 10,
      expectedCheckIns: 280,
      checkIns: 140,
    },
    {
      month: "2026-01",
      tierId: "premium",
      activeAtStart: 4,
      joined: 0,
      churned: 0,
      activeInMonth: 4,
      expectedCheckIns: 124,
      checkIns: 124,
    },
    {
      month: "2026-02",
      tierId: null,
      activeAtStart: 1,
      joined: 0,
      churned: 1,
      activeInMonth: 1,
      expectedCheckIns: 3,
      checkIns: 0,
    },
  ],
  sessions: [
    { month: "2026-01", tierId: "hybrid", planned: 40, done: 30 },
    { month: "2026-01", tierId: "premium", planned: 20, done: 20 },
  ],
  responses: [
    {
      kind: "red",
      scope: "month",
      month: "2026-01",
      tierId: "hybrid",
      answered: 3,
      withinPromise: 2,
      overdueOpen: 1,
      medianHours: 3,
    },
    {
      kind: "red",
      scope: "tier",
      month: null,
      tierId: "hybrid",
      answered: 3,
      withinPromise: 2,
      overdueOpen: 1,
      medianHours: 3,
    },
    {
      kind: "red",
      scope: "all",
      month: null,
      tierId: null,
      answered: 3,
      withinPromise: 2,
      overdueOpen: 1,
      medianHours: 3,
    },
  ],
  escalations: [
    { month: "2026-01", tierId: "hybrid", level: "red", acted: 2, noAction: 1 },
    { month: "2026-02", tierId: "premium", level: "yellow", acted: 1, noAction: 4 },
  ],
  surveys: [{ month: "2026-02", tierId: "hybrid", answers: 4, promoters: 2, detractors: 1, scoreSum: 30 }],
  decisions: [{ tierId: "hybrid", decisions: 10 }],
  messagingAvailable: false,
};

const report = businessReport(COUNTS, BUSINESS_DEFAULTS);
const figure = (id: BusinessFigure["id"]) => {
  const f = report.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

describe("business figures (golden values)", () => {
  test("every figure says how it is computed and carries a reason", () => {
    expect(report.figures.map((f) => f.id)).toEqual([
      "retention",
      "revenue",
      "satisfaction",
      "adherence",
      "check_ins",
      "response_red",
      "response_yellow",
      "response_message",
      "escalation",
    ]);
    for (const f of report.figures) {
      expect(f.how.length).toBeGreaterThan(40);
      expect(f.reasons[0]?.ruleId).toMatch(/^business\./);
    }
  });

  test("retention: kept ÷ (active at start + joined), by month and tier; churn documented with the inactivity days", () => {
    const f = figure("retention");
    // (10-1) + (10-0) + (4-0) + (1-1) = 23 kept of 10 + 10 + 4 + 1 = 25
    expect(f.headline).toMatchObject({ numerator: 23, denominator: 25, value: 92 });
    expect(f.headline.detail).toMatchObject({ churned: 2, joined: 3 });
    expect(f.how).toContain("30 days");
    const jan = f.points.find((p) => p.month === "2026-01" && p.tier === "Hybrid");
    expect(jan?.value).toBe(90);
    // A tier with no rows in a month still has a point, without a value.
    expect(f.points.find((p) => p.month === "2026-02" && p.tier === "Premium")?.value).toBeNull();
    expect(f.byTier.map((t) => t.tier)).toEqual(["Hybrid", "Premium", UNKNOWN_TIER]);
    expect(f.byTier[2]?.value).toBe(0);
  });

  test("adherence and check-in response rate", () => {
    expect(figure("adherence").headline).toMatchObject({ numerator: 50, denominator: 60 });
    expect(figure("adherence").byTier.map((t) => t.value)).toEqual([75, 100]);
    // 240 + 140 + 124 + 0 of 300 + 280 + 124 + 3
    expect(figure("check_ins").headline).toMatchObject({ numerator: 504, denominator: 707 });
    expect(figure("check_ins").points.find((p) => p.month === "2026-02" && p.tier === "Hybrid")?.value).toBe(50);
  });

  test("response time: within promise ÷ (answered + open past promise), with the median and the promise per tier", () => {
    const f = figure("response_red");
    expect(f.headline.value).toBeCloseTo(50);
    expect(f.headline.detail.medianHours).toBe(3);
    expect(f.byTier).toEqual([
      {
        tier: "Hybrid",
        value: 50,
        numerator: 2,
        denominator: 4,
        detail: { medianHours: 3, promiseHours: 4, answered: 3, overdueOpen: 1 },
      },
    ]);
    expect(figure("response_yellow").headline.value).toBeNull();
  });

  test("messages say when messaging is not there to measure", () => {
    expect(figure("response_message").note).toMatch(/not measured/);
    const on = businessReport({ ...COUNTS, messagingAvailable: true }, BUSINESS_DEFAULTS);
    expect(on.figures.find((f) => f.id === "response_message")?.note).toBeNull();
  });

  test("escalation accuracy: acted on ÷ closed, with reds and yellows apart", () => {
    const f = figure("escalation");
    expect(f.headline).toMatchObject({ numerator: 3, denominator: 8, value: 37.5 });
    expect(f.headlineLabel).toBe("led to action: reds 2/3, yellows 1/5");
  });

  test("satisfaction: NPS = % promoters − % detractors, and the mean score", () => {
    const f = figure("satisfaction");
    expect(f.headline.value).toBe(25);
    expect(f.headline.detail.meanScore).toBe(7.5);
    expect(netPromoterScore(0, 0, 0)).toBeNull();
    expect([10, 9, 8, 7, 6, 0].map(scoreBand)).toEqual([
      "promoter",
      "promoter",
      "passive",
      "passive",
      "detractor",
      "detractor",
    ]);
  });

  test("revenue: active clients × monthly price; a weekly price × 52/12; the latest month is the headline", () => {
    expect(monthlyPriceMinor(6900, "week")).toBe(29900);
    expect(monthlyPriceMinor(12000, "year")).toBe(1000);
    const f = figure("revenue");
    expect(f.currency).toBe("EUR");
    // February: 10 Hybrid × 9900 + 1 deleted client (price unknown, 0)
    expect(f.headline).toMatchObject({ numerator: 99000, denominator: 11, value: 99000 });
    // Premium over the period: 4 client-months × 29900
    expect(f.byTier.find((t) => t.tier === "Premium")?.value).toBe(119600);
  });

  test("pricing guidance: cadence × minutes per review + measured decisions × minutes per decision", () => {
    const [hybrid, premium] = report.pricing;
    expect(REVIEWS_PER_MONTH.weekly).toBeCloseTo(4.348, 3);
    // 20 client-months, 10 decisions → 0.5 per client-month × 5 min = 2.5 min; 4.348 × 15 = 65.2 min
    expect(hybrid?.decisionsPerClientMonth).toBe(0.5);
    expect(hybrid?.minutesPerClientMonth).toBeCloseTo(67.72, 2);
    // 9900 per month ÷ 1.1287 h
    expect(hybrid?.pricePerCoachHourMinor).toBe(8771);
    expect(premium?.decisionMinutes).toBe(0);
    expect(premium?.reasons.map((r) => r.ruleId)).toEqual([
      "business.pricing.review_cadence",
      "business.pricing.measured_load",
    ]);
    const cheap = businessReport(COUNTS, { ...BUSINESS_DEFAULTS, minutesPerReview: 0, minutesPerDecision: 0 });
    expect(cheap.pricing[0]?.pricePerCoachHourMinor).toBeNull();
  });
});

describe("survey cadence", () => {
  test("asked when never answered, then again 30 days after the last answer", () => {
    expect(surveyDue(null, "2026-03-01T00:00:00Z")).toMatchObject({ due: true, nextAt: null });
    const recent = surveyDue("2026-02-01T10:00:00Z", "2026-03-03T09:59:59Z");
    expect(recent).toMatchObject({ due: false, nextAt: "2026-03-03T10:00:00.000Z" });
    expect(recent.reason.ruleId).toBe("business.survey.recently_answered");
    expect(surveyDue("2026-02-01T10:00:00Z", "2026-03-03T10:00:00Z").due).toBe(true);
  });
});
