/**
 * The adaptive target loop in the engine alone (no server), for many seeded dieters: how the noise
 * margin (`missSe`) trades stall-detection delay against false proposals. The server-backed figures
 * are bench/nutrition/stall.ts; this one runs 1,000s of clients in seconds to choose the rule.
 * Run: `npx tsx bench/nutrition/stall-engine.ts [clientsPerRole=300] [days=84]`.
 */
import {
  checkTargetChange,
  createDieter,
  type DieterSpec,
  estimateExpenditure,
  kcalPerDayForRate,
  liveDay,
  PROPOSAL_RULES,
} from "@spotter/engine";

const N = Number(process.argv[2] ?? 300);
const DAYS = Number(process.argv[3] ?? 84);
const RATE = 0.5;
const START = Date.parse("2026-01-05T00:00:00Z");
const iso = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

type Result = { first: number | null; stallDay: number | null };

function run(spec: DieterSpec, missSe: number): Result {
  (PROPOSAL_RULES as { missSe: number }).missSe = missSe;
  const d = createDieter(spec);
  let target = Math.round(spec.expenditureKcal + kcalPerDayForRate(spec.startKg, -RATE));
  const records: { date: string; weightKg?: number; intakeKcal?: number }[] = [];
  let targetSince = iso(0);
  let first: number | null = null;
  for (let day = 0; day < DAYS; day++) {
    const date = iso(day);
    const x = liveDay(d, target);
    if (x.scaleKg !== null) records.push({ date, weightKg: x.scaleKg });
    if (x.loggedKcal !== null) records.push({ date, intakeKcal: x.loggedKcal });
    const recent = records.filter((r) => r.weightKg !== undefined).slice(-7);
    const kg = recent.length ? recent.reduce((s, r) => s + r.weightKg!, 0) / recent.length : spec.startKg;
    const estimate = estimateExpenditure(records, date, spec.expenditureKcal);
    const r = checkTargetChange(
      {
        date,
        sex: "male",
        weightKg: kg,
        rmrKcal: 1750,
        goalPctPerWeek: -RATE,
        currentKcal: target,
        estimate,
        openFlags: [],
      },
      { openProposalDate: null, lastProposalDate: null, targetSince },
    );
    if (r.proposal) {
      first ??= day;
      target = (r.proposal.diff.after as { energyKcal: number }).energyKcal;
      targetSince = date;
    }
  }
  return { first, stallDay: spec.stallDay };
}

const spec = (i: number, stall: boolean): DieterSpec => {
  const startKg = 70 + (i % 7) * 5;
  return {
    seed: `tune:${stall}:${i}`,
    startKg,
    expenditureKcal: 2300 + (i % 9) * 100,
    stallDay: stall ? 28 + (i % 3) * 7 : null,
    stallDropKcal: -kcalPerDayForRate(startKg, -RATE),
    intakeSdKcal: 150,
    logProbability: 0.9,
    weighProbability: 0.85,
    scaleSdKg: 0.6,
  };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
for (const missSe of [0, 1, 1.5, 2]) {
  const stalled = Array.from({ length: N }, (_, i) => run(spec(i, true), missSe));
  const onPlan = Array.from({ length: N }, (_, i) => run(spec(i, false), missSe));
  const found = stalled.filter((r) => r.first !== null && r.first >= r.stallDay!);
  const early = stalled.filter((r) => r.first !== null && r.first < r.stallDay!).length;
  const lags = found.map((r) => (r.first! - r.stallDay!) / 7);
  const missed = stalled.filter((r) => r.first === null).length;
  const falses = onPlan.filter((r) => r.first !== null).length;
  console.log(
    `missSe ${missSe}: stalls found ${found.length}/${N} (median ${median(lags).toFixed(1)} weeks after, p90 ${[...lags].sort((a, b) => a - b)[Math.floor(lags.length * 0.9)]?.toFixed(1)}), missed ${missed}, before the stall ${early}; on-plan clients with a proposal in ${DAYS} days: ${falses}/${N}`,
  );
}
