import { randomBytes } from "node:crypto";
import { runDailyPass } from "@spotter/server";
import { analyzeAfterLoad, generateScaleData, hashPassword } from "@spotter/server/demo";
import type { Command } from "commander";
import { openDatabaseFromEnv } from "../env.ts";

const positiveInt = (name: string, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return n;
};

/**
 * `spotter demo-scale --clients 10000 --days 180`: a new organization whose owner coaches N
 * synthetic clients with D days of check-ins and sessions (deterministic for --seed), written with
 * multi-row inserts, then one daily pass so the queue is populated. Prints the owner's login.
 */
export const positiveIntOption = positiveInt;

export function registerDemoScaleCommand(program: Command): void {
  program
    .command("demo-scale")
    .description("generate a large synthetic organization (check-ins and sessions at scale), then run the daily pass")
    .option("--clients <n>", "number of clients", positiveInt("--clients", 200_000), 10_000)
    .option("--days <n>", "days of history per client", positiveInt("--days", 730), 180)
    .option("--seed <n>", "random seed (same seed, same data)", positiveInt("--seed", 2 ** 31), 42)
    .action(runDemoScale);
}

/** Shared by `spotter demo-scale` and `spotter demo --clients N --days D`. */
export async function runDemoScale(opts: { clients: number; days: number; seed?: number }): Promise<void> {
  const database = await openDatabaseFromEnv();
  try {
    const email = `scale-owner-${Date.now().toString(36)}@demo.spotter.local`;
    const password = randomBytes(9).toString("base64url");
    const [org] = await database.query<{ id: string }>("insert into organizations (name) values ($1) returning id", [
      `Scale demo (${opts.clients} clients)`,
    ]);
    const [user] = await database.query<{ id: string }>(
      "insert into users (email, name, password_hash) values ($1, 'Scale Owner', $2) returning id",
      [email, await hashPassword(password)],
    );
    if (!org || !user) throw new Error("could not create the organization");
    await database.query("insert into memberships (organization_id, user_id, role) values ($1, $2, 'owner')", [
      org.id,
      user.id,
    ]);
    const started = performance.now();
    const gen = await generateScaleData(database, {
      organizationId: org.id,
      coachUserId: user.id,
      clients: opts.clients,
      days: opts.days,
      seed: opts.seed ?? 42,
      onProgress: (done, total) => process.stderr.write(`\r  generated ${done}/${total} clients`),
    });
    process.stderr.write("\n");
    const genS = (performance.now() - started) / 1000;
    console.log(
      `Created ${gen.clientIds.length} clients, ${gen.checkIns} check-ins and ${gen.sessions} sessions in ${genS.toFixed(1)} s.`,
    );
    const pass = await runDailyPass(database, { organizationId: org.id });
    // generateScaleData analyzed what it loaded; the pass then wrote a state row per client and the flags.
    await analyzeAfterLoad(database, ["client_monitoring", "flags", "proposals"]);
    console.log(
      `Daily pass: ${pass.clients} clients in ${(pass.ms / 1000).toFixed(1)} s; ${pass.flagsWritten} flags and ${pass.proposalsWritten} proposals.`,
    );
    console.log(`Sign in as ${email} with password ${password}`);
  } finally {
    await database.close();
  }
}
