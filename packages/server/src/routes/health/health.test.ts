import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/index.ts";

describe("health and API docs", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("reports ok and which database is in use", async () => {
    const res = await t.client().get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: process.env.TEST_DATABASE_URL ? "postgres" : "pglite" });
  });

  it("serves the OpenAPI description at /docs/json and browsable docs at /docs", async () => {
    const json = await t.client().get<{ openapi: string; paths: Record<string, unknown> }>("/docs/json");
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(["/api/clients", "/api/clients/{id}", "/api/auth/login"]),
    );
    const html = await fetch(`${t.baseUrl}/docs/`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain("swagger");
  });
});
