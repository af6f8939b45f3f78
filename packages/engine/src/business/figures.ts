import { type Reason, reason } from "../core/reasons.ts";
import { type BusinessAssumptions, monthlyPriceMinor } from "./assumptions.ts";
import type { BusinessCounts, ResponseCounts, ResponseKind } from "./counts.ts";
import {
  type BusinessFigure,
  bump,
  type FigureTier,
  type FigureValue,
  pointsOf,
  rateOf,
  type Tally,
  tally,
  tierName,
} from "./figure.ts";
import { DETRACTOR_MAX, PROMOTER_MIN } from "./survey.ts";

const pct = (v: number | null) => (v === null ? "n/a" : `${Math.round(v)}%`);

/** Retention: clients kept through each month out of those the month started with (plus joiners). */
export function retentionFigure(c: BusinessCounts, a: BusinessAssumptions): BusinessFigure {
  const { cells, perTier, all } = tally(
    c.clients,
    (r) => r,
    (t, r) => {
      const base = r.activeAtStart + r.joined;
      t.num += base - r.churned;
      t.den += base;
      bump(t, "churned", r.churned);
      bump(t, "joined", r.joined);
    },
  );
  const headline = rateOf(all, 100);
  return {
    id: "retention",
    title: "Retention and churn",
    how: `Clients still with you at the end of each month ÷ clients active at its start plus those who joined; a client churns when archived, deleted, or ${a.churnInactiveDays} days after their last check-in or completed session.`,
    unit: "percent",
    headline,
    headlineLabel: `kept per month on average; ${all.detail.churned ?? 0} churned, ${all.detail.joined ?? 0} joined`,
    ...pointsOf(c.months, c.tiers, cells, perTier, (t) => rateOf(t, 100)),
    currency: null,
    note: "A client's tier is their current one (tier changes are not kept as history).",
    reasons: [
      reason(
        "business.retention",
        `${pct(headline.value)} of client-months kept`,
        { kept: all.num, base: all.den, churned: all.detail.churned ?? 0 },
        { churnInactiveDays: a.churnInactiveDays },
      ),
    ],
  };
}

/** Adherence: planned sessions before today that were completed. */
export function adherenceFigure(c: BusinessCounts): BusinessFigure {
  const { cells, perTier, all } = tally(
    c.sessions,
    (r) => r,
    (t, r) => {
      t.num += r.done;
      t.den += r.planned;
    },
  );
  const headline = rateOf(all, 100);
  return {
    id: "adherence",
    title: "Session adherence",
    how: "Planned sessions completed ÷ planned sessions dated before today, by the month of the session.",
    unit: "percent",
    headline,
    headlineLabel: `${all.num} of ${all.den} planned sessions done`,
    ...pointsOf(c.months, c.tiers, cells, perTier, (t) => rateOf(t, 100)),
    currency: null,
    note: null,
    reasons: [
      reason("business.adherence", `${pct(headline.value)} of planned sessions done`, {
        done: all.num,
        planned: all.den,
      }),
    ],
  };
}

/** Check-in response: daily readiness check-ins answered out of the days each client was active. */
export function checkInFigure(c: BusinessCounts): BusinessFigure {
  const { cells, perTier, all } = tally(
    c.clients,
    (r) => r,
    (t, r) => {
      t.num += r.checkIns;
      t.den += r.expectedCheckIns;
    },
  );
  const headline = rateOf(all, 100);
  return {
    id: "check_ins",
    title: "Check-in response rate",
    how: "Days with a readiness check-in ÷ days each client was active (from their first day to churn or yesterday).",
    unit: "percent",
    headline,
    headlineLabel: `${all.num} check-ins of ${all.den} client-days`,
    ...pointsOf(c.months, c.tiers, cells, perTier, (t) => rateOf(t, 100)),
    currency: null,
    note: null,
    reasons: [
      reason("business.check_ins", `${pct(headline.value)} of client-days have a check-in`, {
        checkIns: all.num,
        clientDays: all.den,
      }),
    ],
  };
}

const RESPONSE_TEXT: Record<ResponseKind, { title: string; what: string; promise: string }> = {
  yellow: {
    title: "Response time to yellows",
    what: "yellow flags resolved and yellow proposals decided",
    promise: "the tier's yellow promise",
  },
  red: {
    title: "Response time to reds",
    what: "red flags resolved and red proposals decided",
    promise: "the tier's red promise",
  },
  message: {
    title: "Response time to messages",
    what: "a client's message (the first of a run) answered by a coach or owner",
    promise: "the tier's yellow promise",
  },
};

function responseValue(rows: readonly ResponseCounts[], promiseHours: number | null): FigureValue {
  const t: Tally = { num: 0, den: 0, detail: { medianHours: null, promiseHours, answered: 0, overdueOpen: 0 } };
  for (const r of rows) {
    t.num += r.withinPromise;
    t.den += r.answered + r.overdueOpen;
    bump(t, "answered", r.answered);
    bump(t, "overdueOpen", r.overdueOpen);
    t.detail.medianHours = r.medianHours;
  }
  return rateOf(t, 100);
}

/** Share answered within the tier's promise (open items past it count as missed), with the median. */
export function responseFigure(c: BusinessCounts, kind: ResponseKind): BusinessFigure {
  const text = RESPONSE_TEXT[kind];
  const rows = c.responses.filter((r) => r.kind === kind);
  const promise = (id: string | null) => {
    const t = c.tiers.find((x) => x.id === id);
    return t ? (kind === "red" ? t.responseHours.red : t.responseHours.yellow) : null;
  };
  const tierIds = [...c.tiers.map((t) => t.id as string | null), null].filter((id) =>
    rows.some((r) => r.tierId === id && r.scope !== "all"),
  );
  const points = tierIds.flatMap((id) =>
    c.months.map((month) => ({
      month,
      tier: tierName(c.tiers, id),
      ...responseValue(
        rows.filter((r) => r.scope === "month" && r.month === month && r.tierId === id),
        promise(id),
      ),
    })),
  );
  const byTier: FigureTier[] = tierIds.map((id) => ({
    tier: tierName(c.tiers, id),
    ...responseValue(
      rows.filter((r) => r.scope === "tier" && r.tierId === id),
      promise(id),
    ),
  }));
  const headline = responseValue(
    rows.filter((r) => r.scope === "all"),
    null,
  );
  const unavailable = kind === "message" && !c.messagingAvailable;
  const reasons: Reason[] = [
    reason(
      `business.response.${kind}`,
      `${pct(headline.value)} within promise; median ${headline.detail.medianHours === null ? "n/a" : `${(headline.detail.medianHours ?? 0).toFixed(1)} h`}`,
      {
        withinPromise: headline.numerator,
        counted: headline.denominator,
        medianHours: headline.detail.medianHours ?? null,
      },
      Object.fromEntries(c.tiers.map((t) => [t.name, kind === "red" ? t.responseHours.red : t.responseHours.yellow])),
    ),
  ];
  return {
    id: `response_${kind}`,
    title: text.title,
    how: `Hours from raised to answered (${text.what}); % answered within ${text.promise}, counting items still open past it as missed.`,
    unit: "percent",
    headline,
    headlineLabel: `within promise; median ${headline.detail.medianHours === null ? "n/a" : `${(headline.detail.medianHours ?? 0).toFixed(1)} h`}`,
    points,
    byTier,
    currency: null,
    note: unavailable
      ? "Messaging is not part of this installation yet, so message response times are not measured."
      : null,
    reasons,
  };
}

/** Escalation accuracy: of the yellows and reds a coach closed, how many led to an action. */
export function escalationFigure(c: BusinessCounts): BusinessFigure {
  const { cells, perTier, all } = tally(
    c.escalations,
    (r) => r,
    (t, r) => {
      t.num += r.acted;
      t.den += r.acted + r.noAction;
      bump(t, `${r.level}Acted`, r.acted);
      bump(t, `${r.level}NoAction`, r.noAction);
    },
  );
  const headline = rateOf(all, 100);
  const d = all.detail;
  return {
    id: "escalation",
    title: "Escalation accuracy",
    how: "Yellows and reds a coach closed with an action (referred, plan changed, proposal approved or edited) ÷ all closed; the rest were 'no action needed' (note only, proposal rejected).",
    unit: "percent",
    headline,
    headlineLabel: `led to action: reds ${d.redActed ?? 0}/${(d.redActed ?? 0) + (d.redNoAction ?? 0)}, yellows ${d.yellowActed ?? 0}/${(d.yellowActed ?? 0) + (d.yellowNoAction ?? 0)}`,
    ...pointsOf(c.months, c.tiers, cells, perTier, (t) => rateOf(t, 100)),
    currency: null,
    note: null,
    reasons: [
      reason("business.escalation", `${pct(headline.value)} of escalations led to an action`, {
        acted: all.num,
        closed: all.den,
        redActed: d.redActed ?? 0,
        redNoAction: d.redNoAction ?? 0,
        yellowActed: d.yellowActed ?? 0,
        yellowNoAction: d.yellowNoAction ?? 0,
      }),
    ],
  };
}

/** Client satisfaction: Net Promoter Score of the survey answers given in each month. */
export function satisfactionFigure(c: BusinessCounts): BusinessFigure {
  const { cells, perTier, all } = tally(
    c.surveys,
    (r) => r,
    (t, r) => {
      t.num += r.promoters - r.detractors;
      t.den += r.answers;
      bump(t, "scoreSum", r.scoreSum);
      bump(t, "promoters", r.promoters);
      bump(t, "detractors", r.detractors);
    },
  );
  const withMean = (t: Tally): FigureValue => {
    const v = rateOf(t, 100);
    return { ...v, detail: { ...v.detail, meanScore: t.den > 0 ? (t.detail.scoreSum ?? 0) / t.den : null } };
  };
  const headline = withMean(all);
  return {
    id: "satisfaction",
    title: "Client satisfaction",
    how: `Net Promoter Score of the 0-10 "how likely to recommend" survey (asked at most every 30 days): % scoring ${PROMOTER_MIN}-10 minus % scoring 0-${DETRACTOR_MAX}.`,
    unit: "nps",
    headline,
    headlineLabel: `NPS from ${all.den} answers; mean score ${headline.detail.meanScore === null ? "n/a" : (headline.detail.meanScore ?? 0).toFixed(1)}`,
    ...pointsOf(c.months, c.tiers, cells, perTier, withMean),
    currency: null,
    note: null,
    reasons: [
      reason(
        "business.satisfaction.nps",
        `NPS ${headline.value === null ? "n/a" : Math.round(headline.value)}`,
        { answers: all.den, promoters: all.detail.promoters ?? 0, detractors: all.detail.detractors ?? 0 },
        { promoterMin: PROMOTER_MIN, detractorMax: DETRACTOR_MAX },
      ),
    ],
  };
}

/** Revenue: billed client-months × each tier's price per month (Spotter records no payments). */
export function revenueFigure(c: BusinessCounts): BusinessFigure {
  const price = new Map(c.tiers.map((t) => [t.id as string | null, monthlyPriceMinor(t.priceMinor, t.period)]));
  const { cells, perTier } = tally(
    c.clients,
    (r) => r,
    (t, r) => {
      t.num += r.activeInMonth * (price.get(r.tierId) ?? 0);
      t.den += r.activeInMonth;
    },
  );
  const money = (t: Tally): FigureValue => ({
    value: t.den > 0 ? Math.round(t.num) : null,
    numerator: Math.round(t.num),
    denominator: t.den,
    detail: { clientMonths: t.den },
  });
  const currencies = [...new Set(c.tiers.map((t) => t.currency))];
  const last = c.months[c.months.length - 1] ?? "";
  const lastMonth: Tally = { num: 0, den: 0, detail: {} };
  for (const r of c.clients.filter((x) => x.month === last)) {
    lastMonth.num += r.activeInMonth * (price.get(r.tierId) ?? 0);
    lastMonth.den += r.activeInMonth;
  }
  const headline = money(lastMonth);
  const currency = currencies.length === 1 ? (currencies[0] ?? null) : null;
  return {
    id: "revenue",
    title: "Revenue by tier",
    how: "Clients active in the month × the tier's price per month (a weekly price × 52/12, a yearly one ÷ 12); expected from prices, not payments received.",
    unit: "money",
    headline,
    headlineLabel: `a month: ${last}, ${lastMonth.den} clients billed`,
    ...pointsOf(c.months, c.tiers, cells, perTier, money),
    currency,
    note:
      currency === null && currencies.length > 1
        ? `Tiers are priced in ${currencies.join(", ")}: totals mix currencies.`
        : null,
    reasons: [
      reason(
        "business.revenue",
        `${lastMonth.den} clients billed in ${last}`,
        { month: last, clients: lastMonth.den, revenueMinor: headline.numerator },
        Object.fromEntries(c.tiers.map((t) => [t.name, monthlyPriceMinor(t.priceMinor, t.period)])),
      ),
    ],
  };
}
