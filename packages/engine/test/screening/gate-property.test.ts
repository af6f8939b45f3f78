import {
  buildRoadmap,
  type ClientProfile,
  deriveProgressionStates,
  EngineError,
  fromKg,
  generateSession,
  isHighImpact,
  roadmapPosition,
  type Session,
  type SessionItem,
  startingStrength,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientArb, historyArb, todayArb, trainerArb } from "../fixtures/arbitraries.ts";
import { catalog, START } from "../fixtures/programming.ts";
import { NO } from "./fixtures.ts";

const items = (s: Session): SessionItem[] => [...s.warmup, ...s.main, ...s.finisher, ...s.cooldown];
const loadedIds = catalog
  .all()
  .filter((e) => e.loadType !== "bodyweight" && e.loadType !== "band" && e.measure === "reps")
  .map((e) => e.id);

/** Every way a profile can carry an open clearance requirement. */
const openClearanceArb: fc.Arbitrary<Partial<ClientProfile>> = fc.oneof(
  fc.constantFrom<Partial<ClientProfile>>(
    { screening: { ...NO, heartCondition: true } },
    { screening: { ...NO, chestPainActivity: true, currentlyExercising: true } },
    { screening: { ...NO, dizzinessOrFainting: true } },
    { screening: { ...NO, medicallySupervisedOnly: true } },
    { screening: { ...NO, boneJointProblem: true } },
    { screening: { ...NO, prescribedMedication: true, followUps: [{ category: "metabolic", anyYes: true }] } },
    { screening: { ...NO, knownCmrDisease: true, currentlyExercising: true } },
    { screening: NO, birthYear: 1958, trainingAgeMonths: 0 },
    { screening: NO, pregnancy: { status: "pregnant" as const } },
    { screening: NO, pregnancy: { status: "postpartum" as const, deliveryDate: "2026-01-20" } },
    {
      screening: { ...NO, prescribedMedication: true, followUps: [{ category: "heart", anyYes: false }] },
      medicationChanges: [{ kind: "beta_blocker" as const, change: "started" as const, date: "2026-02-20" }],
    },
  ),
  // Cleared, but for light-to-moderate work only.
  fc.constant<Partial<ClientProfile>>({
    screening: { ...NO, heartCondition: true },
    clearances: [
      {
        kind: "medical" as const,
        clearedBy: "Dr B",
        recordedBy: "coach",
        date: "2026-02-01",
        restrictions: [],
        vigorousAllowed: false,
      },
    ],
  }),
);

/** Strong baselines so loads are prescribed from a known 1RM. */
const baselinesArb = fc.record({
  squat: fc.integer({ min: 40, max: 200 }),
  bench: fc.integer({ min: 30, max: 150 }),
  dead: fc.integer({ min: 50, max: 250 }),
});

const caseArb = fc.record({
  trainer: trainerArb,
  client: clientArb,
  gate: openClearanceArb,
  baselines: baselinesArb,
  today: todayArb,
  history: historyArb(loadedIds),
  seed: fc.integer(),
  week: fc.integer({ min: 0, max: 11 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function draft(c: Case, cleared: boolean) {
  const client: ClientProfile = {
    ...c.client,
    ...c.gate,
    trainingAgeMonths: c.gate.trainingAgeMonths ?? Math.max(24, c.client.trainingAgeMonths),
    baselines: {
      repMaxes: [
        { exerciseId: "back-squat", loadKg: c.baselines.squat, reps: 3, date: "2026-02-15" },
        { exerciseId: "barbell-bench-press", loadKg: c.baselines.bench, reps: 3, date: "2026-02-15" },
        { exerciseId: "deadlift", loadKg: c.baselines.dead, reps: 3, date: "2026-02-15" },
      ],
      fieldTests: [],
    },
    ...(cleared ? { screening: NO, birthYear: 1990, pregnancy: undefined, medicationChanges: [], clearances: [] } : {}),
  };
  const roadmap = buildRoadmap(client, c.trainer, { startDate: START, now: `${START}T08:00:00Z` });
  const date = new Date(Date.parse(`${START}T00:00:00Z`) + c.week * 7 * 86_400_000).toISOString().slice(0, 10);
  const input = {
    trainer: c.trainer,
    client,
    catalog,
    roadmap,
    position: roadmapPosition(roadmap, date),
    history: c.history,
    today: c.today,
    // The history and baselines are February 2026; "today" stays within 12 weeks of the gates' dates.
    now: `${date < "2026-03-16" ? date : "2026-03-16"}T08:00:00Z`,
    seed: c.seed,
  };
  try {
    return { session: generateSession(input), client, today: input.now.slice(0, 10) };
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe("unsatisfiable");
    return null;
  }
}

function vigorous(item: SessionItem, client: ClientProfile, c: Case, today: string): string | null {
  const ex = catalog.get(item.exerciseId)!;
  if (isHighImpact(ex)) return `${ex.id} is high-impact`;
  const e = item.effort;
  if (e?.scale === "rpe" && e.value >= 7) return `${ex.id} RPE ${e.value}`;
  if (e?.scale === "rir" && 10 - e.value >= 7) return `${ex.id} RIR ${e.value}`;
  if (e?.scale === "percent_1rm" && e.value >= 60) return `${ex.id} ${e.value}%`;
  if (item.load !== undefined) {
    const start = startingStrength({
      exerciseId: ex.id,
      catalog,
      states: deriveProgressionStates(c.history),
      baselines: client.baselines.repMaxes,
      today,
    });
    if (start && item.load >= 0.6 * fromKg(start.e1rmKg, item.unit))
      return `${ex.id} ${item.load} ${item.unit} ≥ 60% of ${fromKg(start.e1rmKg, item.unit)}`;
  }
  return null;
}

describe("the clearance gate (generateSession with an open clearance requirement)", () => {
  it("never drafts RPE ≥ 7, ≥ 60% 1RM or high-impact plyometrics, and says why", () => {
    let generated = 0;
    let loadsChecked = 0;
    const capped = { effort: 0, load: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const out = draft(c, false);
        if (!out) return;
        generated++;
        for (const item of items(out.session)) {
          expect(vigorous(item, out.client, c, out.today)).toBeNull();
          if (item.load !== undefined) loadsChecked++;
          if (item.reasons.some((r) => r.ruleId === "screening.effort_cap")) capped.effort++;
          if (item.reasons.some((r) => r.ruleId === "screening.load_cap")) capped.load++;
        }
        expect(out.session.reasons.map((r) => r.ruleId)).toContain("screening.clearance_gate");
      }),
      { numRuns: 120 },
    );
    expect(generated).toBeGreaterThan(80);
    expect(loadsChecked).toBeGreaterThan(100);
    // The gate did the work (drafts would otherwise have been vigorous), not the first-exposure RPE.
    expect(capped.effort).toBeGreaterThan(20);
    expect(capped.load).toBeGreaterThan(20);
  }, 90_000);

  it("the same clients without an open requirement do get vigorous work (the check can fail)", () => {
    const samples = fc.sample(caseArb, { numRuns: 40, seed: 11 });
    const found = samples.some((c) => {
      const out = draft(c, true);
      return out !== null && items(out.session).some((i) => vigorous(i, out.client, c, out.today) !== null);
    });
    expect(found).toBe(true);
  }, 60_000);
});
