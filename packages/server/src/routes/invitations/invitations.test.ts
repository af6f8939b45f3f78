import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../auth/tokens.ts";
import { invitations } from "../../db/schema.ts";
import { createClient, createTestApp, PASSWORD, signup, type TestApp, uniqueEmail } from "../../testing/index.ts";

describe("invitations", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("owner invites a coach: preview, accept sets the password and signs in; the token works once", async () => {
    const owner = t.client();
    const me = await signup(owner, "Invite Org");
    const email = uniqueEmail("coach");
    const inv = await owner.post<{ token: string; url: string; expiresAt: string }>("/api/invitations", {
      email,
      role: "coach",
    });
    expect(inv.status).toBe(201);
    expect(inv.body.url).toContain(`/invite/${inv.body.token}`);
    const days = (Date.parse(inv.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    // only the hash is stored
    const [row] = await t.db
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashToken(inv.body.token)));
    expect(row?.tokenHash).not.toBe(inv.body.token);
    const anon = t.client();
    expect((await anon.get(`/api/invitations/${inv.body.token}`)).body).toMatchObject({
      organizationName: "Invite Org",
      email,
      role: "coach",
    });
    const acc = await anon.post(`/api/invitations/${inv.body.token}/accept`, { name: "New Coach", password: PASSWORD });
    expect(acc.status).toBe(201);
    expect(acc.body).toMatchObject({ role: "coach", organization: { id: me.organization.id } });
    expect((await anon.get("/api/auth/me")).status).toBe(200);
    expect(
      (await t.client().post(`/api/invitations/${inv.body.token}/accept`, { name: "x", password: PASSWORD })).status,
    ).toBe(404);
  });

  it("a coach invites clients but not coaches; client invites need a visible clientId", async () => {
    const owner = t.client();
    await signup(owner);
    const coach = t.client();
    const email = uniqueEmail("c");
    const inv = await owner.post<{ token: string }>("/api/invitations", { email, role: "coach" });
    await coach.post(`/api/invitations/${inv.body.token}/accept`, { name: "Coach", password: PASSWORD });
    expect((await coach.post("/api/invitations", { email: uniqueEmail(), role: "coach" })).status).toBe(403);
    const missing = await coach.post("/api/invitations", { email: uniqueEmail(), role: "client" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { fields: [{ path: "body.clientId" }] } });
    const ownersClient = await createClient(owner, "Owner's client");
    expect(
      (await coach.post("/api/invitations", { email: uniqueEmail(), role: "client", clientId: ownersClient })).status,
    ).toBe(404);
    const mine = await createClient(coach, "Mine");
    const clientInv = await coach.post<{ token: string }>("/api/invitations", {
      email: uniqueEmail(),
      role: "client",
      clientId: mine,
    });
    const client = t.client();
    const acc = await client.post(`/api/invitations/${clientInv.body.token}/accept`, {
      name: "Me",
      password: PASSWORD,
    });
    expect(acc.body).toMatchObject({ role: "client", clientId: mine });
    expect(
      (await coach.post("/api/invitations", { email: uniqueEmail(), role: "client", clientId: mine })).status,
    ).toBe(409);
  });

  it("an expired invitation answers 410 invitation_expired", async () => {
    const owner = t.client();
    await signup(owner);
    const inv = await owner.post<{ id: string; token: string }>("/api/invitations", {
      email: uniqueEmail(),
      role: "coach",
    });
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, inv.body.id));
    const preview = await t.client().get(`/api/invitations/${inv.body.token}`);
    expect(preview.status).toBe(410);
    expect(preview.body).toMatchObject({ error: { code: "invitation_expired" } });
    const accept = await t
      .client()
      .post(`/api/invitations/${inv.body.token}/accept`, { name: "Late", password: PASSWORD });
    expect(accept.status).toBe(410);
  });
});
