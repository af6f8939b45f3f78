import { describe, expect, test } from "vitest";
import {
  checkFlagResolution,
  editedDiff,
  PROPOSAL_EVENTS,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  resumesAutomation,
  transitionProposal,
} from "../../src/index.ts";

describe("the proposal state machine", () => {
  test("every event leaves only the statuses its rule names; final decisions stay final", () => {
    for (const event of PROPOSAL_EVENTS) {
      for (const status of PROPOSAL_STATUSES) {
        const t = transitionProposal(status, event);
        expect(t.ok, `${event} from ${status}`).toBe(PROPOSAL_TRANSITIONS[event].from.includes(status));
      }
    }
    for (const final of ["approved", "edited", "rejected", "undone"] as const) {
      for (const event of PROPOSAL_EVENTS) expect(transitionProposal(final, event).ok).toBe(false);
    }
  });

  test("a coach decides anything not yet final; a rejected automated change is reverted, an approved one is not", () => {
    expect(transitionProposal("blocked", "approve")).toMatchObject({ ok: true, to: "approved", decision: true });
    expect(transitionProposal("proposed", "edit")).toMatchObject({ ok: true, to: "edited" });
    expect(transitionProposal("auto_applied", "reject")).toMatchObject({ ok: true, revertApplied: true });
    expect(transitionProposal("auto_applied", "approve")).toMatchObject({ ok: true, revertApplied: false });
    expect(transitionProposal("pending_review", "reject")).toMatchObject({ ok: true, revertApplied: false });
  });

  test("asking for a coach queues and marks the proposal, without counting as a decision", () => {
    expect(transitionProposal("auto_applied", "ask_human")).toMatchObject({
      ok: true,
      to: "pending_review",
      humanRequested: true,
      revertApplied: true,
      decision: false,
    });
    expect(transitionProposal("blocked", "ask_human")).toMatchObject({
      ok: false,
      allowed: ["auto_applied", "pending_review"],
    });
  });

  test("a refusal names the status and what the event needs", () => {
    expect(transitionProposal("rejected", "undo")).toEqual({
      ok: false,
      from: "rejected",
      allowed: ["auto_applied"],
      message: "this proposal is rejected; only auto_applied can be undone",
    });
    expect(transitionProposal("pending_review", "undo")).toMatchObject({
      message: "this proposal is pending review; only auto_applied can be undone",
    });
  });

  test("resolving the last red sends blocked proposals to review, nothing else", () => {
    expect(PROPOSAL_TRANSITIONS.red_resolved).toEqual({ from: ["blocked"], to: "pending_review" });
    expect(transitionProposal("auto_applied", "red_resolved").ok).toBe(false);
  });

  test("an edit overrides the named after values and keeps the rest", () => {
    const diff = { before: { loadKg: 100 }, after: { loadKg: 105, reps: 5 } };
    expect(editedDiff(diff, { loadKg: 102.5 })).toEqual({ before: { loadKg: 100 }, after: { loadKg: 102.5, reps: 5 } });
    expect(diff.after.loadKg).toBe(105);
  });
});

describe("flag resolution", () => {
  test("a yellow resolves with nothing; a red needs an outcome and a note; a resolved flag stays resolved", () => {
    expect(checkFlagResolution({ status: "open", level: "yellow" }, {})).toEqual({ ok: true });
    expect(checkFlagResolution({ status: "open", level: "red" }, { outcome: "note" })).toEqual({
      ok: false,
      code: "incomplete",
      fields: [{ field: "note", message: "say what was done (it is kept in the record)" }],
    });
    expect(checkFlagResolution({ status: "open", level: "red" }, {})).toMatchObject({
      fields: [{ field: "outcome" }, { field: "note" }],
    });
    expect(checkFlagResolution({ status: "open", level: "red" }, { outcome: "referred", note: "GP" })).toEqual({
      ok: true,
    });
    expect(checkFlagResolution({ status: "resolved", level: "yellow" }, {})).toMatchObject({
      code: "already_resolved",
    });
  });

  test("only resolving the last open red resumes automation", () => {
    expect(resumesAutomation("red", 0)).toBe(true);
    expect(resumesAutomation("red", 1)).toBe(false);
    expect(resumesAutomation("yellow", 0)).toBe(false);
  });
});
