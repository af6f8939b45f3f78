import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposals } from "../../src/db/schema-monitoring.ts";
import { fixedClock } from "../../src/programming/clock.ts";
import { createClient, createOrg, createTestApp, type Org, type TestApp } from "../support.ts";

// Ten days after the wall clock, so a route that read the system clock instead would fail here.
const DAY = 86_400_000;
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY + 10 * DAY + 9 * 3_600_000);
const TODAY = NOW.toISOString().slice(0, 10);
const dayAfter = (n: number) => new Date(NOW.getTime() + n * DAY).toISOString().slice(0, 10);
const checkIn = (date: string, over: Record<string, unknown> = {}) => ({
  date,
  sleepHours: 7.5,
  sleepQuality: 2,
  fatigue: 2,
  soreness: 2,
  stress: 2,
  mood: 2,
  ...over,
});

describe("the API reads the time from the clock it is given (buildApp({ clock }))", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(NOW) });
    org = await createOrg(t, "Clock Org");
  });
  afterAll(() => t.close());

  it("the queue says the clock's now", async () => {
    const res = await org.coach.get<{ now: string }>("/api/queue");
    expect(res.status).toBe(200);
    expect(res.body.now).toBe(NOW.toISOString());
  });

  it("check-ins are judged against the clock's day: its day is accepted, two days later is refused", async () => {
    const id = await createClient(org.coach, "Clocked");
    const ok = await org.coach.post(`/api/clients/${id}/checkins`, checkIn(TODAY));
    expect(ok.status).toBeLessThan(300);
    const late = await org.coach.post<{ error: { message: string; fields: { path: string }[] } }>(
      `/api/clients/${id}/checkins`,
      checkIn(dayAfter(2)),
    );
    expect(late.status).toBe(400);
    expect(late.body.error.fields[0]?.path).toBe("body.date");
    expect(late.body.error.message).toContain(dayAfter(1));
  });

  it("resolving a red records the clock's time and resumes automation", async () => {
    const id = await createClient(org.coach, "Clocked red");
    const res = await org.coach.post<{ automationPaused: boolean }>(
      `/api/clients/${id}/checkins`,
      checkIn(TODAY, { redFlags: { chestPain: true } }),
    );
    expect(res.body.automationPaused).toBe(true);
    const flags = await org.coach.get<{ items: { id: string; level: string }[] }>(`/api/clients/${id}/flags`);
    const red = flags.body.items.find((f) => f.level === "red");
    const resolved = await org.coach.post<{ flag: { resolvedAt: string; status: string }; automationPaused: boolean }>(
      `/api/flags/${red?.id}/resolve`,
      { outcome: "referred", note: "sent to the GP", referredTo: "GP" },
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body.flag).toMatchObject({ status: "resolved", resolvedAt: NOW.toISOString() });
    expect(resolved.body.automationPaused).toBe(false);
  });

  it("resolving the last red queues held changes due within the client's tier promise (assigned, else the default)", async () => {
    const due = async (tierModel: string | null) => {
      const id = await createClient(org.coach, `Held ${tierModel ?? "default"}`);
      if (tierModel)
        expect((await org.coach.request("PUT", `/api/clients/${id}/tier`, { model: tierModel })).status).toBe(200);
      await org.coach.post(`/api/clients/${id}/checkins`, checkIn(TODAY, { redFlags: { chestPain: true } }));
      const [held] = await t.db
        .insert(proposals)
        .values({
          organizationId: org.ids.organizationId,
          clientId: id,
          engineId: `load_hold:${TODAY}:test`,
          kind: "load_hold",
          date: TODAY,
          scope: "next_session",
          diff: { before: {}, after: {} },
          reasons: [],
          decisionReasons: [],
          level: "yellow",
          major: false,
          status: "blocked",
          automated: false,
        })
        .returning();
      const flags = await org.coach.get<{ items: { id: string; level: string }[] }>(`/api/clients/${id}/flags`);
      const red = flags.body.items.find((f) => f.level === "red");
      await org.coach.post(`/api/flags/${red?.id}/resolve`, { outcome: "note", note: "talked it through" });
      const after = await org.coach.get<{ status: string; dueAt: string | null }>(`/api/proposals/${held?.id}`);
      expect(after.body.status).toBe("pending_review");
      return after.body.dueAt;
    };
    const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();
    // The organization's default tier (Hybrid) promises 24 h for a yellow; Premium 12 h.
    expect(await due(null)).toBe(hours(24));
    expect(await due("human_in_loop_premium")).toBe(hours(12));
  });
});
