/**
 * The daily pass evaluates only clients whose inputs changed (pass-keys.ts). Its results must be
 * the full pass's: after an incremental pass over a generated organization with some clients
 * changed (new check-ins, a logged session, a resolved flag, a new tier), a full pass at the same
 * instant writes nothing and leaves every flag, proposal and state row as it was. Runs on PGlite,
 * and on PostgreSQL with TEST_DATABASE_URL. Dates are fixed: the engine evaluates the `now` given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateScaleData } from "../../src/demo/scale-data.ts";
import { insertCheckIns } from "../../src/monitoring/bulk.ts";
import { forgetPassKeys } from "../../src/monitoring/pass-keys.ts";
import { runDailyPass, updateClient } from "../../src/monitoring/run-pass.ts";
import { recordSessionForMonitoring } from "../../src/monitoring/sessions.ts";
import { createTestApp, type TestApp } from "../support.ts";

type Row = Record<string, unknown>;
const DAY = "2026-06-15";
const FIRST = `${DAY}T03:15:00.000Z`;
const LATER = `${DAY}T09:40:00.000Z`;

describe("the incremental daily pass", () => {
  let t: TestApp;
  let orgId: string;
  let clients: string[];
  beforeAll(async () => {
    t = await createTestApp();
    const [org] = await t.database.query<{ id: string }>(
      "insert into organizations (name) values ('Incr') returning id",
    );
    orgId = org!.id;
    const gen = await generateScaleData(t.database, {
      organizationId: orgId,
      clients: 40,
      days: 100,
      endDate: "2026-06-14",
      seed: 5,
    });
    clients = gen.clientIds;
  });
  afterAll(() => t.close());

  const pass = (now: string, reuse = true) =>
    runDailyPass(t.database, { now, organizationId: orgId, chunkSize: 7, reuse });
  const snapshot = async () => ({
    flags: await t.database.query<Row>(
      `select client_id, kind, level, signal_id, rule_id, status, message, evidence::text as evidence,
          due_at::text as due from flags where organization_id = $1 order by client_id, kind, signal_id`,
      [orgId],
    ),
    proposals: await t.database.query<Row>(
      `select client_id, engine_id, kind, status, level, major, automated, diff::text as diff,
          decision_reasons::text as why, due_at::text as due from proposals where organization_id = $1
        order by client_id, engine_id`,
      [orgId],
    ),
    state: await t.database.query<Row>(
      `select client_id, level, readiness_score, automation_paused, last_computed_for::text as d,
          last_computed_at::text as at from client_monitoring where organization_id = $1 order by client_id`,
      [orgId],
    ),
  });

  it("evaluates everyone on a new day, then only the changed clients, with the full pass's results", async () => {
    const first = await pass(FIRST, false);
    expect(first).toMatchObject({ clients: 40, evaluated: 40, statesWritten: 40 });
    expect(first.flagsWritten + first.proposalsWritten).toBeGreaterThan(0);

    // Nothing changed: a re-run evaluates no one and writes nothing.
    const rerun = await pass(LATER);
    expect(rerun).toMatchObject({ clients: 40, evaluated: 0, flagsWritten: 0, proposalsWritten: 0, statesWritten: 0 });

    // Change five clients' inputs, each in a different way.
    const [a, b, c, d, e] = clients;
    await insertCheckIns(t.database, [
      {
        organizationId: orgId,
        clientId: a!,
        checkIn: { date: DAY, sleepHours: 4, sleepQuality: 6, fatigue: 7, soreness: 6, stress: 6, mood: 6 },
      },
      {
        organizationId: orgId,
        clientId: b!,
        checkIn: {
          date: DAY,
          sleepHours: 7,
          sleepQuality: 2,
          fatigue: 2,
          soreness: 2,
          stress: 2,
          mood: 2,
          redFlags: { chestPain: true },
        },
      },
    ]);
    await recordSessionForMonitoring(t.database, orgId, c!, [
      { ref: "incr-log", date: DAY, planned: true, completed: true, durationMin: 95, sessionRpe: 10 },
    ]);
    const [open] = await t.database.query<{ client_id: string }>(
      "select client_id from flags where organization_id = $1 and status = 'open' and client_id <> all($2::uuid[]) limit 1",
      [orgId, [a, b, c, e]],
    );
    expect(open).toBeDefined();
    await t.database.query("update flags set status = 'resolved', resolved_at = now() where client_id = $1", [
      open!.client_id,
    ]);
    const [tier] = await t.database.query<{ id: string }>(
      "select id from service_tiers where organization_id = $1 and not is_default order by name limit 1",
      [orgId],
    );
    await t.database.query("update client_monitoring set tier_id = $2 where client_id = $1", [e, tier!.id]);
    const changed = new Set([a, b, c, open!.client_id, e]);
    expect(changed.has(d)).toBe(false);

    const incremental = await pass(LATER);
    expect(incremental.evaluated).toBe(changed.size);
    expect(incremental.flagsWritten).toBeGreaterThan(0); // b's chest pain at least
    const afterIncremental = await snapshot();

    // The full pass at the same instant finds nothing left to write, and changes nothing.
    forgetPassKeys(t.database);
    const full = await pass(LATER, false);
    expect(full).toMatchObject({ evaluated: 40, flagsWritten: 0, proposalsWritten: 0, statesWritten: 0 });
    expect(await snapshot()).toEqual(afterIncremental);

    // The next day every key changes: every client is evaluated again.
    const nextDay = await pass("2026-06-16T03:15:00.000Z");
    expect(nextDay).toMatchObject({ evaluated: 40, statesWritten: 40 });
  });

  it("after a restart (no keys in memory) it evaluates everyone and rewrites no unchanged state", async () => {
    forgetPassKeys(t.database);
    const before = await snapshot();
    const again = await pass("2026-06-16T05:00:00.000Z");
    expect(again).toMatchObject({ evaluated: 40, flagsWritten: 0, proposalsWritten: 0, statesWritten: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("the incremental update applies an edited tier at once (its cached tiers are checked against a digest)", async () => {
    const id = clients[7]!;
    const first = await updateClient(t.database, id, LATER);
    const hours = first.tier.responseHours.yellow;
    expect((await updateClient(t.database, id, LATER)).tier.responseHours.yellow).toBe(hours);
    await t.database.query("update service_tiers set response_hours_yellow = $2 where id = $1", [
      first.tier.id,
      hours + 11,
    ]);
    expect((await updateClient(t.database, id, LATER)).tier.responseHours.yellow).toBe(hours + 11);
    expect((await updateClient(t.database, id, LATER)).tier.responseHours.yellow).toBe(hours + 11);
  });
});
