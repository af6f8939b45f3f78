/**
 * Issue 15, one upload per import: the preview keeps the file and answers a token (header
 * spotter-upload-token); a second preview (after mapping names) and the commit send the token
 * instead of the file. The token opens the file only for the same organization, user and client;
 * past its 15 minutes the answer is a 400 naming query.upload that asks for a new preview.
 * Bytes sent are counted: the flow sends the file once instead of two or three times.
 */
import type { ImportSummary } from "@spotter/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREVIEW_UPLOAD_TTL_MS } from "../../src/imports/preview-uploads.ts";
import type { Clock } from "../../src/programming/clock.ts";
import { expectOk } from "../programming/programming-support.ts";
import { createTestApp, createWorld, type Org, type TestApp, type TestClient } from "../support.ts";
import { readReal } from "./realdata.ts";
import { upload } from "./upload.ts";

let t: TestApp;
let a: Org;
let now = Date.parse("2030-03-01T10:00:00Z");
const clock: Clock = { now: () => new Date(now) };
const HEVY = readReal("hevy/hevy_workouts_export.csv");
let sent = 0;

/** A POST to the client's imports, counting the body bytes it sends. */
async function post(caller: TestClient, clientId: string, step: "/preview" | "", file: string | null, query = {}) {
  sent += file === null ? 0 : Buffer.byteLength(file);
  const path = `/api/clients/${clientId}/imports${step}`;
  if (file !== null) return upload<ImportSummary>(caller, path, file, query);
  const qs = new URLSearchParams(query).toString();
  return caller.request<ImportSummary>("POST", `${path}?${qs}`);
}
type ErrorBody = { error: { fields: { path: string; message: string }[] } };

beforeAll(async () => {
  t = await createTestApp({ clock });
  ({ a } = await createWorld(t));
});
afterAll(() => t.close());

describe("import by preview token", () => {
  it("previews once with the file, then re-previews and commits by token: the file is sent once", async () => {
    const first = await post(a.coach, a.ids.clientId, "/preview", HEVY);
    const preview = expectOk<ImportSummary>(first, 200, "preview");
    const token = first.headers.get("spotter-upload-token") ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await post(a.coach, a.ids.clientId, "/preview", null, { upload: token });
    expect(expectOk<ImportSummary>(again, 200, "re-preview").sessions).toEqual(preview.sessions);
    expect(again.headers.get("spotter-upload-token")).toBe(token);
    const committed = expectOk<ImportSummary>(
      await post(a.coach, a.ids.clientId, "", null, { upload: token }),
      201,
      "commit",
    );
    expect(committed.sessions.added).toBe(preview.sessions.added);
    expect(committed.sessions.added).toBeGreaterThan(300);
    // Preview, re-preview and commit sent the file once: before, each step sent it (3x).
    expect(sent).toBe(Buffer.byteLength(HEVY));
    console.info(`import flow bytes sent: ${sent} (file ${Buffer.byteLength(HEVY)}; 3 steps sent ${3 * sent} before)`);
    // Idempotent: a second commit by the same token adds nothing.
    const twice = expectOk<ImportSummary>(
      await post(a.coach, a.ids.clientId, "", null, { upload: token }),
      201,
      "commit again",
    );
    expect(twice.sessions.added).toBe(0);
  });

  it("opens the file only for the same user and client, and asks for a new preview after the TTL", async () => {
    const first = await post(a.coach, a.ids.clientId, "/preview", HEVY);
    const token = first.headers.get("spotter-upload-token") ?? "";
    const expectRefused = async (res: { status: number; body: unknown }) => {
      expect(res.status).toBe(400);
      const field = (res.body as ErrorBody).error.fields.find((f) => f.path === "query.upload");
      expect(field?.message).toMatch(/preview the file again/);
    };
    await expectRefused(await post(a.owner, a.ids.clientId, "", null, { upload: token }));
    await expectRefused(await post(a.coach, a.ids.spareClientId, "", null, { upload: token }));
    now += PREVIEW_UPLOAD_TTL_MS + 1;
    await expectRefused(await post(a.coach, a.ids.clientId, "", null, { upload: token }));
    const bad = await post(a.coach, a.ids.clientId, "", null, { upload: "nope" });
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as ErrorBody).error.fields.map((f) => f.path)).toContain("query.upload");
  });
});
