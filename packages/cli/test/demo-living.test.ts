import { type QueueItem, queueResponseSchema, rosterLevelsSchema } from "@spotter/contracts";
import { BUILTIN_EXERCISES } from "@spotter/engine";
import type { Database } from "@spotter/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_IN_DAYS, demoCheckIns, seedOf } from "../src/demo/check-ins.ts";
import { ensureDemo } from "../src/demo/ensure-demo.ts";
import { DEMO_PERSONAS } from "../src/demo/personas.ts";
import { DEMO_CLIENTS } from "../src/demo/roster.ts";
import { freshPglite, freshPostgres } from "./databases.ts";
import { demoApp } from "./demo-support.ts";

const pgUrl = process.env.TEST_DATABASE_URL;

const NOW = new Date("2026-11-22T08:30:00.000Z");
const TODAY = "2026-11-22";

/** Row counts and per-client facts that a re-run must leave unchanged. */
async function facts(database: Database) {
  const [counts] = await database.query<Record<string, string | number>>(
    `select (select count(*) from clients) as clients, (select count(*) from check_ins) as check_ins,
       (select count(*) from monitoring_sessions) as sessions, (select count(*) from flags) as flags,
       (select count(*) from proposals) as proposals, (select count(*) from training_sessions) as training`,
  );
  const checkIns = await database.query<{ email: string; date: string; fatigue: number; sleep_hours: number }>(
    `select c.email, k.date::text as date, k.fatigue, k.sleep_hours from check_ins k join clients c on c.id = k.client_id
      order by c.email, k.date`,
  );
  return { counts: Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)])), checkIns };
}

describe("the living demo organization", () => {
  let database: Database;
  let password: string;
  beforeAll(async () => {
    database = await freshPglite();
    password = (await ensureDemo(database, undefined, { now: NOW })).password;
  });
  afterAll(() => database.close());

  it("every baseline rep max names a catalog exercise (else the engine refuses to program the client)", () => {
    const ids = new Set(BUILTIN_EXERCISES.map((e) => e.id));
    const named = DEMO_CLIENTS.flatMap((c) => c.profile.baselines?.repMaxes ?? []).map((r) => r.exerciseId);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(ids, id).toContain(id);
  });

  it("the coach's Today queue leads with one red (dizziness) and has yellows with evidence; most lights are green", async () => {
    const { app, cookie } = await demoApp(database, password);
    try {
      const queue = queueResponseSchema.parse(
        (await app.inject({ method: "GET", url: "/api/queue", headers: { cookie } })).json(),
      );
      const reds = queue.items.filter((i) => i.level === "red");
      const yellows = queue.items.filter((i) => i.level === "yellow");
      expect(reds).toHaveLength(1);
      expect(reds[0]).toMatchObject({ clientName: "Diego Alvarez", kind: "dizziness_fainting", type: "flag" });
      expect(queue.items[0]?.level).toBe("red");
      const yellowFlags = (kind: string) => yellows.filter((i: QueueItem) => i.type === "flag" && i.kind === kind);
      expect(yellowFlags("sleep_and_hrv")[0]?.clientName).toBe("Jonas Weber");
      expect(yellowFlags("persistent_soreness")[0]?.clientName).toBe("Omar Haddad");
      expect(yellowFlags("missed_sessions")[0]).toMatchObject({
        clientName: "Sam Patel",
        evidence: { inputs: { missed14: 3, fatigueHigh: true } },
      });
      // The stories' yellows; any other client in yellow is there because monitoring read the simulated
      // lifting (a computed e1RM dip over two exposures, and what it proposes), never an invented story.
      const storyYellows = new Set(["Jonas Weber", "Omar Haddad", "Sam Patel"]);
      for (const name of storyYellows) expect(yellows.map((i) => i.clientName)).toContain(name);
      const others = yellows.filter((i) => !storyYellows.has(i.clientName));
      const dipped = new Set(yellowFlags("performance_drop").map((i) => i.clientName));
      for (const other of others) expect(dipped, other.clientName).toContain(other.clientName);

      const levels = rosterLevelsSchema.parse(
        (await app.inject({ method: "GET", url: "/api/queue/levels", headers: { cookie } })).json(),
      ).items;
      expect(levels).toHaveLength(17);
      // Most are green: all but the red, the three story yellows and at most three e1RM dips.
      expect(levels.filter((l) => l.level === "green").length).toBeGreaterThanOrEqual(10);
      expect(levels.filter((l) => l.level === "red").map((l) => l.automationPaused)).toEqual([true]);
      // Two newcomers have no check-ins yet: no readiness score, not a made-up one.
      expect(levels.filter((l) => l.readinessScore === null)).toHaveLength(3); // + Diego, not in yet today
    } finally {
      await app.close();
    }
  });

  it("tiers decide: the same green load hold auto-applies on self-guided and waits for review on premium", async () => {
    const rows = await database.query<{ name: string; tier: string; kind: string; status: string; level: string }>(
      `select c.name, t.name as tier, p.kind, p.status, p.level from proposals p join clients c on c.id = p.client_id
         join client_monitoring m on m.client_id = c.id join service_tiers t on t.id = m.tier_id
        where p.kind = 'load_hold' and p.level = 'green' order by c.name`,
    );
    expect(rows).toEqual([
      { name: "Elena Rossi", tier: "Premium", kind: "load_hold", status: "pending_review", level: "green" },
      { name: "Hannah Kowalski", tier: "Self-guided", kind: "load_hold", status: "auto_applied", level: "green" },
    ]);
  });

  it("monitoring sees every logged session (sRPE × minutes) of the clients with training history", async () => {
    const [row] = await database.query<{ logged: string | number; fed: string | number; clients: string | number }>(
      `select (select count(*) from training_sessions where status = 'logged') as logged,
         (select count(*) from monitoring_sessions x join training_sessions s on s.id::text = x.ref
           where s.status = 'logged' and x.completed and x.session_rpe > 0 and x.duration_min > 0) as fed,
         (select count(distinct client_id) from training_sessions where status = 'logged') as clients`,
    );
    expect(Number(row?.clients)).toBe(8);
    expect(Number(row?.fed)).toBe(Number(row?.logged));
  });

  it("check-ins cover six weeks for most clients, end today, and none for the two newest", async () => {
    const { checkIns } = await facts(database);
    const by = new Map<string, typeof checkIns>();
    for (const c of checkIns) by.set(c.email, [...(by.get(c.email) ?? []), c]);
    const full = [...by.values()].filter((rows) => rows.length >= CHECK_IN_DAYS - 8);
    expect(full.length).toBeGreaterThanOrEqual(13);
    for (const rows of full) expect((rows.at(-1)?.date ?? "") >= "2026-11-21").toBe(true);
    expect(by.has("ruth.goldberg@demo.spotter.local")).toBe(false);
    expect(by.has("chloe.dubois@demo.spotter.local")).toBe(false);
    expect(checkIns.every((c) => c.date <= TODAY)).toBe(true);
  });

  it("re-running demo changes nothing but the password, and the same `now` gives the same data", async () => {
    const before = await facts(database);
    const again = await ensureDemo(database, undefined, { now: new Date(NOW.getTime() + 3_600_000) });
    expect(again.created).toBe(false);
    expect(await facts(database)).toEqual(before);
    expect(before.counts.clients).toBe(18);

    const other = await freshPglite();
    try {
      await ensureDemo(other, undefined, { now: NOW });
      expect((await facts(other)).checkIns).toEqual(before.checkIns);
    } finally {
      await other.close();
    }
  });

  it.skipIf(!pgUrl)("PostgreSQL gets the same check-ins, flags and proposals as PGlite", async () => {
    const outcome = (d: Database) =>
      d.query<{ email: string; level: string; flags: string | null; proposals: string | null }>(
        `select c.email, m.level,
           (select string_agg(f.level || ':' || f.kind, ',' order by f.kind) from flags f where f.client_id = c.id) as flags,
           (select string_agg(p.kind || ':' || p.status, ',' order by p.kind) from proposals p where p.client_id = c.id) as proposals
         from clients c join client_monitoring m on m.client_id = c.id order by c.email`,
      );
    const pg = await freshPostgres(pgUrl as string);
    try {
      await ensureDemo(pg, undefined, { now: NOW });
      expect((await facts(pg)).checkIns).toEqual((await facts(database)).checkIns);
      expect(await outcome(pg)).toEqual(await outcome(database));
    } finally {
      await pg.close();
    }
  });
});

describe("demo check-ins per story", () => {
  const make = (email: string) => demoCheckIns({ persona: DEMO_PERSONAS[email]!, seed: seedOf(email), today: TODAY });

  it("the dizzy client answered yes yesterday and has not checked in today", () => {
    const rows = make("diego.alvarez@demo.spotter.local");
    expect(rows.at(-1)).toMatchObject({ date: "2026-11-21", redFlags: { dizzinessOrFainting: true } });
    expect(rows.filter((r) => r.redFlags)).toHaveLength(1);
  });

  it("the short sleeper's last week: ≤ 6 h nights, HRV and fatigue worse than their first weeks", () => {
    const rows = make("jonas.weber@demo.spotter.local");
    const early = rows.slice(0, 21);
    const last = rows.slice(-5);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(last.every((r) => r.sleepHours <= 6)).toBe(true);
    expect(mean(last.map((r) => r.hrvLnRmssd ?? 0))).toBeLessThan(mean(early.map((r) => r.hrvLnRmssd ?? 0)) - 0.2);
    expect(mean(last.map((r) => r.fatigue))).toBeGreaterThan(mean(early.map((r) => r.fatigue)) + 1);
  });

  it("no data means none, a new client has a few days, and wearables alone report HRV", () => {
    expect(make("ruth.goldberg@demo.spotter.local")).toEqual([]);
    expect(make("grace.kim@demo.spotter.local")).toHaveLength(4);
    expect(make("omar.haddad@demo.spotter.local").some((r) => r.hrvLnRmssd !== undefined)).toBe(false);
    expect(make("tom.okafor@demo.spotter.local").every((r) => r.hrvLnRmssd !== undefined)).toBe(true);
  });
});
