import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clients } from "../../src/db/schema.ts";
import { flags } from "../../src/db/schema-monitoring.ts";
import { readClientSafety } from "../../src/safety/client-read.ts";
import { loadSafetyState } from "../../src/safety/state.ts";
import { checkInBody } from "../monitoring/helpers.ts";
import { createOrg, createTestApp, type Org, type TestApp } from "../support.ts";

/**
 * Issue 12: the safety guard reads a client row, its open flags and whether the actor may see it
 * in one statement (src/safety/client-read.ts), and the check-in command takes the row from there
 * instead of reading it again (src/policies/request-client.ts). Pins that the one statement gives
 * what the separate reads gave, and that visibility still ends in the same 404 with nothing written.
 */
describe("the guard's one read of a client", () => {
  let t: TestApp;
  let a: Org;
  let b: Org;
  beforeAll(async () => {
    t = await createTestApp();
    a = await createOrg(t, "Read A");
    b = await createOrg(t, "Read B");
  });
  afterAll(() => t.close());

  const flag = (
    clientId: string,
    kind: string,
    level: string,
    status: string,
    createdAt: string,
    referTo: string | null,
  ) =>
    t.database.query(
      `insert into flags (organization_id, client_id, kind, level, signal_id, rule_id, message, evidence,
          recommended_action, refer_to, status, created_at)
       values ($1, $2, $3, $4, $3, 'rule.' || $3, 'm', '{}'::jsonb, 'a', $5::jsonb, $6, $7::timestamptz)`,
      [a.ids.organizationId, clientId, kind, level, referTo, status, createdAt],
    );

  it("gives the row and open flags (order, Date to the millisecond, referTo) the separate reads gave", async () => {
    const id = a.ids.spareClientId;
    // Microseconds, a shared timestamp (kind breaks the tie), JSON null and an array, a resolved flag.
    await flag(id, "pain", "yellow", "open", "2026-03-01T10:00:00.123456Z", null);
    await flag(id, "chest_pain", "red", "open", "2026-03-01T10:00:00.123456Z", '["physician"]');
    await flag(id, "dizziness", "red", "open", "2026-02-01T08:30:00.999999Z", '["physician","physio"]');
    await flag(id, "fatigue", "yellow", "resolved", "2026-01-01T00:00:00Z", null);
    const org = a.ids.organizationId;
    const [row] = await t.db
      .select()
      .from(clients)
      .where(and(eq(clients.id, id), eq(clients.organizationId, org)));
    const open = await t.db
      .select({
        id: flags.id,
        kind: flags.kind,
        level: flags.level,
        ruleId: flags.ruleId,
        referTo: flags.referTo,
        createdAt: flags.createdAt,
      })
      .from(flags)
      .where(and(eq(flags.organizationId, org), eq(flags.clientId, id), eq(flags.status, "open")))
      .orderBy(asc(flags.createdAt), asc(flags.kind));
    expect(open.map((f) => f.kind)).toEqual(["dizziness", "chest_pain", "pain"]);

    const read = await readClientSafety(t.db, org, id, null);
    expect(read?.client).toStrictEqual(row);
    expect(read?.openFlags).toStrictEqual(open);
    expect(read?.openFlags.map((f) => f.createdAt.getTime())).toEqual([
      Date.parse("2026-02-01T08:30:00.999Z"),
      Date.parse("2026-03-01T10:00:00.123Z"),
      Date.parse("2026-03-01T10:00:00.123Z"),
    ]);
    expect(read?.visible).toBe(false);

    const state = await loadSafetyState(t.db, org, id, new Date());
    expect(state?.openFlags).toStrictEqual(open);
    expect(state?.reds.map((f) => f.kind)).toEqual(["dizziness", "chest_pain"]);
    expect(state?.profile).toStrictEqual(row?.profile);
    expect(await readClientSafety(t.db, b.ids.organizationId, id, null)).toBeNull();
  });

  it("decides visibility as the client policy does for each role", async () => {
    const org = a.ids.organizationId;
    const actor = (userId: string, role: "owner" | "coach" | "client", clientId?: string) => ({
      userId,
      organizationId: org,
      role,
      clientId,
      sessionId: "s",
      csrfToken: "c",
    });
    const visible = async (who: ReturnType<typeof actor>, id: string) =>
      (await readClientSafety(t.db, org, id, who))?.visible;
    expect(await visible(actor(a.ids.ownerId, "owner"), a.ids.clientId)).toBe(true);
    expect(await visible(actor(a.ids.coachId, "coach"), a.ids.clientId)).toBe(true);
    expect(await visible(actor(a.ids.otherCoachId, "coach"), a.ids.clientId)).toBe(false);
    expect(await visible(actor(a.ids.clientUserId, "client", a.ids.clientId), a.ids.clientId)).toBe(true);
    expect(await visible(actor(a.ids.clientUserId, "client", a.ids.clientId), a.ids.spareClientId)).toBe(false);
  });

  it("a check-in for a client the caller may not see is the not-found 404, and nothing is written", async () => {
    const written = async (id: string) => {
      const [r] = await t.database.query<{ n: string | number }>(
        `select (select count(*) from check_ins where client_id = $1)
              + (select count(*) from audit_events where client_id = $1 and action = 'checkin.submitted') as n`,
        [id],
      );
      return Number(r?.n ?? 0);
    };
    const missing = await a.coach.post("/api/clients/00000000-0000-4000-8000-000000000000/checkins", checkInBody());
    expect(missing.status).toBe(404);
    for (const [who, id] of [
      [a.otherCoach, a.ids.clientId], // same organization, not assigned
      [b.coach, a.ids.clientId], // another organization
      [b.owner, a.ids.clientId],
      [a.client, a.ids.spareClientId], // a client, for someone else
    ] as const) {
      const res = await who.post(`/api/clients/${id}/checkins`, checkInBody());
      expect(res.status).toBe(404);
      expect(res.body).toStrictEqual(missing.body);
      expect(res.headers.get("x-spotter-safety")).toBeNull();
      expect(await written(id)).toBe(0);
    }
    // The assigned coach, the owner and the client for themself (both routes) still check in.
    expect((await a.coach.post(`/api/clients/${a.ids.clientId}/checkins`, checkInBody())).status).toBe(200);
    expect((await a.owner.post(`/api/clients/${a.ids.clientId}/checkins`, checkInBody({ fatigue: 3 }))).status).toBe(
      200,
    );
    const own = await a.client.post(`/api/clients/${a.ids.clientId}/checkins`, checkInBody({ fatigue: 4 }));
    expect(own.status).toBe(200);
    expect(own.headers.get("x-spotter-safety")).toBe("screening; red=0; clearance=none");
    const me = await a.client.post<{ checkin: { fatigue: number } }>("/api/me/checkins", checkInBody({ fatigue: 1 }));
    expect(me.status).toBe(200);
    expect(me.body.checkin.fatigue).toBe(1);
    // One check-in per day, replaced each time; one audit event per submission.
    expect(await written(a.ids.clientId)).toBe(1 + 4);
  });
});
