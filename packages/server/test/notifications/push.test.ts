/**
 * Browser notifications over real HTTP: a member subscribes two devices, a notification is pushed
 * through the Web Push protocol (web-push's aes128gcm encryption and VAPID signature) to an
 * in-process HTTP server playing the push service, which decrypts what arrived with the device's
 * keys (RFC 8291); the device whose service answers 410 is unsubscribed; a 503 is retried with
 * backoff; switching a kind's push off, and unsubscribing, stop it. PGlite, and PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { createDecipheriv, createECDH, type ECDH, hkdfSync, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "../../src/notifications/notify.ts";
import { deliverDuePushes } from "../../src/notifications/push-deliver.ts";
import { vapidKeys } from "../../src/notifications/push-keys.ts";
import { webPushSender } from "../../src/notifications/push-sender.ts";
import { createTestApp, signup, type TestApp, type TestClient } from "../support.ts";

type Received = { path: string; headers: Record<string, string | string[] | undefined>; body: Buffer };
const received: Received[] = [];
let service: Server;
let origin: string;
let t: TestApp;
let owner: TestClient;
let organizationId: string;
let ownerId: string;

beforeAll(async () => {
  // The push service: /ok/* accepts (201), /gone/* says the subscription expired (410), /busy/* 503.
  service = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = path.startsWith("/ok/") ? 201 : path.startsWith("/gone/") ? 410 : 503;
      res.end();
    });
  });
  await new Promise<void>((r) => service.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  t = await createTestApp({ config: { pushEndpointOrigins: [origin] } });
  owner = t.client();
  const me = await signup(owner, "Push Org");
  organizationId = me.organization.id;
  ownerId = me.user.id;
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => service.close(r));
});

/** A browser's push keys: its P-256 key pair and the 16-byte auth secret. */
const device = () => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
};
const subscriptionOf = (path: string, d: ReturnType<typeof device>) => ({
  endpoint: `${origin}${path}`,
  keys: { p256dh: d.ecdh.getPublicKey().toString("base64url"), auth: d.auth.toString("base64url") },
});

/** RFC 8291 / RFC 8188 (aes128gcm), one record: what the browser does with a push it receives. */
function decrypt(body: Buffer, ua: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLen = body.readUInt8(20);
  const asPublic = body.subarray(21, 21 + idLen);
  const ciphertext = body.subarray(21 + idLen);
  const ecdhSecret = ua.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ua.getPublicKey(), asPublic]);
  const ikm = Buffer.from(hkdfSync("sha256", ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  return padded.subarray(0, padded.lastIndexOf(2)).toString("utf8"); // the last record ends 0x02, then zeros
}

const message = (subject: string) =>
  notify(t.db, {
    organizationId,
    recipientUserIds: [ownerId],
    kind: "message",
    subject,
    body: "Open the conversation in Spotter to read and reply.",
    linkPath: "/messages",
  });
const pushOf = async (id: string) =>
  (
    await t.database.query<{ push_status: string; push_attempts: number; next: Date | string | null }>(
      "select push_status, push_attempts, push_next_attempt_at as next from notifications where id = $1",
      [id],
    )
  )[0];

describe("browser push", () => {
  const phone = device();
  const laptop = device();
  const T0 = new Date("2030-01-07T09:00:00Z");

  it("subscribes devices at a push service only; the VAPID key is generated once and kept", async () => {
    const key = await owner.get<{ publicKey: string }>("/api/notifications/push/key");
    expect(key.body.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const [stored] = await t.database.query<{ public_key: string }>("select public_key from push_vapid_keys");
    expect(stored?.public_key).toBe(key.body.publicKey);

    const evil = await owner.post("/api/notifications/push/subscriptions", {
      ...subscriptionOf("/ok/x", phone),
      endpoint: "https://169.254.169.254/latest",
    });
    expect(evil.status).toBe(400);
    expect(JSON.stringify(evil.body)).toContain("body.endpoint");

    expect((await owner.post("/api/notifications/push/subscriptions", subscriptionOf("/ok/phone", phone))).status).toBe(
      201,
    );
    const second = await owner.post<{ pushDevices: number }>(
      "/api/notifications/push/subscriptions",
      subscriptionOf("/gone/laptop", laptop),
    );
    expect(second.body.pushDevices).toBe(2);
  });

  it("pushes encrypted and signed to each device; a 410 unsubscribes that device", async () => {
    const { ids } = await message("New message from Ava");
    expect((await pushOf(ids[0]!))?.push_status).toBe("pending");
    const sender = webPushSender(await vapidKeys(t.database));
    const stats = await deliverDuePushes(t.database, { sender, now: T0 });
    expect(stats).toMatchObject({ claimed: 1, sent: 1, removed: 1 });

    const atPhone = received.find((r) => r.path === "/ok/phone")!;
    expect(atPhone.headers["content-encoding"]).toBe("aes128gcm");
    const { publicKey } = await vapidKeys(t.database);
    expect(atPhone.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));
    expect(Number(atPhone.headers.ttl)).toBeGreaterThan(0);
    expect(JSON.parse(decrypt(atPhone.body, phone.ecdh, phone.auth))).toEqual({
      id: ids[0],
      title: "New message from Ava",
      body: "Open the conversation in Spotter to read and reply.",
      url: "/messages",
      urgency: "normal",
    });
    expect(received.some((r) => r.path === "/gone/laptop")).toBe(true);

    const attempts = await t.database.query<{ to_address: string; outcome: string; error_code: string | null }>(
      "select to_address, outcome, error_code from notification_attempts where notification_id = $1 and channel = 'push' order by outcome",
      [ids[0]],
    );
    expect(attempts).toEqual([
      { to_address: origin, outcome: "failed", error_code: "gone:410" },
      { to_address: origin, outcome: "sent", error_code: null },
    ]);
    const prefs = await owner.get<{ pushDevices: number; push: Record<string, boolean> }>(
      "/api/notifications/preferences",
    );
    expect(prefs.body).toMatchObject({ pushDevices: 1, push: { message: true } });
  });

  it("retries a busy push service with backoff; push switched off per kind, or unsubscribed, stops it", async () => {
    const tablet = subscriptionOf("/busy/tablet", device());
    await owner.request("DELETE", "/api/notifications/push/subscriptions", { endpoint: `${origin}/ok/phone` });
    await owner.post("/api/notifications/push/subscriptions", tablet);
    const { ids } = await message("Busy");
    const sender = webPushSender(await vapidKeys(t.database));
    expect(await deliverDuePushes(t.database, { sender, now: T0 })).toMatchObject({ claimed: 1, retrying: 1 });
    const state = await pushOf(ids[0]!);
    expect(state).toMatchObject({ push_status: "pending", push_attempts: 1 });
    expect(new Date(state?.next ?? 0).toISOString()).toBe(new Date(T0.getTime() + 60_000).toISOString());

    const off = await owner.request("PUT", "/api/notifications/preferences", { push: { message: false } });
    expect(off.status).toBe(200);
    expect((await pushOf((await message("Muted")).ids[0]!))?.push_status).toBe("skipped");

    const gone = await owner.request<{ pushDevices: number }>("DELETE", "/api/notifications/push/subscriptions", {
      endpoint: tablet.endpoint,
    });
    expect(gone.body.pushDevices).toBe(0);
  });
});
