import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import type { Database } from "../db/open.ts";
import { createTestDatabase } from "../testing/database.ts";
import { serveWebApp } from "./web-app.ts";

describe("serving the built web app", () => {
  const dist = mkdtempSync(join(tmpdir(), "spotter-dist-"));
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Spotter</title>");
    writeFileSync(join(dist, "assets", "app.js"), "console.log('spotter')");
    database = await createTestDatabase();
    app = await buildApp({ database, logger: false, extend: (a) => serveWebApp(a, dist).then(() => {}) });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves files, falls back to index.html for app routes, keeps /api 404s as JSON", async () => {
    const root = await app.inject({ method: "GET", url: "/" });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain("<title>Spotter</title>");
    expect(root.headers["content-security-policy"]).toContain("default-src 'self'");
    const asset = await app.inject({ method: "GET", url: "/assets/app.js" });
    expect(asset.body).toContain("spotter");
    const deep = await app.inject({ method: "GET", url: "/clients/123?tab=profile" });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers["content-type"]).toContain("text/html");
    const api = await app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("lets browsers keep the hashed assets for a year, and ask again for the page and the service worker", async () => {
    writeFileSync(join(dist, "sw.js"), "self.addEventListener('fetch', () => {})");
    const asset = await app.inject({ method: "GET", url: "/assets/app.js" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // A new deploy must reach the next load: the HTML names the new asset files, the worker its precache.
    for (const url of ["/", "/index.html", "/clients/123", "/sw.js"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["cache-control"], url).toBe("public, max-age=0");
    }
  });

  it("is skipped when the folder has no index.html", async () => {
    const empty = mkdtempSync(join(tmpdir(), "spotter-empty-"));
    try {
      let served = true;
      const db2 = await createTestDatabase();
      const other = await buildApp({
        database: db2,
        logger: false,
        extend: async (a) => {
          served = await serveWebApp(a, empty);
        },
      });
      expect(served).toBe(false);
      await other.close();
      await db2.close();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
