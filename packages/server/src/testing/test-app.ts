/**
 * A real app on a fresh database, for tests in every package (`@spotter/server/testing`):
 *
 *   const t = await createTestApp();          // fresh isolated database + real listening server
 *   const owner = t.client();                 // browser-like client (cookie jar + x-csrf-token)
 *   await signup(owner);                      // new organization, signed in as owner
 *   const res = await owner.get("/api/clients");
 *   await t.close();                          // stops the server and drops the database
 *
 * Database: PGlite in memory, cloned from a template migrated once per test process; or, when
 * TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test), a brand-new
 * PostgreSQL database per createTestApp() call, dropped on close. `createWorld()` builds two
 * organizations with every role (owner, assigned coach, unassigned coach, client with login).
 * Use `t.app.inject()` for speed when cookies/CSRF are not the point; use `t.client()` for
 * HTTP through the real server.
 */
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.ts";
import { DEFAULT_READ_AUDIT } from "../audit/read-batcher.ts";
import { type AppConfig, RELAXED_LIMITS } from "../config.ts";
import type { Database, Db } from "../db/open.ts";
import type { Clock } from "../programming/clock.ts";
import { createTestDatabase } from "./database.ts";
import { createClient, inviteAndAccept, signup } from "./fixtures.ts";
import { TestClient } from "./http-client.ts";

export type TestApp = {
  app: FastifyInstance;
  db: Db;
  database: Database;
  baseUrl: string;
  /** A new browser-like client with its own cookie jar. */
  client: () => TestClient;
  close: () => Promise<void>;
};

export async function createTestApp(options: { config?: Partial<AppConfig>; clock?: Clock } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    database,
    logger: false,
    // Read-audit events are written before each response here, so a test can read them at once;
    // the batched path (the production default) has its own tests.
    config: { ...RELAXED_LIMITS, readAudit: { ...DEFAULT_READ_AUDIT, maxDelayMs: 0 }, ...options.config },
    clock: options.clock,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const t: TestApp = {
    app,
    db: database.db,
    database,
    baseUrl,
    client: () => new TestClient(baseUrl),
    close: async () => {
      running.delete(baseUrl);
      await app.close();
      await database.close();
    },
  };
  running.set(baseUrl, t);
  return t;
}

const running = new Map<string, TestApp>();

/**
 * The running test app a TestClient talks to: for shared fixtures that only receive HTTP clients
 * (the authorization matrix's) and must set up state no route creates, e.g. a nudge the scheduler
 * would have sent.
 */
export function testAppOf(client: TestClient): TestApp {
  const t = running.get(client.baseUrl);
  if (!t) throw new Error(`no running test app at ${client.baseUrl}`);
  return t;
}

export type Org = {
  owner: TestClient;
  coach: TestClient;
  otherCoach: TestClient;
  client: TestClient;
  ids: {
    organizationId: string;
    ownerId: string;
    ownerEmail: string;
    coachId: string;
    otherCoachId: string;
    /** Assigned to `coach`, with the `client` login. */
    clientId: string;
    clientUserId: string;
    /** Also assigned to `coach`, without a login. */
    spareClientId: string;
  };
};

/** One organization: owner, a coach with two assigned clients (one has a login), an unassigned coach. */
export async function createOrg(t: TestApp, name: string): Promise<Org> {
  const owner = t.client();
  const me = await signup(owner, name);
  const coach = t.client();
  const coachMe = await inviteAndAccept(owner, coach, { role: "coach", name: `${name} coach` });
  const otherCoach = t.client();
  const otherMe = await inviteAndAccept(owner, otherCoach, { role: "coach", name: `${name} other coach` });
  const clientId = await createClient(coach, `${name} client`);
  const client = t.client();
  const clientMe = await inviteAndAccept(coach, client, { role: "client", clientId });
  const spareClientId = await createClient(coach, `${name} spare client`);
  return {
    owner,
    coach,
    otherCoach,
    client,
    ids: {
      organizationId: me.organization.id,
      ownerId: me.user.id,
      ownerEmail: me.email,
      coachId: coachMe.user.id,
      otherCoachId: otherMe.user.id,
      clientId,
      clientUserId: clientMe.user.id,
      spareClientId,
    },
  };
}

/** Two organizations, A and B, each fully populated. */
export async function createWorld(t: TestApp): Promise<{ a: Org; b: Org }> {
  return { a: await createOrg(t, "Org A"), b: await createOrg(t, "Org B") };
}
