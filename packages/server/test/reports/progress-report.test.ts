/**
 * Issue 15, the progress report PDF: a coach downloads it for a client and a period; the figures
 * (sessions done against planned, e1RM of the main lifts, body-weight trend, readiness, flags,
 * the coach's notes) are read back from the PDF by pdf.js and checked against values set by hand; kg/lb follow the choice; access and audit as for
 * any read of client data.
 */
import { writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { upload } from "../imports/upload.ts";
import { expectOk, generate, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp, type TestClient } from "../support.ts";
import { pdfText } from "./pdf-text.ts";

let t: TestApp;
let a: Org;
let b: Org;

/** Strong's classic export with single-rep sets, so each session's e1RM is the weight itself. */
const CSV = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE",
  '2030-01-07 18:00:00,"A",45m,"Bench Press (Barbell)",1,100,1,0,0,',
  '2030-01-07 18:00:00,"A",45m,"Squat (Barbell)",1,140,1,0,0,',
  '2030-01-14 18:00:00,"A",45m,"Bench Press (Barbell)",1,105,1,0,0,',
  '2030-01-28 18:00:00,"A",45m,"Bench Press (Barbell)",1,110,1,0,0,',
  '2030-01-28 18:00:00,"A",45m,"Squat (Barbell)",1,150,1,0,0,',
  // Outside the period: must not appear.
  '2029-12-10 18:00:00,"A",45m,"Bench Press (Barbell)",1,60,1,0,0,',
].join("\n");

const WEIGHTS: [string, number][] = [
  ["2030-01-06", 80.0],
  ["2030-01-13", 79.5],
  ["2030-01-20", 79.0],
  ["2030-01-27", 78.6],
];

async function download(caller: TestClient, clientId: string, query: Record<string, string> = {}) {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${caller.baseUrl}/api/clients/${clientId}/report.pdf${qs ? `?${qs}` : ""}`, {
    headers: caller.cookie ? { cookie: caller.cookie } : {},
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock("2030-02-01T12:00:00Z") });
  ({ a, b } = await createWorld(t));
  const id = a.ids.clientId;
  expectOk(await upload(a.coach, `/api/clients/${id}/imports`, CSV, { format: "strong" }), 201, "import");
  for (const [date, kg] of WEIGHTS)
    expectOk(
      await a.coach.post(`/api/clients/${id}/nutrition/measurements`, { date, weight: { value: kg, unit: "kg" } }),
      201,
      "weigh-in",
    );
  for (const date of ["2030-01-08", "2030-01-15", "2030-01-22"])
    expectOk(
      await a.coach.post(`/api/clients/${id}/checkins`, {
        date,
        sleepHours: 8,
        sleepQuality: 2,
        fatigue: 2,
        soreness: 2,
        stress: 2,
        mood: 2,
      }),
      200,
      "check-in",
    );
  // Published and not logged: planned, not done.
  const missed = await generate(a.coach, id, { date: "2030-01-23" });
  await publish(a.coach, missed.id);
});
afterAll(() => t.close());

describe("progress report PDF", () => {
  it("gives the coach a PDF whose figures match the client's data (kg)", async () => {
    const res = await download(a.coach, a.ids.clientId, {
      weeks: "4",
      to: "2030-01-31",
      units: "kg",
      summary: "Bench up 10 kg in four weeks. Keep sleeping 8 h.",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="progress-2030-01-07-to-2030-02-03.pdf"');
    expect(res.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // To look at it: SPOTTER_REPORT_OUT=/tmp/report.pdf, then pdftoppm -png -r 80 /tmp/report.pdf.
    if (process.env.SPOTTER_REPORT_OUT) writeFileSync(process.env.SPOTTER_REPORT_OUT, res.bytes);
    const text = await pdfText(res.bytes);
    expect(text).toContain("Progress report");
    expect(text).toContain("Org A client");
    expect(text).toContain("7 Jan 2030 to 3 Feb 2030 (4 weeks)");
    // 3 imported workouts done; the published 23 Jan session is planned and missed.
    expect(text).toContain("Planned sessions done: 0 of 1 (0%), plus 3 not planned (logged or imported)");
    expect(text).toMatch(/Bench Press[^:]*: 100\.0 kg to 110\.0 kg \(\+10\.0 kg, 3 sessions\)/);
    expect(text).toMatch(/Squat[^:]*: 140\.0 kg to 150\.0 kg \(\+10\.0 kg, 2 sessions\)/);
    expect(text).not.toContain("60.0 kg");
    // The 6 Jan weigh-in is before the period: it seeds the trend, it is not counted.
    expect(text).toContain("3 weigh-ins");
    expect(text).toMatch(/rate -0\.\d\d kg\/week/);
    expect(text).toMatch(/readiness \d+\/100 over 3 check-ins/);
    expect(text).toContain("Bench up 10 kg in four weeks. Keep sleeping 8 h.");
    expect(text).toContain("page 1 of");

    const audit = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "report.read"), eq(auditEvents.clientId, a.ids.clientId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.metadata).toEqual({ from: "2030-01-07", to: "2030-02-03", weeks: 4 });
  });

  it("shows the same figures in lb when asked", async () => {
    const text = await pdfText((await download(a.owner, a.ids.clientId, { to: "2030-01-31", units: "lb" })).bytes);
    expect(text).toContain("loads and weights in lb");
    // 100 kg = 220.5 lb, 110 kg = 242.5 lb (÷ 0.45359237).
    expect(text).toMatch(/Bench Press[^:]*: 220\.5 lb to 242\.5 lb \(\+22\.0 lb, 3 sessions\)/);
    expect(text).toMatch(/rate -[\d.]+ lb\/week/);
  });

  it("says what is missing instead of failing on an empty period", async () => {
    const text = await pdfText((await download(a.coach, a.ids.clientId, { to: "2031-06-01", weeks: "8" })).bytes);
    expect(text).toContain("(8 weeks)");
    expect(text).toContain("No lifts with an e1RM were logged in this period.");
    expect(text).toContain("No weigh-ins in this period.");
    expect(text).toContain("No readiness check-ins in this period.");
  });

  it("is for the client's coach and the owner only; another organization's client is a 404", async () => {
    expect((await download(a.client, a.ids.clientId)).status).toBe(403);
    expect((await download(a.otherCoach, a.ids.clientId)).status).toBe(404);
    expect((await download(b.coach, a.ids.clientId)).status).toBe(404);
    expect((await download(b.owner, a.ids.clientId)).status).toBe(404);
    expect((await download(t.client(), a.ids.clientId)).status).toBe(401);
  });

  it("names the field of a bad query", async () => {
    const res = await fetch(`${a.coach.baseUrl}/api/clients/${a.ids.clientId}/report.pdf?weeks=5&units=stone`, {
      headers: { cookie: a.coach.cookie ?? "" },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: { path: string }[] } };
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(["query.units", "query.weeks"]);
  });
});
