import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueEmails } from "../../src/notifications/deliver.ts";
import { createSmtpMailer, type MailConfig, type Mailer } from "../../src/notifications/mailer.ts";
import { startTestSmtp, type TestSmtp, toAddresses } from "../notifications/smtp.ts";
import { createClient, createOrg, createTestApp, login, type TestApp, uniqueEmail } from "../support.ts";

type Members = { items: { userId: string; status: string; deactivatedAt: string | null }[] };
type Capacity = {
  coaches: {
    userId: string;
    status: string;
    activeClients: number;
    reviewsPerWeek: number;
    byTier: { tierName: string; clients: number; reviewsPerWeek: number }[];
  }[];
};

/** Issue 11, items 4 and 7: the owner's team — deactivation, reassignment with notes, invitations, capacity. */
describe("team management", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("a deactivated coach's NEXT request with the same cookie is refused; reactivating restores access", async () => {
    const org = await createOrg(t, "Deactivate");
    // Warm whatever caches the session: the coach has just been served.
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(200);
    expect((await org.coach.get("/api/auth/me")).status).toBe(200);
    const url = `/api/members/${org.ids.coachId}/deactivate`;
    expect((await org.otherCoach.post(url)).status).toBe(403);
    const done = await org.owner.post<{ status: string }>(url);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("deactivated");
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(401);
    expect((await org.coach.get("/api/auth/me")).status).toBe(401);
    const refused = await t.client().post("/api/auth/login", {
      email: (await t.database.query<{ email: string }>("select email from users where id = $1", [org.ids.coachId]))[0]
        ?.email,
      password: "correct horse battery staple",
    });
    expect(refused.status).toBe(401);
    const list = await org.owner.get<Members>("/api/members");
    expect(list.body.items.find((m) => m.userId === org.ids.coachId)?.status).toBe("deactivated");
    // Their clients stay theirs while deactivated; nobody can hand a client to a deactivated coach.
    const toDeactivated = await org.owner.post("/api/members/reassign", {
      clientIds: [org.ids.clientId],
      toCoachUserId: org.ids.coachId,
    });
    expect(toDeactivated.status).toBe(400);
    // The single-client assignment refuses them too, naming the field.
    const assigned = await org.owner.post<{ error: { fields: { path: string }[] } }>(
      `/api/clients/${org.ids.clientId}/assign`,
      { coachUserId: org.ids.coachId },
    );
    expect(assigned.status).toBe(400);
    expect(assigned.body.error.fields.map((f) => f.path)).toContain("body.coachUserId");
    expect((await org.owner.post(url)).status).toBe(409);

    expect((await org.owner.post(`/api/members/${org.ids.coachId}/reactivate`)).status).toBe(200);
    const [row] = await t.database.query<{ email: string }>("select email from users where id = $1", [org.ids.coachId]);
    const back = t.client();
    await login(back, row?.email ?? "");
    expect((await back.get(`/api/clients/${org.ids.clientId}`)).status).toBe(200);
    const audit = await t.database.query<{ action: string }>(
      "select action from audit_events where entity_id = $1 and action like 'member.%' order by at",
      [org.ids.coachId],
    );
    expect(audit.map((a) => a.action)).toEqual(["member.deactivated", "member.reactivated"]);
  });

  it("lists only the roles asked for, counts client logins either way, and names a bad role", async () => {
    const org = await createOrg(t, "Roles");
    type Listed = { items: { userId: string; role: string }[]; clientLogins: number };
    const everyone = await org.owner.get<Listed>("/api/members");
    expect(everyone.status).toBe(200);
    expect(everyone.body.items.map((m) => m.role).sort()).toEqual(["client", "coach", "coach", "owner"]);
    expect(everyone.body.clientLogins).toBe(1);
    const staff = await org.owner.get<Listed>("/api/members?roles=owner,coach");
    expect(staff.status).toBe(200);
    expect(new Set(staff.body.items.map((m) => m.userId))).toEqual(
      new Set([org.ids.ownerId, org.ids.coachId, org.ids.otherCoachId]),
    );
    expect(staff.body.clientLogins).toBe(1);
    const bad = await org.owner.get<{ error: { fields: { path: string }[] } }>("/api/members?roles=owner,admin");
    expect(bad.status).toBe(400);
    // The second item is the bad one.
    expect(bad.body.error.fields.map((f) => f.path)).toEqual(["query.roles.1"]);
  });

  it("refuses to deactivate the owner or oneself, and another organization's members are not found", async () => {
    const a = await createOrg(t, "DeA");
    const b = await createOrg(t, "DeB");
    expect((await a.owner.post(`/api/members/${a.ids.ownerId}/deactivate`)).status).toBe(409);
    expect((await b.owner.post(`/api/members/${a.ids.coachId}/deactivate`)).status).toBe(404);
    expect((await a.coach.get("/api/auth/me")).status).toBe(200);
  });

  it("reassigns clients in bulk with a hand-over note the receiving coach reads; the old coach loses them", async () => {
    const org = await createOrg(t, "Handover");
    const note = "Left knee: no deep flexion yet. Prefers morning check-ins.";
    const res = await org.owner.post<{ reassigned: number }>("/api/members/reassign", {
      clientIds: [org.ids.clientId, org.ids.spareClientId],
      toCoachUserId: org.ids.otherCoachId,
      note,
    });
    expect(res.status).toBe(200);
    expect(res.body.reassigned).toBe(2);
    const notes = await org.otherCoach.get<{ items: { note: string; from: { id: string }; to: { id: string } }[] }>(
      `/api/members/handover-notes/${org.ids.clientId}`,
    );
    expect(notes.status).toBe(200);
    expect(notes.body.items[0]).toMatchObject({
      note,
      from: { id: org.ids.coachId },
      to: { id: org.ids.otherCoachId },
    });
    expect((await org.coach.get(`/api/members/handover-notes/${org.ids.clientId}`)).status).toBe(404);
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(404);
    // A single client back, no note: nothing new to read.
    expect(
      (
        await org.owner.post("/api/members/reassign", {
          clientIds: [org.ids.spareClientId],
          toCoachUserId: org.ids.coachId,
        })
      ).status,
    ).toBe(200);
    const other = await createOrg(t, "HandoverElse");
    const foreign = await org.owner.post("/api/members/reassign", {
      clientIds: [other.ids.clientId],
      toCoachUserId: org.ids.coachId,
    });
    expect(foreign.status).toBe(404);
    const exported = await org.owner.get<{ records: { handoverNotes: { note: string }[] } }>(
      `/api/clients/${org.ids.clientId}/export`,
    );
    expect(exported.body.records.handoverNotes.map((n) => n.note)).toEqual([note]);
  });

  it("removing a coach hands their clients over with the note", async () => {
    const org = await createOrg(t, "RemoveNote");
    const res = await org.owner.post(`/api/members/${org.ids.coachId}/remove`, {
      reassignTo: org.ids.otherCoachId,
      note: "Both clients were told about the change.",
    });
    expect(res.status).toBe(200);
    const notes = await org.otherCoach.get<{ items: { note: string }[] }>(
      `/api/members/handover-notes/${org.ids.spareClientId}`,
    );
    expect(notes.body.items.map((n) => n.note)).toEqual(["Both clients were told about the change."]);
  });

  it("shows each coach's active clients and the reviews per week their tiers promise", async () => {
    const org = await createOrg(t, "Capacity");
    const weekly = await org.owner.post<{ id: string }>("/api/tiers", {
      name: "Weekly",
      price: { amountMinor: 9900, currency: "EUR", period: "month" },
      reviewCadence: "weekly",
      responseHours: { yellow: 24, red: 4 },
      autoApplyKinds: [],
    });
    const daily = await org.owner.post<{ id: string }>("/api/tiers", {
      name: "Daily",
      price: { amountMinor: 29900, currency: "EUR", period: "month" },
      reviewCadence: "daily",
      responseHours: { yellow: 12, red: 2 },
      autoApplyKinds: [],
    });
    expect([weekly.status, daily.status]).toEqual([201, 201]);
    const third = await createClient(org.coach, "Capacity third");
    await org.owner.request("PUT", `/api/clients/${org.ids.clientId}/tier`, { tierId: weekly.body.id });
    await org.owner.request("PUT", `/api/clients/${org.ids.spareClientId}/tier`, { tierId: daily.body.id });
    await org.owner.request("PUT", `/api/clients/${third}/tier`, { tierId: daily.body.id });
    const res = await org.owner.get<Capacity>("/api/members/capacity");
    expect(res.status).toBe(200);
    const coach = res.body.coaches.find((c) => c.userId === org.ids.coachId);
    expect(coach).toMatchObject({ activeClients: 3, reviewsPerWeek: 15 });
    expect(coach?.byTier).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tierName: "Daily", clients: 2, reviewsPerWeek: 14 }),
        expect.objectContaining({ tierName: "Weekly", clients: 1, reviewsPerWeek: 1 }),
      ]),
    );
    expect(res.body.coaches.find((c) => c.userId === org.ids.otherCoachId)).toMatchObject({ activeClients: 0 });
    expect((await org.coach.get("/api/members/capacity")).status).toBe(403);
  });
});

describe("pending invitations", () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let mail: MailConfig;
  beforeAll(async () => {
    t = await createTestApp({ config: { publicUrl: "https://spotter.test" } });
    smtp = await startTestSmtp();
    mail = { smtpUrl: smtp.url, from: "Spotter <no-reply@spotter.test>", publicUrl: "https://spotter.test" };
    mailer = createSmtpMailer(mail);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await t.close();
  });

  it("lists them (owner: all, coach: own), resend emails a new link, revoke removes it from the list", async () => {
    const org = await createOrg(t, "Pending");
    const email = uniqueEmail("newcoach");
    const sent = await org.owner.post<{ id: string; token: string }>("/api/invitations", { email, role: "coach" });
    expect(sent.status).toBe(201);
    const byCoach = await org.coach.post<{ id: string }>("/api/invitations", {
      email: uniqueEmail("client"),
      role: "client",
      clientId: org.ids.spareClientId,
    });
    type List = { items: { id: string; email: string; expired: boolean; invitedBy: { id: string } | null }[] };
    const all = await org.owner.get<List>("/api/invitations");
    expect(all.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([sent.body.id, byCoach.body.id]));
    expect(all.body.items.find((i) => i.id === sent.body.id)).toMatchObject({ email, expired: false });
    const mine = await org.coach.get<List>("/api/invitations");
    expect(mine.body.items.map((i) => i.id)).toEqual([byCoach.body.id]);
    expect((await org.client.get("/api/invitations")).status).toBe(403);

    const resent = await org.owner.post<{ token: string }>(`/api/invitations/${sent.body.id}/resend`);
    expect(resent.status).toBe(200);
    await deliverDueEmails(t.database, { mailer, mail, now: t.app.clock.now() });
    const got = smtp.received.filter((m) => toAddresses(m).includes(email));
    expect(got).toHaveLength(2);
    // Both links went out (delivery order is not guaranteed); only the new one still works.
    const texts = got.map((m) => m.text ?? "").join("\n");
    expect(texts).toContain(`https://spotter.test/invite/${resent.body.token}`);
    expect(texts).toContain(`/invite/${sent.body.token}`);
    expect((await t.client().get(`/api/invitations/${sent.body.token}`)).status).toBe(404);

    expect((await org.owner.post(`/api/invitations/${sent.body.id}/revoke`)).status).toBe(200);
    const after = await org.owner.get<List>("/api/invitations");
    expect(after.body.items.map((i) => i.id)).not.toContain(sent.body.id);
  });
});
