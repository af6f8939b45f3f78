import { describe, expect, it } from "vitest";
import {
  diffRows,
  diffSummary,
  dueText,
  evidenceSummary,
  fillTemplate,
  formatValue,
  proposalOrigin,
  statusLightLevel,
} from "./format.ts";

describe("triage wording", () => {
  it("shows no level for a client never computed, unless the fresh evaluation found something", () => {
    expect(statusLightLevel("green", null)).toBe("unknown");
    expect(statusLightLevel("green", "2026-12-01T06:00:00.000Z")).toBe("green");
    // An open red flag raises the level before any pass: it must never hide behind "No data yet".
    expect(statusLightLevel("red", null)).toBe("red");
    expect(statusLightLevel("yellow", null)).toBe("yellow");
  });

  it("lays a diff out as rows, marking only the values that change", () => {
    const rows = diffRows({
      before: { weeklySets: null, volumeChangePct: 0 },
      after: { weeklySets: null, volumeChangePct: -20 },
    });
    expect(rows.map((r) => [r.label, r.changed])).toEqual([
      ["Hard sets this week", false],
      ["Volume change (%)", true],
    ]);
    expect(diffSummary({ before: { loadKg: 100 }, after: { loadKg: 102.5 } })).toBe("Load (kg): 100 → 102.5");
    expect(diffRows(null)).toEqual([]);
    expect(diffRows({ before: { a: 1 }, after: { b: 2 } }).map((r) => r.key)).toEqual(["a", "b"]);
  });

  it("formats values for people", () => {
    expect(formatValue(null)).toBe("not known");
    expect(formatValue(10, "volumeChangePct")).toBe("+10");
    expect(formatValue(-20, "volumeChangePct")).toBe("-20");
    expect(formatValue(2.25)).toBe("2.3");
  });

  it("words deadlines against the server's clock", () => {
    const now = "2026-01-01T12:00:00.000Z";
    expect(dueText("2026-01-01T15:00:00.000Z", now)).toBe("due in 3 h");
    expect(dueText("2026-01-01T11:35:00.000Z", now)).toBe("Overdue by 25 min");
    expect(dueText("2026-01-04T12:00:00.000Z", now)).toBe("due in 3 days");
    expect(dueText(null, now)).toBe("no deadline");
  });

  it("summarizes flag evidence and proposal diffs", () => {
    expect(
      evidenceSummary({
        type: "flag",
        diff: null,
        evidence: { inputs: { chestPain: true, days: 5, other: false }, dates: ["2026-01-01"] },
      }),
    ).toBe("Chest pain · Days 5 · on 2026-01-01");
    expect(
      evidenceSummary({
        type: "proposal",
        evidence: {},
        diff: { before: { loadProgression: "as planned" }, after: { loadProgression: "hold current loads" } },
      }),
    ).toBe("Load progression: as planned → hold current loads");
  });

  it("says who made a change stick", () => {
    expect(proposalOrigin({ status: "auto_applied", decidedBy: "automation" })).toBe("automated");
    expect(proposalOrigin({ status: "pending_review", decidedBy: null })).toBe("waiting");
    expect(proposalOrigin({ status: "rejected", decidedBy: "coach" })).toBe("coach");
    expect(proposalOrigin({ status: "undone", decidedBy: "client" })).toBe("client");
  });

  it("fills the client's first name into a template", () => {
    expect(fillTemplate("Hi {name}, {name}!", "Robin Q. Client")).toBe("Hi Robin, Robin!");
  });
});
