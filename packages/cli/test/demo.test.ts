import { clientProfileSchema } from "@spotter/contracts";
import { buildApp, type Database, schema } from "@spotter/server";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_COACH_EMAIL, DEMO_EMAIL, ensureDemo } from "../src/demo/ensure-demo.ts";
import { DEMO_CLIENTS } from "../src/demo/roster.ts";
import { freshPglite } from "./databases.ts";

describe("spotter demo", () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshPglite();
  });
  afterAll(() => database.close());

  it("has 18 varied, valid clients: every goal, beginners to advanced, injuries, home and gym", () => {
    expect(DEMO_CLIENTS).toHaveLength(18);
    const profiles = DEMO_CLIENTS.map((c) => clientProfileSchema.parse(c.profile));
    expect(new Set(profiles.map((p) => p.goals.primary)).size).toBe(6);
    expect(Math.min(...profiles.map((p) => p.trainingAgeMonths))).toBe(0);
    expect(Math.max(...profiles.map((p) => p.trainingAgeMonths))).toBeGreaterThanOrEqual(96);
    expect(profiles.filter((p) => p.injuries.some((i) => i.status === "active")).length).toBeGreaterThanOrEqual(4);
    expect(new Set(profiles.map((p) => p.defaultLocationId))).toEqual(new Set(["gym", "home", "hotel"]));
    expect(new Set(profiles.map((p) => p.schedule.daysPerWeek)).size).toBeGreaterThanOrEqual(4);
  });

  it("is idempotent and the printed login works through the API", async () => {
    const first = await ensureDemo(database);
    const second = await ensureDemo(database);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    const [clients] = await database.db.select({ n: count() }).from(schema.clients);
    expect(Number(clients?.n)).toBe(18);
    const app = await buildApp({ database, logger: false });
    try {
      const stale = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: DEMO_EMAIL, password: first.password },
      });
      expect(stale.statusCode).toBe(401);
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: DEMO_EMAIL, password: second.password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
      const list = await app.inject({ method: "GET", url: "/api/clients?pageSize=100", headers: { cookie } });
      expect(list.json()).toMatchObject({ total: 17 }); // one demo client is archived
      // The second coach signs in with the printed password and sees only their own clients.
      const riley = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: DEMO_COACH_EMAIL, password: second.password },
      });
      expect(riley.statusCode).toBe(200);
      const rileyCookie = String(riley.headers["set-cookie"]).split(";")[0] ?? "";
      const theirs = await app.inject({
        method: "GET",
        url: "/api/clients?pageSize=100",
        headers: { cookie: rileyCookie },
      });
      expect(theirs.json<{ total: number }>().total).toBeGreaterThan(0);
      expect(theirs.json<{ total: number }>().total).toBeLessThan(17);
    } finally {
      await app.close();
    }
  });
});
