import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createOrg, createTestApp, type TestApp } from "../support.ts";

type Row = { action: string; actor: string | null; client_id: string | null; ip: string | null };

/**
 * Issue 12: read-audit events leave the request's commit path. They are written in batches (one
 * INSERT for many reads) within the configured delay, on close, or when a batch fills; changes keep
 * their event in their own transaction.
 */
describe("batched read audit", () => {
  let t: TestApp;
  // A delay no test waits for: only a full batch, a flush or close writes.
  beforeAll(async () => {
    t = await createTestApp({ config: { readAudit: { maxDelayMs: 60_000, maxBatch: 4, maxPending: 1_000 } } });
  });
  afterAll(() => t.close());

  const events = (organizationId: string, action: string) =>
    t.database.query<Row>(
      "select action, actor_user_id as actor, client_id, ip from audit_events where organization_id = $1 and action = $2",
      [organizationId, action],
    );

  it("queues a read's event and writes it on flush with who, what and from where", async () => {
    const org = await createOrg(t, "Batch");
    await t.app.readAudit.flush();
    expect((await org.coach.get(`/api/clients/${org.ids.clientId}`)).status).toBe(200);
    expect(await events(org.ids.organizationId, "client.read")).toEqual([]);
    expect(t.app.readAudit.size).toBe(1);
    await t.app.readAudit.flush();
    expect(await events(org.ids.organizationId, "client.read")).toEqual([
      { action: "client.read", actor: org.ids.coachId, client_id: org.ids.clientId, ip: "127.0.0.1" },
    ]);
  });

  it("a change's event commits with the change, not in the batch", async () => {
    const org = await createOrg(t, "Write");
    await t.app.readAudit.flush();
    const id = await createClient(org.coach, "Written now");
    const created = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'client.created' and entity_id = $1",
      [id],
    );
    expect(created[0]?.n).toBe(1);
    expect(t.app.readAudit.size).toBe(0);
  });

  it("a full batch is written without waiting, as one INSERT", async () => {
    const org = await createOrg(t, "Full");
    await t.app.readAudit.flush();
    for (let i = 0; i < 4; i++) expect((await org.coach.get("/api/clients")).status).toBe(200);
    // The fourth read filled the batch: it is being written; flush only waits for that write.
    expect(t.app.readAudit.size).toBe(0);
    await t.app.readAudit.flush();
    expect(await events(org.ids.organizationId, "client.list")).toHaveLength(4);
  });

  it("an actor deleted before the write leaves the event with no actor; a deleted organization's events go with it", async () => {
    const org = await createOrg(t, "Gone");
    const other = await createOrg(t, "GoneOrg");
    await t.app.readAudit.flush();
    expect((await org.otherCoach.get("/api/clients")).status).toBe(200);
    expect((await other.coach.get("/api/clients")).status).toBe(200);
    await t.database.query("delete from users where id = $1", [org.ids.otherCoachId]);
    await t.database.query("delete from organizations where id = $1", [other.ids.organizationId]);
    await t.app.readAudit.flush();
    expect(await events(org.ids.organizationId, "client.list")).toEqual([
      { action: "client.list", actor: null, client_id: null, ip: "127.0.0.1" },
    ]);
    expect(await events(other.ids.organizationId, "client.list")).toEqual([]);
  });

  it("closing the app writes what is still queued", async () => {
    const own = await createTestApp({
      config: { readAudit: { maxDelayMs: 60_000, maxBatch: 100, maxPending: 1_000 } },
    });
    const org = await createOrg(own, "Close");
    await own.app.readAudit.flush();
    expect((await org.coach.get("/api/clients")).status).toBe(200);
    expect(own.app.readAudit.size).toBe(1);
    await own.app.close();
    const rows = await own.database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where organization_id = $1 and action = 'client.list'",
      [org.ids.organizationId],
    );
    expect(rows[0]?.n).toBe(1);
    await own.database.close();
  });
});
