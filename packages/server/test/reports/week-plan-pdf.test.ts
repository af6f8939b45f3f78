/**
 * Issue 15, the printable week plan: the coach's and the client's PDF of a week list each day's
 * sessions with their prescriptions (read back by pdf.js), loads in
 * the unit asked for; the client's copy holds what the portal shows (no drafts); scoped and
 * audited like the progress report.
 */
import { writeFileSync } from "node:fs";
import type { SessionDto, WeekActionResponse } from "@spotter/contracts";
import { convertLoad } from "@spotter/engine";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { expectOk, publish } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp, type TestClient } from "../support.ts";
import { pdfText } from "./pdf-text.ts";

const MONDAY = "2026-03-02";
let t: TestApp;
let a: Org;
let b: Org;
let drafts: SessionDto[] = [];

/** A name as the PDF may wrap it inside its column: at spaces, or after a hyphen. */
const wrapped = (name: string) =>
  new RegExp(
    name
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/ /g, "\\s+")
      .replace(/-/g, "-\\s?"),
  );

async function download(caller: TestClient, clientId: string, query: Record<string, string> = {}) {
  const qs = new URLSearchParams({ start: MONDAY, ...query }).toString();
  const res = await fetch(`${caller.baseUrl}/api/clients/${clientId}/week.pdf?${qs}`, {
    headers: caller.cookie ? { cookie: caller.cookie } : {},
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(`${MONDAY}T09:00:00Z`) });
  ({ a, b } = await createWorld(t));
  const res = await a.coach.post<WeekActionResponse>(`/api/clients/${a.ids.clientId}/week/generate`, { start: MONDAY });
  const week = expectOk<WeekActionResponse>(res, 200, "generate week");
  const ids = week.week.week.days.flatMap((d) => d.sessions.map((s) => s.id));
  drafts = await Promise.all(
    ids.map(async (id) => expectOk<SessionDto>(await a.coach.get(`/api/sessions/${id}`), 200, "session")),
  );
  // Monday's is published: the client sees it; Wednesday's and Friday's stay drafts.
  await publish(a.coach, drafts[0]!.id);
});
afterAll(() => t.close());

describe("week plan PDF", () => {
  it("gives the coach every session of the week with its prescriptions, drafts marked", async () => {
    const res = await download(a.coach, a.ids.clientId, { units: "kg" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="week-${MONDAY}.pdf"`);
    // To look at it: SPOTTER_REPORT_OUT=/tmp/week.pdf, then pdftoppm -png -r 80 /tmp/week.pdf.
    if (process.env.SPOTTER_REPORT_OUT) writeFileSync(process.env.SPOTTER_REPORT_OUT, res.bytes);
    const text = await pdfText(res.bytes);
    expect(text).toContain("Week plan");
    expect(text).toContain("Org A client");
    expect(text).toContain("2 Mar 2026 to 8 Mar 2026");
    expect(text).toContain("Monday 2 Mar 2026");
    expect(text).toContain("Tuesday 3 Mar 2026");
    expect(text.match(/DRAFT \(not yet published\)/g)).toHaveLength(2);
    expect(text.match(/Published/g)).toHaveLength(1);
    expect(drafts).toHaveLength(3);
    for (const s of drafts)
      for (const i of s.plan.main.filter((x) => x.role !== "ramp")) {
        expect(text).toMatch(wrapped(i.name));
        if (i.reps !== undefined) expect(text).toContain(`${i.sets} x ${i.reps}`);
      }
    const loaded = drafts[0]!.plan.main.find((i) => i.load && i.role !== "ramp");
    if (loaded) expect(text).toContain(`${loaded.load} kg`);
    const audit = await t.db
      .select({ metadata: auditEvents.metadata })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "week_plan.printed"), eq(auditEvents.clientId, a.ids.clientId)));
    expect(audit[0]?.metadata).toEqual({ weekStart: MONDAY, sessions: 3 });
  });

  it("shows loads in lb when asked, and one training day per page in the day layout", async () => {
    const res = await download(a.owner, a.ids.clientId, { units: "lb", layout: "day" });
    const text = await pdfText(res.bytes);
    expect(text).toContain("loads in lb");
    const loaded = drafts[0]!.plan.main.find((i) => i.load && i.role !== "ramp");
    if (loaded) {
      const lb = convertLoad(loaded.load ?? 0, loaded.unit, "lb");
      expect(text).toContain(`${Number.isInteger(lb) ? lb : lb.toFixed(1).replace(/\.0$/, "")} lb`);
    }
    expect(text).toContain("page 3 of 3");
  });

  it("gives the client their own week without drafts", async () => {
    const res = await download(a.client, a.ids.clientId);
    expect(res.status).toBe(200);
    const text = await pdfText(res.bytes);
    expect(text).toContain("Published");
    expect(text).not.toContain("DRAFT");
    expect(text).toContain(drafts[0]!.plan.dayLabel);
    // Wednesday is planned but its session is a draft: the client reads the plan's day only.
    expect(text).toContain("No session drafted yet");
  });

  it("is a 404 outside the caller's clients and names the field of a bad query", async () => {
    expect((await download(a.otherCoach, a.ids.clientId)).status).toBe(404);
    expect((await download(b.coach, a.ids.clientId)).status).toBe(404);
    expect((await download(b.client, a.ids.clientId)).status).toBe(404);
    expect((await download(t.client(), a.ids.clientId)).status).toBe(401);
    const res = await fetch(`${a.coach.baseUrl}/api/clients/${a.ids.clientId}/week.pdf?start=soon&layout=poster`, {
      headers: { cookie: a.coach.cookie ?? "" },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: { path: string }[] } };
    expect([...new Set(body.error.fields.map((f) => f.path))].sort()).toEqual(["query.layout", "query.start"]);
  });
});
