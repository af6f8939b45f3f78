import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { type AppConfig, configFromEnv, parseTrustProxy } from "../src/config.ts";
import type { Database } from "../src/db/open.ts";
import { createTestDatabase, PASSWORD, uniqueEmail } from "./support.ts";

/**
 * Issue 11: spraying across accounts was unlimited, guesses scaled with source addresses, a victim
 * sharing an address was locked out, a trusted proxy let the caller pick its address, sign-up had no
 * limit. Every case here runs on the app's injected clock: time moves only when the test moves it.
 */
type Harness = Awaited<ReturnType<typeof harness>>;
const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function harness(config: Partial<AppConfig> = {}) {
  let now = Date.parse("2026-03-02T09:00:00Z");
  const database: Database = await createTestDatabase();
  const app = await buildApp({ database, logger: false, config, clock: { now: () => new Date(now) } });
  const h = {
    app,
    database,
    advance: (ms: number) => {
      now += ms;
    },
    login: (email: string, password: string, opts: { ip?: string; headers?: Record<string, string> } = {}) =>
      app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email, password },
        remoteAddress: opts.ip ?? "203.0.113.7",
        headers: opts.headers ?? {},
      }),
    signup: (email = uniqueEmail("thr"), ip = "203.0.113.7", headers: Record<string, string> = {}) =>
      app.inject({
        method: "POST",
        url: "/api/auth/signup",
        payload: { organizationName: "Throttle", name: "T", email, password: PASSWORD },
        remoteAddress: ip,
        headers,
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
  open.push(h);
  return h;
}

const deviceCookie = (res: { headers: Record<string, unknown> }) =>
  ([res.headers["set-cookie"]].flat() as string[]).find((c) => c.startsWith("spotter_device="))?.split(";")[0] ?? "";

describe("sign-in throttling", () => {
  it("per account: free failures, then a doubling delay capped at a minute, never a lockout of the owner", async () => {
    const h = await harness({ throttle: { signup: { perAddress: 100, global: 100, windowMs: 3_600_000 } } });
    const email = uniqueEmail("owner");
    expect((await h.signup(email)).statusCode).toBe(201);
    // Guesses from many addresses: the account's counter is shared by all of them.
    for (let i = 0; i < 5; i++)
      expect((await h.login(email, "wrong-guess", { ip: `198.51.100.${i}` })).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const blocked = await h.login(email, "wrong-guess", { ip: `198.51.100.${20 + i}` });
      expect(blocked.statusCode).toBe(429);
      const wait = Number(blocked.headers["retry-after"]);
      waits.push(wait);
      h.advance(wait * 1000);
      expect((await h.login(email, "wrong-guess", { ip: `198.51.100.${40 + i}` })).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    // The owner, from a new browser, waits at most the cap and is then let in.
    const owner = await h.login(email, PASSWORD, { ip: "192.0.2.1" });
    expect(owner.statusCode).toBe(429);
    expect(Number(owner.headers["retry-after"])).toBeLessThanOrEqual(60);
    h.advance(60_000);
    expect((await h.login(email, PASSWORD, { ip: "192.0.2.1" })).statusCode).toBe(200);
  });

  it("a browser that signed in before is not delayed by a guesser sharing its address", async () => {
    const h = await harness({ throttle: { signup: { perAddress: 100, global: 100, windowMs: 3_600_000 } } });
    const email = uniqueEmail("shared");
    await h.signup(email);
    const first = await h.login(email, PASSWORD, { ip: "203.0.113.50" });
    const device = deviceCookie(first);
    expect(device).toMatch(/^spotter_device=[\w-]+\.[\w-]+$/);
    for (let i = 0; i < 40; i++) await h.login(email, "guess", { ip: "203.0.113.50" });
    expect((await h.login(email, PASSWORD, { ip: "203.0.113.50" })).statusCode).toBe(429);
    expect((await h.login(email, PASSWORD, { ip: "203.0.113.50", headers: { cookie: device } })).statusCode).toBe(200);
    // The cookie is bound to its account: it does not exempt guesses at another one.
    const other = uniqueEmail("other");
    await h.signup(other);
    for (let i = 0; i < 5; i++) await h.login(other, "guess", { headers: { cookie: device } });
    expect((await h.login(other, "guess", { headers: { cookie: device } })).statusCode).toBe(429);
  });

  it("per source address: spraying one password over many accounts stops at the address limit", async () => {
    const h = await harness({ loginRateLimit: { max: 30, windowMs: 15 * 60_000 } });
    for (let i = 0; i < 30; i++)
      expect((await h.login(uniqueEmail(`spray${i}`), "Summer2026!", { ip: "198.51.100.9" })).statusCode).toBe(401);
    const blocked = await h.login(uniqueEmail("spray-next"), "Summer2026!", { ip: "198.51.100.9" });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBe(900);
    expect((await h.login(uniqueEmail("elsewhere"), "x", { ip: "198.51.100.10" })).statusCode).toBe(401);
    h.advance(15 * 60_000);
    expect((await h.login(uniqueEmail("later"), "Summer2026!", { ip: "198.51.100.9" })).statusCode).toBe(401);
  });

  it("X-Forwarded-For is believed only from a configured proxy address", async () => {
    const spray = async (h: Harness, proxy: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await h.login(uniqueEmail("xff"), "guess", { ip: proxy, headers: { "x-forwarded-for": `10.9.8.${i}` } }))
            .statusCode,
        );
      return statuses;
    };
    // Not configured: the header is ignored, so rotating it does not escape the address limit.
    const none = await harness({ loginRateLimit: { max: 3, windowMs: 60_000 } });
    expect(await spray(none, "203.0.113.99")).toEqual([401, 401, 401, 429]);
    // A listed proxy: each forwarded client is its own address.
    const trusted = await harness({ loginRateLimit: { max: 3, windowMs: 60_000 }, trustProxy: ["203.0.113.99"] });
    expect(await spray(trusted, "203.0.113.99")).toEqual([401, 401, 401, 401]);
    // The same header from an address that is not the proxy is ignored.
    expect(await spray(trusted, "198.51.100.77")).toEqual([401, 401, 401, 429]);
  });
});

describe("sign-up throttling and generic answers", () => {
  it("limits sign-ups per address and globally", async () => {
    const h = await harness({ throttle: { signup: { perAddress: 2, global: 3, windowMs: 3_600_000 } } });
    expect((await h.signup(undefined, "198.51.100.1")).statusCode).toBe(201);
    expect((await h.signup(undefined, "198.51.100.1")).statusCode).toBe(201);
    expect((await h.signup(undefined, "198.51.100.1")).statusCode).toBe(429);
    expect((await h.signup(undefined, "198.51.100.2")).statusCode).toBe(201);
    const global = await h.signup(undefined, "198.51.100.3");
    expect(global.statusCode).toBe(429);
    expect(Number(global.headers["retry-after"])).toBe(3600);
    h.advance(3_600_000);
    expect((await h.signup(undefined, "198.51.100.3")).statusCode).toBe(201);
  });

  it("a taken email at sign-up gets a message that does not say so", async () => {
    const h = await harness();
    const email = uniqueEmail("taken");
    await h.signup(email);
    const again = await h.signup(email.toUpperCase(), "198.51.100.4");
    expect(again.statusCode).toBe(409);
    expect(again.body).not.toMatch(/exist|already|taken|registered/i);
  });

  it("accepting an invitation for an address with an account: its password joins, anything else is generic", async () => {
    const h = await harness();
    const owner = await h.signup(uniqueEmail("inv-owner"));
    const cookie = String(owner.headers["set-cookie"]).split(";")[0] ?? "";
    const csrf = (owner.json() as { csrfToken: string }).csrfToken;
    const existing = uniqueEmail("inv-existing");
    await h.signup(existing, "198.51.100.5");
    const invite = await h.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { email: existing, role: "coach" },
    });
    const token = (invite.json() as { token: string }).token;
    const accept = (password: string) =>
      h.app.inject({ method: "POST", url: `/api/invitations/${token}/accept`, payload: { name: "Joiner", password } });
    const wrong = await accept("not-their-password");
    expect(wrong.statusCode).toBe(409);
    expect(wrong.body).not.toMatch(/exist|already|account/i);
    const right = await accept(PASSWORD);
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({ role: "coach", user: { email: existing } });
  });
});

describe("proxy and cookie configuration from the environment", () => {
  it("SPOTTER_TRUST_PROXY lists proxy addresses; nothing is trusted unless named", () => {
    expect(parseTrustProxy("")).toEqual([]);
    expect(parseTrustProxy("false")).toEqual([]);
    expect(parseTrustProxy("true")).toEqual(["loopback"]);
    expect(parseTrustProxy("10.0.0.2, 192.168.0.0/16")).toEqual(["10.0.0.2", "192.168.0.0/16"]);
    expect(configFromEnv({}).trustProxy).toBeUndefined();
    expect(configFromEnv({ SPOTTER_PUBLIC_URL: "https://coach.example.com/" }).publicUrl).toBe(
      "https://coach.example.com",
    );
  });
});
