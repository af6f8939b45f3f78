import { describe, expect, test } from "vitest";
import {
  applyCoachDecision,
  askForHuman,
  dailyPass,
  decideProposal,
  EXAMPLE_TIERS,
  openProposal,
  type Proposal,
  undoAutomated,
} from "../../src/index.ts";
import { checkIn, regularSessions, steadyCheckIns } from "../monitoring/fixtures.ts";

const TODAY = "2026-03-02";
const NOW = `${TODAY}T06:00:00Z`;

const progression: Proposal = {
  id: "progression:2026-03-02:back-squat",
  kind: "progression",
  date: TODAY,
  scope: "exercise",
  exerciseId: "back-squat",
  diff: { before: { loadKg: 100 }, after: { loadKg: 102.5 } },
  reasons: [{ ruleId: "proposal.progression.scheduled", message: "scheduled", inputs: {} }],
  level: "green",
  major: false,
  signalIds: [],
};

describe("tier policy", () => {
  test("the same green progression auto-applies in a self-guided tier and waits in premium", () => {
    const data = {
      checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY)],
      sessions: regularSessions(TODAY, 60),
      plan: { progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 102.5 }] },
    };
    const self = dailyPass(data, EXAMPLE_TIERS.selfGuided, NOW);
    const premium = dailyPass(data, EXAMPLE_TIERS.premium, NOW);
    expect(self.level).toBe("green");
    expect(premium.level).toBe("green");
    expect(self.proposals[0]!.proposal).toEqual(premium.proposals[0]!.proposal);
    expect(self.proposals[0]!.decision).toBe("auto_apply");
    expect(premium.proposals[0]!.decision).toBe("pending_review");
    expect(premium.proposals[0]!.reasons[0]).toMatchObject({
      ruleId: "decision.review.tier",
      inputs: { autoApplyKinds: "none" },
    });
  });

  test("major changes need sign-off in every tier, even at green", () => {
    const big = { ...progression, major: true, diff: { before: { loadKg: 100 }, after: { loadKg: 115 } } };
    for (const tier of Object.values(EXAMPLE_TIERS)) {
      const d = decideProposal(big, tier, "green");
      expect(d.decision).toBe("pending_review");
      expect(d.reasons.map((r) => r.ruleId)).toContain("decision.review.major");
    }
  });

  test("an automated increase above 10% is marked major by the proposal builder", () => {
    const r = dailyPass(
      {
        checkIns: [...steadyCheckIns(TODAY, 60), checkIn(TODAY)],
        sessions: regularSessions(TODAY, 60),
        plan: { progressions: [{ exerciseId: "back-squat", fromKg: 100, toKg: 112.5 }] },
      },
      EXAMPLE_TIERS.selfGuided,
      NOW,
    );
    expect(r.proposals[0]!.proposal.major).toBe(true);
    expect(r.proposals[0]!.decision).toBe("pending_review");
  });

  test("yellow holds everything for review; red blocks", () => {
    expect(decideProposal(progression, EXAMPLE_TIERS.selfGuided, "yellow").decision).toBe("pending_review");
    expect(decideProposal(progression, EXAMPLE_TIERS.selfGuided, "red")).toMatchObject({
      decision: "blocked",
      reasons: [{ ruleId: "decision.blocked.red" }],
    });
  });
});

describe("lifecycle: ask my coach, coach decisions, undo", () => {
  test("a client asking for a human turns an auto-applied change into a queued one and reverts it", () => {
    const opened = openProposal(progression, EXAMPLE_TIERS.selfGuided, "green", NOW);
    expect(opened).toMatchObject({ status: "auto_applied", automated: true });
    const asked = askForHuman(opened, "I'd like my coach to look at this", "2026-03-02T09:00:00Z");
    expect(asked).toMatchObject({
      status: "pending_review",
      automated: false,
      humanRequested: true,
      revertApplied: true,
    });
    expect(asked.history.map((h) => [h.actor, h.action])).toEqual([
      ["engine", "auto_applied"],
      ["client", "asked_for_human"],
    ]);
    expect(asked.history[1]!.reason).toBe("I'd like my coach to look at this");
    // The input state is not mutated.
    expect(opened.status).toBe("auto_applied");
  });

  test("asking for a human on a pending proposal keeps it queued, marked as requested", () => {
    const pending = openProposal(progression, EXAMPLE_TIERS.premium, "green", NOW);
    const asked = askForHuman(pending, "please check", NOW);
    expect(asked).toMatchObject({ status: "pending_review", humanRequested: true, revertApplied: false });
  });

  test("coach approves, edits or rejects with a reason; every step is audited", () => {
    const pending = openProposal(progression, EXAMPLE_TIERS.premium, "green", NOW);
    expect(applyCoachDecision(pending, { action: "approve" }, NOW).status).toBe("approved");
    const edited = applyCoachDecision(pending, { action: "edit", after: { loadKg: 101 }, reason: "smaller jump" }, NOW);
    expect(edited.status).toBe("edited");
    expect(edited.proposal.diff).toEqual({ before: { loadKg: 100 }, after: { loadKg: 101 } });
    const rejected = applyCoachDecision(pending, { action: "reject", reason: "knee flare-up" }, NOW);
    expect(rejected.history.at(-1)).toMatchObject({ actor: "coach", action: "rejected", reason: "knee flare-up" });
    // A final decision cannot be overturned by the client.
    expect(askForHuman(rejected, "again", NOW)).toBe(rejected);
  });

  test("an automated change can be undone", () => {
    const applied = openProposal(progression, EXAMPLE_TIERS.selfGuided, "green", NOW);
    expect(undoAutomated(applied, "client", "felt too heavy", NOW)).toMatchObject({
      status: "undone",
      revertApplied: true,
    });
  });
});
