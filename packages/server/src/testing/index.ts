/**
 * @spotter/server/testing: test helpers for the server's own tests and for other packages' tests
 * (web e2e, cli). Never imported by production code: the app, the CLI's commands and the demo
 * only use `@spotter/server` (Biome's noRestrictedImports enforces that).
 */
export { createTestDatabase, createTestPglite, createTestPostgres } from "./database.ts";
export { createClient, inviteAndAccept, login, PASSWORD, profileInput, signup, uniqueEmail } from "./fixtures.ts";
export { TestClient, type TestResponse } from "./http-client.ts";
export { createOrg, createTestApp, createWorld, type Org, type TestApp, testAppOf } from "./test-app.ts";
