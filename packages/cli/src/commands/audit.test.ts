import { describe, expect, it } from "vitest";
import { createProgram } from "../main.ts";
import { runAuditCohorts } from "./audit.ts";
import { runSimulateScenarios } from "./simulate.ts";

describe("spotter audit cohorts / simulate scenarios", () => {
  it("are registered on the program", () => {
    const names = createProgram().commands.map((c) => `${c.name()} ${c.commands.map((s) => s.name()).join(",")}`);
    expect(names).toContain("audit cohorts");
    expect(names).toContain("simulate scenarios");
  });

  it("audit cohorts prints the summary and every unexplained difference with its rule; --json is the report", () => {
    const text = runAuditCohorts({ start: "2026-03-02" });
    expect(text.stdout).toMatch(/^Cohort audit from 2026-03-02: 36 synthetic clients, 33 matched pairs/);
    expect(text.stdout).toMatch(/EXPLAINED/);
    expect(text.stdout).toMatch(/ageBand 67 years: segment ×\d+ — segment\.risk\.age/);
    const json = JSON.parse(runAuditCohorts({ start: "2026-03-02", json: true }).stdout);
    expect(json.pairs).toBe(33);
    expect(text.exitCode).toBe(json.unexplained > 0 ? 1 : 0);
    const section = text.stdout.split("UNEXPLAINED\n")[1]?.split("\n\n")[0] ?? "";
    expect(section.split("\n").filter((l) => l.startsWith("  ["))).toHaveLength(json.unexplained);
  });

  it("simulate scenarios routes every scenario safely under every example tier (exit 0)", () => {
    const r = runSimulateScenarios({ now: "2026-03-02T06:00:00Z" });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/24\/24 scenario runs routed safely/);
    expect(r.stdout).toMatch(/Red flag: chest pain — tier Hybrid: RED, human paged, automation stopped/);
    const json = JSON.parse(runSimulateScenarios({ now: "2026-03-02T06:00:00Z", json: true }).stdout);
    expect(
      json.find(
        (o: { scenarioId: string; tier: string }) => o.scenarioId === "asks_for_human" && o.tier === "Self-guided",
      ).proposals[0],
    ).toMatchObject({
      status: "pending_review",
      humanRequested: true,
    });
  });
});
