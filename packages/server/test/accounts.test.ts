import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, login, PASSWORD, type TestApp } from "./support.ts";

/** Issue 11, item 4: access that can be revoked, and is revoked the moment it is. */
describe("accounts and access", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("a password change ends every other session; the new password works, the old does not", async () => {
    const org = await createOrg(t, "Pw");
    const other = t.client();
    await login(other, org.ids.ownerEmail);
    expect((await other.get("/api/auth/me")).status).toBe(200);
    const wrong = await org.owner.post("/api/auth/password", {
      currentPassword: "not-it-at-all",
      newPassword: "a new long password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { fields: [{ path: "body.currentPassword" }] } });
    const changed = await org.owner.post("/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "a new long password",
    });
    expect(changed.status).toBe(200);
    expect((await other.get("/api/auth/me")).status).toBe(401);
    expect((await org.owner.get("/api/auth/me")).status).toBe(200);
    expect((await t.client().post("/api/auth/login", { email: org.ids.ownerEmail, password: PASSWORD })).status).toBe(
      401,
    );
    expect(
      (await t.client().post("/api/auth/login", { email: org.ids.ownerEmail, password: "a new long password" })).status,
    ).toBe(200);
    const audit = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'auth.password_changed' and entity_id = $1",
      [org.ids.ownerId],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it("sign out everywhere ends every session of the user, this one included", async () => {
    const org = await createOrg(t, "Everywhere");
    const phone = t.client();
    await login(phone, org.ids.ownerEmail);
    expect((await org.owner.request("DELETE", "/api/auth/sessions")).status).toBe(200);
    expect((await org.owner.get("/api/auth/me")).status).toBe(401);
    expect((await phone.get("/api/auth/me")).status).toBe(401);
    expect((await org.coach.get("/api/auth/me")).status).toBe(200);
  });

  it("an owner removes a coach: access ends that second and the clients go to the chosen coach", async () => {
    const org = await createOrg(t, "Remove");
    const url = `/api/members/${org.ids.coachId}/remove`;
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(200);
    expect((await org.otherCoach.post(url, { reassignTo: org.ids.otherCoachId })).status).toBe(403);
    const missing = await org.owner.post(url, {});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { fields: [{ path: "body.reassignTo" }] } });
    const self = await org.owner.post(url, { reassignTo: org.ids.coachId });
    expect(self.status).toBe(400);
    expect((await org.owner.post(url, { reassignTo: org.ids.otherCoachId })).status).toBe(200);
    // The removed coach's very next request, and a fresh sign-in, are refused.
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(401);
    expect((await org.coach.get("/api/auth/me")).status).toBe(401);
    const members = await org.owner.get<{ items: { userId: string }[] }>("/api/members");
    expect(members.body.items.map((m) => m.userId)).not.toContain(org.ids.coachId);
    for (const id of [org.ids.clientId, org.ids.spareClientId]) {
      const seen = await org.otherCoach.get<{ coach: { id: string } | null }>(`/api/clients/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.coach?.id).toBe(org.ids.otherCoachId);
    }
    expect((await org.owner.post(url, { reassignTo: org.ids.otherCoachId })).status).toBe(404);
    expect((await org.owner.post(`/api/members/${org.ids.ownerId}/remove`, {})).status).toBe(409);
  });

  it("removing a client's login ends it and leaves the client record with the coach", async () => {
    const org = await createOrg(t, "RemoveClient");
    expect((await org.client.get("/api/auth/me")).status).toBe(200);
    expect((await org.owner.post(`/api/members/${org.ids.clientUserId}/remove`, {})).status).toBe(200);
    expect((await org.client.get("/api/auth/me")).status).toBe(401);
    const record = await org.coach.get<{ email: string | null }>(`/api/clients/${org.ids.clientId}`);
    expect(record.status).toBe(200);
  });

  it("an owner in another organization cannot remove this one's members", async () => {
    const a = await createOrg(t, "OrgA");
    const b = await createOrg(t, "OrgB");
    expect((await b.owner.post(`/api/members/${a.ids.coachId}/remove`, { reassignTo: b.ids.coachId })).status).toBe(
      404,
    );
    expect((await a.coach.get("/api/auth/me")).status).toBe(200);
  });
});

describe("invitation revoke and resend", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("revoke kills the link at once; resend issues a new link and kills the old one; only the sender or owner may", async () => {
    const org = await createOrg(t, "Invites");
    const send = async () =>
      (
        await org.coach.post<{ id: string; token: string }>("/api/invitations", {
          email: `pending-${Math.random().toString(36).slice(2)}@example.com`,
          role: "client",
          clientId: org.ids.spareClientId,
        })
      ).body;
    const first = await send();
    expect((await t.client().get(`/api/invitations/${first.token}`)).status).toBe(200);
    expect((await org.otherCoach.post(`/api/invitations/${first.id}/revoke`)).status).toBe(404);
    expect((await org.coach.post(`/api/invitations/${first.id}/revoke`)).status).toBe(200);
    expect((await t.client().get(`/api/invitations/${first.token}`)).status).toBe(404);
    expect((await org.coach.post(`/api/invitations/${first.id}/revoke`)).status).toBe(404);

    const second = await send();
    const resent = await org.owner.post<{ id: string; token: string; url: string }>(
      `/api/invitations/${second.id}/resend`,
    );
    expect(resent.status).toBe(200);
    expect(resent.body.id).toBe(second.id);
    expect(resent.body.token).not.toBe(second.token);
    expect(resent.body.url).toContain(`/invite/${resent.body.token}`);
    expect((await t.client().get(`/api/invitations/${second.token}`)).status).toBe(404);
    expect((await t.client().get(`/api/invitations/${resent.body.token}`)).status).toBe(200);
    const other = await createOrg(t, "Elsewhere");
    expect((await other.owner.post(`/api/invitations/${second.id}/resend`)).status).toBe(404);
    const audit = await t.database.query<{ action: string }>(
      "select action from audit_events where entity_id in ($1, $2) order by at",
      [first.id, second.id],
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["invitation.revoked", "invitation.resent"]));
  });
});
