import { clientListResponseSchema } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createOrg, createTestApp, type Org, profileInput, type TestApp } from "../../testing/index.ts";

type List = {
  items: { id: string; name: string; status: string; summary: Record<string, unknown>; updatedAt: string }[];
  total: number;
  page: number;
  pageSize: number;
};

describe("client records", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Clients Org");
  });
  afterAll(() => t.close());

  it("creates, reads and edits a client with a validated profile", async () => {
    const created = await org.coach.post<{ id: string; profile: { injuries: unknown[] } }>("/api/clients", {
      name: "Dana Rivers",
      email: "Dana@Example.test",
      profile: profileInput({ injuries: [{ region: "knee", severity: 4 }] }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Dana Rivers",
      email: "dana@example.test",
      status: "active",
      hasLogin: false,
    });
    // defaults from the contract schema are filled in
    expect(created.body.profile.injuries).toEqual([
      { region: "knee", severity: 4, aggravatingMovements: [], status: "active" },
    ]);
    const id = created.body.id;
    const patched = await org.coach.patch(`/api/clients/${id}`, { name: "Dana R." });
    expect(patched.status).toBe(200);
    expect((await org.coach.get(`/api/clients/${id}`)).body).toMatchObject({
      name: "Dana R.",
      coach: { id: org.ids.coachId },
    });
  });

  it("lists with pagination, search by name or email and a profile summary", async () => {
    const coach = org.otherCoach;
    for (let i = 0; i < 7; i++) await createClient(coach, `Pager ${String(i).padStart(2, "0")}`);
    const page1 = await coach.get<List>("/api/clients?pageSize=3&page=1");
    const page3 = await coach.get<List>("/api/clients?pageSize=3&page=3");
    expect(page1.body.total).toBe(7);
    expect(page1.body.items.map((c) => c.name)).toEqual(["Pager 00", "Pager 01", "Pager 02"]);
    expect(page3.body.items.map((c) => c.name)).toEqual(["Pager 06"]);
    const beyond = await coach.get<List>("/api/clients?pageSize=3&page=9");
    expect(beyond.body).toMatchObject({ items: [], total: 7, page: 9 });
    expect(page1.body.items[0]?.summary).toEqual({
      primaryGoal: "strength",
      trainingAgeMonths: 12,
      activeInjuryCount: 0,
      daysPerWeek: 3,
    });
    const search = await coach.get<List>("/api/clients?q=pager%2005");
    expect(search.body.items.map((c) => c.name)).toEqual(["Pager 05"]);
    // LIKE wildcards in q are literal
    expect((await coach.get<List>("/api/clients?q=%25")).body.total).toBe(0);
  });

  it("the roster page without a search writes the bytes the search's path and the schema give", async () => {
    // Every name holds "roster", so the search returns the same rows as the plain page.
    const roster = await createOrg(t, "Roster bytes");
    const made = [
      await createClient(roster.coach, "Roster Ann", { email: "ann@example.test" }),
      await createClient(roster.coach, "Roster Bo", {
        profile: profileInput({
          goals: { primary: "hypertrophy", secondary: [] },
          trainingAgeMonths: 0,
          injuries: [
            { region: "knee", severity: 4 },
            { region: "shoulder", severity: 2, status: "resolved" },
            { region: "hip", severity: 3 },
          ],
          schedule: { daysPerWeek: 5, sessionMinutes: 45, preferredDays: [] },
        }),
      }),
      await createClient(roster.otherCoach, "Roster Cy", { profile: profileInput({ trainingAgeMonths: 960 }) }),
      await createClient(roster.coach, "Roster Di"),
    ];
    await roster.coach.post(`/api/clients/${made[3]}/archive`);
    // Microseconds in the stored time: the answer keeps milliseconds, truncated.
    await t.database.query("update clients set updated_at = $2 where id = $1", [
      made[0],
      "2026-03-01 10:11:12.345999+00",
    ]);
    for (const who of [roster.owner, roster.coach, roster.otherCoach]) {
      for (const query of ["", "&status=all", "&status=archived", "&pageSize=2&page=2", "&pageSize=2&page=9"]) {
        const plain = await who.get<List>(`/api/clients?${query.slice(1)}`);
        const searched = await who.get<List>(`/api/clients?q=roster${query}`);
        expect(plain.status, query).toBe(200);
        // JSON.parse keeps the answer's key order, so these compare what was written.
        const written = JSON.stringify(plain.body);
        expect(written, query).toBe(JSON.stringify(clientListResponseSchema.parse(plain.body)));
        // The search path reads whole rows through drizzle and presentSummary.
        expect(written, query).toBe(JSON.stringify(searched.body));
      }
    }
    const all = (await roster.owner.get<List>("/api/clients?status=all")).body;
    expect(all.items.find((c) => c.id === made[0])?.updatedAt).toBe("2026-03-01T10:11:12.345Z");
    expect(all.items.find((c) => c.id === made[1])?.summary).toEqual({
      primaryGoal: "hypertrophy",
      trainingAgeMonths: 0,
      activeInjuryCount: 2,
      daysPerWeek: 5,
    });
    // createOrg's two clients ("Roster bytes client", "... spare client") and the four above.
    expect(all.total).toBe(6);
  });

  it("archives and restores; archived clients leave the default list", async () => {
    const id = await createClient(org.coach, "Archie");
    expect((await org.coach.post(`/api/clients/${id}/archive`)).body).toMatchObject({ status: "archived" });
    const active = await org.coach.get<List>("/api/clients?q=Archie");
    expect(active.body.total).toBe(0);
    const archived = await org.coach.get<List>("/api/clients?q=Archie&status=archived");
    expect(archived.body.items.map((c) => c.id)).toEqual([id]);
    expect((await org.coach.post(`/api/clients/${id}/restore`)).body).toMatchObject({ status: "active" });
  });

  it("a coach sees only assigned clients; the owner sees all and can reassign", async () => {
    const id = await createClient(org.coach, "Assigned Only");
    expect((await org.otherCoach.get(`/api/clients/${id}`)).status).toBe(404);
    expect((await org.owner.get(`/api/clients/${id}`)).status).toBe(200);
    const assigned = await org.owner.post(`/api/clients/${id}/assign`, { coachUserId: org.ids.otherCoachId });
    expect(assigned.body).toMatchObject({ coach: { id: org.ids.otherCoachId } });
    expect((await org.otherCoach.get(`/api/clients/${id}`)).status).toBe(200);
    expect((await org.coach.get(`/api/clients/${id}`)).status).toBe(404);
    const notACoach = await org.owner.post(`/api/clients/${id}/assign`, { coachUserId: org.ids.clientUserId });
    expect(notACoach.status).toBe(400);
    expect(notACoach.body).toMatchObject({ error: { fields: [{ path: "body.coachUserId" }] } });
  });

  it("400 names every offending field, across nested profile paths", async () => {
    const res = await org.coach.post<{ error: { code: string; fields: { path: string }[] } }>("/api/clients", {
      name: "",
      email: "not-an-email",
      profile: { ...profileInput(), trainingAgeMonths: -1, schedule: { daysPerWeek: 9, sessionMinutes: 5 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_error");
    expect(res.body.error.fields.map((f) => f.path).sort()).toEqual(
      [
        "body.email",
        "body.name",
        "body.profile.schedule.daysPerWeek",
        "body.profile.schedule.sessionMinutes",
        "body.profile.trainingAgeMonths",
      ].sort(),
    );
  });

  it("unknown and malformed ids are 404 and 400", async () => {
    expect((await org.owner.get("/api/clients/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const bad = await org.owner.get("/api/clients/not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: "params.id" }] } });
  });

  it("the client reads and exports their own record, then deletes it with their login", async () => {
    const own = await org.client.get(`/api/clients/${org.ids.clientId}`);
    expect(own.status).toBe(200);
    expect((await org.client.get("/api/clients")).status).toBe(403);
    const other = await createClient(org.coach, "Someone Else");
    expect((await org.client.get(`/api/clients/${other}`)).status).toBe(404);
    const exp = await org.client.get<{ client: { id: string }; auditEvents: { action: string }[] }>(
      `/api/clients/${org.ids.clientId}/export`,
    );
    expect(exp.status).toBe(200);
    expect(exp.body.client.id).toBe(org.ids.clientId);
    expect(exp.body.auditEvents.map((e) => e.action)).toContain("client.read");
  });

  it("writes audit events for reads and changes, readable by the owner only", async () => {
    const id = await createClient(org.coach, "Audited");
    await org.coach.get(`/api/clients/${id}`);
    await org.coach.patch(`/api/clients/${id}`, { name: "Audited 2" });
    const audit = await org.owner.get<{
      items: { action: string; actor: { id: string }; ip: string; userAgent: string }[];
    }>(`/api/audit?clientId=${id}`);
    expect(audit.body.items.map((e) => e.action)).toEqual(["client.updated", "client.read", "client.created"]);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: org.ids.coachId }, ip: "127.0.0.1" });
    expect(audit.body.items[0]?.userAgent).toBeTruthy();
    expect((await org.coach.get("/api/audit")).status).toBe(403);
  });

  it("deleting a client removes the record and its login but keeps the audit trail", async () => {
    const id = await createClient(org.coach, "Leaving");
    expect((await org.coach.delete(`/api/clients/${id}`)).status).toBe(403);
    expect((await org.owner.delete(`/api/clients/${id}`)).status).toBe(200);
    expect((await org.owner.get(`/api/clients/${id}`)).status).toBe(404);
    const audit = await org.owner.get<{ items: { action: string }[] }>(`/api/audit?clientId=${id}`);
    expect(audit.body.items[0]?.action).toBe("client.deleted");
  });

  it("a client can delete their own record; their login then stops working", async () => {
    const solo = await createOrg(t, "Self delete");
    expect((await solo.client.delete(`/api/clients/${solo.ids.spareClientId}`)).status).toBe(404);
    expect((await solo.client.delete(`/api/clients/${solo.ids.clientId}`)).status).toBe(200);
    expect((await solo.client.get("/api/auth/me")).status).toBe(401);
    const audit = await solo.owner.get<{ items: { action: string; metadata: { byRole: string } }[] }>(
      `/api/audit?clientId=${solo.ids.clientId}`,
    );
    expect(audit.body.items[0]).toMatchObject({ action: "client.deleted", metadata: { byRole: "client" } });
  });
});
