import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, createTestApp, type Org, type TestApp } from "../testing/index.ts";

/** What @fastify/helmet wrote with app.ts's options (recorded from it), in its order. */
const HELMET: [string, string][] = [
  [
    "content-security-policy",
    "default-src 'self';base-uri 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
  ],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
  ["origin-agent-cluster", "?1"],
  ["referrer-policy", "no-referrer"],
  ["strict-transport-security", "max-age=31536000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-dns-prefetch-control", "off"],
  ["x-download-options", "noopen"],
  ["x-frame-options", "SAMEORIGIN"],
  ["x-permitted-cross-domain-policies", "none"],
  ["x-xss-protection", "0"],
];

describe("security headers (helmet built once, http/security-headers.ts)", () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t, "Headers");
  });
  afterAll(() => t.close());

  it("every answer carries the same helmet headers first, in order: 200, 401, 404, health", async () => {
    const cookie = org.coach.cookie ?? "";
    for (const [url, status, headers] of [
      ["/api/clients", 200, { cookie }],
      ["/api/queue/levels", 200, { cookie }],
      ["/api/auth/me", 401, {}],
      ["/api/nope", 404, {}],
      ["/api/health", 200, {}],
    ] as const) {
      const res = await t.app.inject({ method: "GET", url, headers });
      expect(res.statusCode, url).toBe(status);
      expect(Object.entries(res.headers).slice(0, HELMET.length), url).toEqual(HELMET);
      expect(res.headers["x-powered-by"], url).toBeUndefined();
    }
  });
});
