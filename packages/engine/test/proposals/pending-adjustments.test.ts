/**
 * Pending proposals in generation: a pending hold or deload shapes the draft like an accepted one,
 * but every reason says it is held pending the coach's approval; other pending kinds wait. And
 * progression proposals as adjustments: a hold (or reduce) decision is a hold on that lift.
 */
import {
  type Adjustment,
  adjustmentFromProposal,
  createTrainerProfile,
  generateSession,
  type Session,
} from "@spotter/engine";
import { describe, expect, it } from "vitest";
import { client, input } from "../fixtures/programming.ts";

/** One squat day a week under linear progression, so the same lift leads every draft and a hold shows. */
const oneDay = { schedule: { daysPerWeek: 1, sessionMinutes: 60, preferredDays: [] } };
const squatted = (date: string, load: number) => ({
  date,
  unit: "kg" as const,
  benchmarks: [],
  exercises: [
    { exerciseId: "back-squat", sets: Array.from({ length: 3 }, () => ({ load, reps: 5, rpe: 7, completed: true })) },
  ],
});
function gen(adjustments: Adjustment[] = [], history = [squatted("2026-02-26", 140)]): Session {
  const linear = createTrainerProfile({ progressionMethods: ["linear"] });
  return generateSession(input({ history, adjustments }, linear, client(oneDay)));
}
const squat = (s: Session) => s.main.find((i) => i.exerciseId === "back-squat")!;
const window = { from: "2026-02-26", until: "2026-03-04" } as const;
const pending = (kind: Adjustment["kind"], over: Partial<Adjustment> = {}): Adjustment => ({
  proposalId: `p-${kind}`,
  kind,
  decidedBy: "coach",
  pending: true,
  ...window,
  ...over,
});

describe("pending proposals shape the draft as 'held pending your approval'", () => {
  const normal = gen();

  it("pending load_hold: the load is held and the reason says pending, citing the proposal", () => {
    const s = gen([pending("load_hold", { exerciseId: "back-squat" })]);
    expect(squat(normal).load).toBeGreaterThan(140);
    expect(squat(s).load).toBe(140);
    const r = squat(s).reasons.find((x) => x.ruleId === "proposal.pending_hold")!;
    expect(r.message).toMatch(/held pending your approval/);
    expect(r.inputs).toMatchObject({ proposalId: "p-load_hold", pending: true, heldLoad: 140 });
    expect(squat(s).reasons.some((x) => x.ruleId === "proposal.load_hold")).toBe(false);
    const session = s.reasons.find((x) => x.ruleId === "proposal.pending_hold")!;
    expect(session.message).toMatch(/held pending your approval/);
    expect(session.inputs.proposalId).toBe("p-load_hold");
  });

  it("pending deload: lighter and fewer sets, every touched item citing proposal.pending_deload", () => {
    const s = gen([pending("deload", { loadScale: 0.9, setsScale: 0.6 })]);
    expect(squat(s).load!).toBeLessThan(squat(normal).load!);
    expect(squat(s).sets).toBeLessThan(squat(normal).sets);
    const rs = squat(s).reasons.filter((x) => x.ruleId === "proposal.pending_deload");
    expect(rs.length).toBe(2); // load and sets
    for (const r of rs) expect(r.inputs).toMatchObject({ proposalId: "p-deload", pending: true });
    expect(rs.every((r) => /held pending your approval/.test(r.message))).toBe(true);
    expect(s.reasons.some((x) => x.ruleId === "proposal.deload")).toBe(false);
  });

  it("other pending kinds are ignored: the draft equals the one without them", () => {
    const others = [
      pending("volume_change", { setsScale: 0.5 }),
      pending("substitution", { exerciseId: "back-squat", substituteId: "front-squat" }),
      pending("session_swap", { loadScale: 0.85, rpeShift: -2 }),
    ];
    expect(gen(others)).toEqual(normal);
  });

  it("accepted ones keep their behaviour (approved by the coach), and a pending hold never hides one", () => {
    const accepted: Adjustment = { ...pending("load_hold", { exerciseId: "back-squat" }), pending: undefined };
    delete accepted.pending;
    const s = gen([accepted, pending("load_hold", { exerciseId: "back-squat", proposalId: "p-later" })]);
    const r = squat(s).reasons.find((x) => x.ruleId === "proposal.load_hold")!;
    expect(r.message).toMatch(/approved by the coach/);
    expect(r.inputs.proposalId).toBe("p-load_hold");
    expect("pending" in r.inputs).toBe(false);
  });

  it("a hold on one lift is superseded once that lift was trained again after it began", () => {
    const history = [squatted("2026-02-20", 130), squatted("2026-02-26", 140)];
    const stale = gen(
      [pending("load_hold", { exerciseId: "back-squat", from: "2026-02-21", pending: false })],
      history,
    );
    expect(squat(stale).load).toBeGreaterThan(140);
    expect(squat(stale).reasons.find((x) => x.ruleId === "proposal.load_hold.superseded")?.inputs).toMatchObject({
      holdFrom: "2026-02-21",
      lastTrained: "2026-02-26",
    });
  });
});

describe("adjustmentFromProposal: pending and progression proposals", () => {
  const base = { id: "db-1", scope: "exercise" as const, date: "2026-03-01", exerciseId: "back-squat" };
  const progression = (decision: string, status: Parameters<typeof adjustmentFromProposal>[0]["status"]) =>
    adjustmentFromProposal({
      ...base,
      kind: "progression",
      status,
      diff: {
        before: { prescription: "Barbell Back Squat 100 kg × 5 @ RPE 9.5", loadKg: 100, reps: 5 },
        after: { decision, prescription: "hold at 100 kg × 5", loadKg: 100, reps: 5 },
      },
    });

  it("an accepted hold or reduce decision is a hold on that lift; progress and deload add nothing", () => {
    expect(progression("hold", "auto_applied")).toMatchObject({
      kind: "load_hold",
      exerciseId: "back-squat",
      decidedBy: "automation",
      from: "2026-03-01",
      until: "2026-03-07",
      note: "hold at 100 kg × 5",
    });
    expect(progression("reduce", "approved")).toMatchObject({ kind: "load_hold", decidedBy: "coach" });
    expect(progression("progress", "auto_applied")).toBeNull();
    expect(progression("deload", "approved")).toBeNull();
  });

  it("a pending hold decision is a pending hold; blocked, rejected and undone ones are nothing", () => {
    expect(progression("hold", "pending_review")).toMatchObject({ kind: "load_hold", pending: true });
    for (const status of ["blocked", "rejected", "undone"] as const) expect(progression("hold", status)).toBeNull();
    expect(progression("progress", "pending_review")).toBeNull();
  });

  it("pending signal proposals: hold and deload become pending adjustments, other kinds wait", () => {
    const deload = adjustmentFromProposal({
      ...base,
      kind: "deload",
      scope: "this_week",
      status: "pending_review",
      diff: { before: { weeklySets: 10, intensityPct: 100 }, after: { weeklySets: 6, intensityPct: 90 } },
    });
    expect(deload).toMatchObject({ kind: "deload", pending: true, loadScale: 0.9, setsScale: 0.6 });
    const swap = adjustmentFromProposal({
      ...base,
      kind: "session_swap",
      scope: "today",
      status: "pending_review",
      diff: { before: { session: "as planned" }, after: { session: "easy" } },
    });
    expect(swap).toBeNull();
    const approvedHold = adjustmentFromProposal({
      ...base,
      kind: "load_hold",
      status: "approved",
      diff: { before: {}, after: {} },
    });
    expect(approvedHold && "pending" in approvedHold).toBe(false);
  });
});
