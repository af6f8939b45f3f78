/**
 * Issue 15, export completeness: every table with a client_id column (enumerated from the drizzle
 * schema files, so a new one is found without anyone listing it) must appear in the client's
 * export, JSON and CSV. A new client-scoped table fails here until it is exported and named below.
 * Two exports of the same data are identical apart from the export's own time and audit event,
 * and the CSV carries the same records as the JSON.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ClientExport } from "@spotter/contracts";
import { parse } from "csv-parse/sync";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/programming/clock.ts";
import { expectOk, generate, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp } from "../support.ts";

/** Where each client-scoped table shows in the export: a top-level key, or `records.<section>`. */
const EXPORTED_AS: Record<string, string> = {
  audit_events: "auditEvents",
  coach_clients: "assignments",
  body_measurements: "records.bodyMeasurements",
  calendar_feeds: "records.calendarFeed",
  check_ins: "records.checkIns",
  client_methods: "records.method",
  client_monitoring: "records.monitoringState",
  flag_escalations: "records.flagEscalations",
  flags: "records.flags",
  habit_ticks: "records.habitTicks",
  habits: "records.habits",
  handover_notes: "records.handoverNotes",
  invitations: "records.invitations",
  meal_plans: "records.mealPlans",
  message_reads: "records.messageReads",
  message_threads: "records.messageThreads",
  messages: "records.messages",
  monitoring_sessions: "records.monitoringSessions",
  notifications: "records.notifications",
  nudge_log: "records.nudges",
  nudge_preferences: "records.nudgePreferences",
  nutrition_estimates: "records.nutritionEstimate",
  nutrition_intake: "records.nutritionIntake",
  nutrition_preferences: "records.nutritionPreferences",
  nutrition_targets: "records.nutritionSettings",
  planned_day_moves: "records.plannedDayMoves",
  progression_archives: "records.progressionArchive",
  progression_states: "records.progressionStates",
  proposal_escalations: "records.proposalEscalations",
  proposals: "records.proposals",
  roadmaps: "records.roadmap",
  satisfaction_surveys: "records.satisfactionSurveys",
  set_velocities: "records.setVelocities",
  training_sessions: "records.trainingSessions",
  wearable_daily_metrics: "records.wearableDailyMetrics",
  wearable_workouts: "records.wearableWorkouts",
  weekly_checkin_openings: "records.weeklyCheckInOpenings",
  weekly_checkins: "records.weeklyCheckIns",
};

async function clientScopedTables(): Promise<string[]> {
  const dir = fileURLToPath(new URL("../../src/db/", import.meta.url));
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^schema.*\.ts$/.test(f))) {
    const mod = (await import(`${dir}${file}`)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!(value instanceof PgTable)) continue;
      const config = getTableConfig(value);
      if (config.columns.some((c) => c.name === "client_id")) names.add(config.name);
    }
  }
  return [...names].sort();
}

let t: TestApp;
let a: Org;
const MONDAY = "2026-03-02";
const exportOf = async (as = a.client) =>
  expectOk<ClientExport>(await as.get(`/api/clients/${a.ids.clientId}/export`), 200, "export");

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${MONDAY}T09:00:00Z`) });
  ({ a } = await createWorld(t));
  const id = a.ids.clientId;
  // A few rows in sections of different features, including two new ones (moves, thread).
  await publish(a.coach, (await generate(a.coach, id, { date: MONDAY })).id);
  expectOk(await a.coach.patch(`/api/clients/${id}/week`, { from: "2026-03-04", to: "2026-03-05" }), 200, "move");
  expectOk(await a.client.post("/api/me/messages", { body: "See you Thursday, coach" }), 201, "message");
  expectOk(
    await a.coach.post(`/api/clients/${id}/nutrition/measurements`, {
      date: MONDAY,
      weight: { value: 80, unit: "kg" },
    }),
    201,
    "weigh-in",
  );
});
afterAll(() => t.close());

describe("client export completeness", () => {
  it("names every table with a client_id column, and the export has each one", async () => {
    const tables = await clientScopedTables();
    expect(tables.length).toBeGreaterThan(30);
    const unexported = tables.filter((name) => !EXPORTED_AS[name]);
    expect(unexported, "client-scoped tables missing from the export (add a section, then name it here)").toEqual([]);
    expect(
      Object.keys(EXPORTED_AS).filter((n) => !tables.includes(n)),
      "stale names",
    ).toEqual([]);
    const data = await exportOf();
    const present = new Set([...Object.keys(data), ...Object.keys(data.records).map((k) => `records.${k}`)]);
    expect(Object.values(EXPORTED_AS).filter((where) => !present.has(where))).toEqual([]);
    expect(data.records.plannedDayMoves).toMatchObject([{ scheduledDate: "2026-03-04", date: "2026-03-05" }]);
    expect(data.records.messageThreads).toHaveLength(1);
    // The invitation that gave the client a login, without its token hash.
    expect(JSON.stringify(data.records.invitations)).not.toContain("tokenHash");
    expect(data.records.invitations).toHaveLength(1);
  });

  it("exports the same data the same way, sections by name; the CSV holds the same records", async () => {
    const first = await exportOf(a.coach);
    const second = await exportOf(a.coach);
    const stable = (d: ClientExport) => ({ ...d, exportedAt: "", auditEvents: [] });
    expect(stable(second)).toEqual(stable(first));
    expect(Object.keys(first.records)).toEqual(Object.keys(first.records).sort());

    const res = await fetch(`${a.client.baseUrl}/api/clients/${a.ids.clientId}/export.csv`, {
      headers: { cookie: a.client.cookie ?? "" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = parse(await res.text(), { columns: true }) as {
      section: string;
      row: string;
      field: string;
      value: string;
    }[];
    const sections = new Set(rows.map((r) => r.section));
    for (const [name, list] of Object.entries(first.records))
      if (list.length > 0) expect(sections, name).toContain(`records.${name}`);
    const message = rows.find((r) => r.section === "records.messages" && r.field === "body");
    expect(message?.value).toBe("See you Thursday, coach");
    const weighIn = rows.filter((r) => r.section === "records.bodyMeasurements" && r.row === "0");
    expect(weighIn.find((r) => r.field === "date")?.value).toBe(MONDAY);
  });

  it("is the client's own, their coach's or the owner's: another coach gets a 404", async () => {
    expect((await a.otherCoach.get(`/api/clients/${a.ids.clientId}/export.csv`)).status).toBe(404);
    expect((await t.client().get(`/api/clients/${a.ids.clientId}/export.csv`)).status).toBe(401);
  });
});
