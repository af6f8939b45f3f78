import { EXAMPLE_TIERS, runScenarios, SCENARIOS, type ScenarioOutcome, type ServiceTier } from "@spotter/engine";
import type { Command } from "commander";
import type { CliRun } from "./audit.ts";

/** One scenario's outcome as text: routing, proposals, flags, what the coach is asked. */
export function formatScenario(o: ScenarioOutcome): string {
  const lines = [
    `${o.expectationsMet ? "ok  " : "FAIL"} ${o.title} — tier ${o.tier}: ${o.level.toUpperCase()}${o.humanPaged ? ", human paged" : ""}${o.automationAllowed ? "" : ", automation stopped"}`,
    `     ${o.story}`,
  ];
  for (const p of o.proposals)
    lines.push(
      `     proposal ${p.kind}${p.exerciseId ? ` ${p.exerciseId}` : ""}: ${p.before} → ${p.after} — ${p.status}${p.humanRequested ? " (client asked for a human)" : ""}`,
    );
  for (const f of o.flags)
    lines.push(`     flag ${f.level} ${f.kind} (${f.ruleId})${f.dueAt ? ` due ${f.dueAt}` : ""}`);
  for (const q of o.coachAsked) lines.push(`     coach asked: ${q}`);
  for (const m of o.mismatches) lines.push(`     MISMATCH: ${m}`);
  return lines.join("\n");
}

/** Runs every scripted scenario under the given tiers (default: the example tiers). Pure: tests call it. */
export function runSimulateScenarios(opts: { now: string; json?: boolean; tiers?: ServiceTier[] }): CliRun {
  const outcomes = runScenarios(SCENARIOS, opts.tiers ?? Object.values(EXAMPLE_TIERS), opts.now);
  const failed = outcomes.filter((o) => !o.expectationsMet).length;
  const text = `${outcomes.map(formatScenario).join("\n\n")}\n\n${outcomes.length - failed}/${outcomes.length} scenario runs routed safely\n`;
  return { exitCode: failed > 0 ? 1 : 0, stdout: opts.json ? `${JSON.stringify(outcomes, null, 2)}\n` : text };
}

/** `spotter simulate scenarios [--json] [--tier <name>] [--now <iso>]`. */
export function registerSimulateCommand(program: Command): void {
  const simulate = program
    .command("simulate")
    .description("rehearse the coaching workflow on scripted client histories");
  simulate
    .command("scenarios")
    .description(
      "run scripted histories (missed sessions, a dropping lifter, pain after a new exercise, chest pain, a client asking for a human, a disordered-eating note, a taper) through triage and the tier's automation; exit 1 when one is routed unsafely",
    )
    .option("--json", "print the outcomes as JSON")
    .option("--tier <name>", `only this example tier (${Object.keys(EXAMPLE_TIERS).join(", ")})`)
    .option("--now <iso>", "the moment the daily pass runs (default: now)")
    .action((opts: { json?: boolean; tier?: string; now?: string }) => {
      const tiers = opts.tier ? [EXAMPLE_TIERS[opts.tier as keyof typeof EXAMPLE_TIERS]].filter(Boolean) : undefined;
      if (opts.tier && tiers?.length === 0) {
        process.stderr.write(`spotter: unknown tier "${opts.tier}" (${Object.keys(EXAMPLE_TIERS).join(", ")})\n`);
        process.exitCode = 1;
        return;
      }
      const r = runSimulateScenarios({
        now: opts.now ?? new Date().toISOString(),
        json: opts.json,
        ...(tiers ? { tiers: tiers as ServiceTier[] } : {}),
      });
      process.stdout.write(r.stdout);
      process.exitCode = r.exitCode;
    });
}
