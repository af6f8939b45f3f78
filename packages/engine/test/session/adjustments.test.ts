import {
  type Adjustment,
  adjustmentFromProposal,
  createTrainerProfile,
  EngineError,
  generateSession,
  type Reason,
  type Session,
  type SessionLog,
} from "@spotter/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog, client, input } from "../fixtures/programming.ts";

const c = client({ schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } });
const trainer = createTrainerProfile({ progressionMethods: ["linear"] });
const squatLog = (date: string, load: number): SessionLog => ({
  date,
  unit: "kg",
  benchmarks: [],
  exercises: [{ exerciseId: "back-squat", sets: [1, 2, 3].map(() => ({ load, reps: 5, rpe: 7, completed: true })) }],
});
const history = [squatLog("2026-02-26", 140)];
const gen = (adjustments?: Adjustment[], over = {}) =>
  generateSession(input({ history, ...(adjustments ? { adjustments } : {}), ...over }, trainer, c));
const window = { from: "2026-03-01", until: "2026-03-07" } as const;
const hold = (over: Partial<Adjustment> = {}): Adjustment => ({
  proposalId: "p-hold",
  kind: "load_hold",
  decidedBy: "coach",
  ...window,
  exerciseId: "back-squat",
  ...over,
});
const squat = (s: Session) => s.main.find((i) => i.exerciseId === "back-squat")!;
const all = (s: Session) => [...s.warmup, ...s.main, ...s.finisher, ...s.cooldown];
const ids = (rs: Reason[]) => rs.map((r) => r.ruleId);

describe("accepted proposals shape the next session (adjustments)", () => {
  const normal = gen();
  it("without adjustments progression continues (the baseline these tests compare with)", () => {
    expect(squat(normal).load).toBeGreaterThan(140);
  });

  it("load_hold on the lift keeps last time's load, with a reason citing the proposal", () => {
    const s = gen([hold()]);
    expect(squat(s).load).toBe(140);
    const r = squat(s).reasons.find((x) => x.ruleId === "proposal.load_hold")!;
    expect(r.inputs).toMatchObject({ proposalId: "p-hold", decidedBy: "coach", heldLoad: 140 });
    expect(r.message).toMatch(/approved by the coach/);
    expect(s.reasons.find((x) => x.ruleId === "proposal.load_hold")?.inputs.proposalId).toBe("p-hold");
  });

  it("an automated hold says it was automatic and can be undone", () => {
    const s = gen([hold({ decidedBy: "automation", exerciseId: undefined })]);
    expect(squat(s).load).toBe(140);
    expect(squat(s).reasons.find((x) => x.ruleId === "proposal.load_hold")?.message).toMatch(/automatically/);
  });

  it("an adjustment outside its window has no effect (expiry), and the session is then identical", () => {
    const expired = gen([hold({ from: "2026-02-20", until: "2026-03-01" })]);
    expect(expired).toEqual(normal);
    const future = gen([hold({ from: "2026-03-03", until: "2026-03-09" })]);
    expect(future).toEqual(normal);
  });

  it("deload lowers loads and sets by its amounts, each item saying so", () => {
    const d: Adjustment = {
      proposalId: "p-deload",
      kind: "deload",
      decidedBy: "coach",
      ...window,
      loadScale: 0.9,
      setsScale: 0.6,
    };
    const s = gen([d]);
    expect(squat(s).load!).toBeLessThan(squat(normal).load!);
    expect(squat(s).load!).toBeLessThanOrEqual(Math.ceil(squat(normal).load! * 0.9));
    expect(squat(s).sets).toBeLessThan(squat(normal).sets);
    expect(ids(squat(s).reasons)).toContain("proposal.deload");
    const setReason = squat(s).reasons.find((r) => r.ruleId === "proposal.deload" && "toSets" in r.inputs)!;
    expect(setReason.inputs).toMatchObject({ proposalId: "p-deload", setsScale: 0.6 });
  });

  it("volume_change scales working sets", () => {
    const v: Adjustment = {
      proposalId: "p-vol",
      kind: "volume_change",
      decidedBy: "automation",
      ...window,
      setsScale: 0.5,
    };
    const s = gen([v]);
    const before = normal.main.reduce((n, i) => n + i.sets, 0);
    const after = s.main.reduce((n, i) => n + i.sets, 0);
    expect(after).toBeLessThan(before);
    expect(s.main.filter((i) => ids(i.reasons).includes("proposal.volume_change")).length).toBeGreaterThan(0);
  });

  it("substitution never picks the named exercise and uses the proposed substitute", () => {
    const sub: Adjustment = {
      proposalId: "p-sub",
      kind: "substitution",
      decidedBy: "coach",
      ...window,
      exerciseId: "back-squat",
      substituteId: "front-squat",
    };
    const s = gen([sub]);
    expect(all(s).some((i) => i.exerciseId === "back-squat")).toBe(false);
    expect(all(s).some((i) => i.alternatives.includes("back-squat"))).toBe(false);
    const fs = s.main.find((i) => i.exerciseId === "front-squat")!;
    expect(fs).toBeDefined();
    expect(fs.reasons.find((r) => r.ruleId === "proposal.substitution")?.inputs).toMatchObject({
      proposalId: "p-sub",
      original: "back-squat",
    });
  });

  it("session_swap makes an easier session: lighter and lower effort", () => {
    const sw: Adjustment = {
      proposalId: "p-swap",
      kind: "session_swap",
      decidedBy: "automation",
      from: "2026-03-02",
      until: "2026-03-02",
      loadScale: 0.85,
      rpeShift: -2,
      note: "easy session or rest",
    };
    const s = gen([sw]);
    expect(squat(s).load!).toBeLessThan(squat(normal).load!);
    expect(squat(s).effort!.value).toBe(squat(normal).effort!.value - 2);
    expect(ids(squat(s).reasons)).toContain("proposal.session_swap");
  });

  it("bad adjustments are rejected naming the field", () => {
    expect(() => gen([hold({ until: "2026-02-01" })])).toThrow(EngineError);
    expect(() => gen([{ ...hold(), kind: "deload", loadScale: 2 }])).toThrow(/adjustments\.0\.loadScale/);
  });

  it("property: a load hold never lets any covered lift exceed its last load, for any seed", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 60, max: 200 }), (seed, last) => {
        const s = generateSession(
          input(
            { history: [squatLog("2026-02-26", last)], adjustments: [hold({ exerciseId: undefined })], seed },
            trainer,
            c,
          ),
        );
        const sq = s.main.find((i) => i.exerciseId === "back-squat");
        return !sq || sq.load === undefined || sq.load <= last;
      }),
      { numRuns: 40 },
    );
  });
});

describe("adjustmentFromProposal", () => {
  const base = {
    id: "db-1",
    kind: "load_hold" as const,
    scope: "exercise" as const,
    date: "2026-03-01",
    exerciseId: "back-squat",
    diff: { before: { loadProgression: "as planned" }, after: { loadProgression: "hold current loads" } },
  };
  it("only accepted proposals become adjustments", () => {
    for (const status of ["blocked", "rejected", "undone", "proposed"] as const)
      expect(adjustmentFromProposal({ ...base, status })).toBeNull();
    // A pending hold shapes the draft as pending (proposals/pending tests); other pending kinds do not.
    expect(adjustmentFromProposal({ ...base, status: "pending_review" })?.pending).toBe(true);
    expect(adjustmentFromProposal({ ...base, status: "auto_applied" })?.decidedBy).toBe("automation");
    expect(adjustmentFromProposal({ ...base, status: "approved" })?.decidedBy).toBe("coach");
    expect(adjustmentFromProposal({ ...base, status: "edited" })?.decidedBy).toBe("coach");
  });
  it("lasts a week from its decision; 'today' changes last the day", () => {
    expect(adjustmentFromProposal({ ...base, status: "approved", decidedOn: "2026-03-03" })).toMatchObject({
      from: "2026-03-01",
      until: "2026-03-09",
    });
    const swap = adjustmentFromProposal({
      ...base,
      kind: "session_swap",
      scope: "today",
      status: "auto_applied",
      diff: { before: { session: "as planned" }, after: { session: "easy session or rest" } },
    });
    expect(swap).toMatchObject({ from: "2026-03-01", until: "2026-03-01", loadScale: 0.85, rpeShift: -2 });
  });
  it("a coach's edit is what counts (deload 80%, sets 10 → 5)", () => {
    const a = adjustmentFromProposal({
      ...base,
      kind: "deload",
      scope: "this_week",
      status: "edited",
      diff: { before: { weeklySets: 10, intensityPct: 100 }, after: { weeklySets: 5, intensityPct: 80 } },
    });
    expect(a).toMatchObject({ kind: "deload", loadScale: 0.8, setsScale: 0.5 });
  });
  it("a progression is no adjustment (the engine progresses anyway)", () => {
    expect(adjustmentFromProposal({ ...base, kind: "progression", status: "approved" })).toBeNull();
  });
});

it("catalog has the exercises these tests use", () => {
  expect(catalog.has("front-squat") && catalog.has("back-squat")).toBe(true);
});
