import {
  BUILTIN_EXERCISES,
  BUILTIN_METHODS,
  type CohortReport,
  cohortAudit,
  cohortGroups,
  createCatalog,
  createTrainerProfile,
} from "@spotter/engine";
import type { Command } from "commander";

/** What a run printed and its exit code (1 when the audit found unexplained differences). */
export type CliRun = { exitCode: 0 | 1; stdout: string };

/** The cohort report as text: a summary, every unexplained difference, then the explained ones by pair. */
export function formatCohortReport(r: CohortReport): string {
  const lines = [
    `Cohort audit from ${r.start}: ${r.clients} synthetic clients, ${r.pairs} matched pairs`,
    `${r.differences.length} differences: ${r.explained} explained, ${r.unexplained} unexplained`,
    "",
  ];
  const unexplained = r.differences.filter((d) => !d.explained);
  if (unexplained.length) {
    lines.push("UNEXPLAINED");
    for (const d of unexplained)
      lines.push(
        `  [${d.goal}] ${d.attribute} ${d.variantValue}: ${d.dimension} at ${d.where}: ${d.before} → ${d.after}`,
        `      ${d.rule}`,
      );
    lines.push("");
  }
  lines.push("EXPLAINED (count per pair and dimension, with the rule)");
  const groups = new Map<string, { n: number; rule: string }>();
  for (const d of r.differences.filter((x) => x.explained)) {
    const key = `[${d.goal}] ${d.attribute} ${d.variantValue}: ${d.dimension}`;
    const g = groups.get(key) ?? { n: 0, rule: d.rule };
    g.n++;
    groups.set(key, g);
  }
  for (const [key, g] of groups) lines.push(`  ${key} ×${g.n} — ${g.rule}`);
  return `${lines.join("\n")}\n`;
}

/** Runs the cohort audit on the built-in methods and the default trainer profile. Pure: tests call it. */
export function runAuditCohorts(opts: { start: string; json?: boolean; weeks?: number }): CliRun {
  const report = cohortAudit(cohortGroups(opts.start), {
    trainer: createTrainerProfile(),
    methods: BUILTIN_METHODS,
    catalog: createCatalog(BUILTIN_EXERCISES),
    start: opts.start,
    ...(opts.weeks ? { weeks: opts.weeks } : {}),
  });
  return {
    exitCode: report.unexplained > 0 ? 1 : 0,
    stdout: opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatCohortReport(report),
  };
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** `spotter audit cohorts [--json] [--start YYYY-MM-DD] [--weeks n]`. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("audit what the engine decides before clients meet it");
  audit
    .command("cohorts")
    .description(
      "matched synthetic clients differing in one attribute (age band, sex, body mass, training age, strength): every difference in prescriptions, flags and tiers, explained by a rule or not (exit 1 when any is unexplained)",
    )
    .option("--json", "print the report as JSON")
    .option("--start <date>", "first training day (YYYY-MM-DD); default today (UTC)")
    .option("--weeks <n>", "weeks drafted and performed per client", "2")
    .action((opts: { json?: boolean; start?: string; weeks: string }) => {
      const r = runAuditCohorts({ start: opts.start ?? todayUtc(), json: opts.json, weeks: Number(opts.weeks) || 2 });
      process.stdout.write(r.stdout);
      process.exitCode = r.exitCode;
    });
}
