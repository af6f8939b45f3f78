import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type CookiePolicy, cookieIsSecure } from "./sessions.ts";

/**
 * A device cookie says "this browser signed in to this account before" (OWASP's device cookies
 * against brute force). It is `<nonce>.<HMAC(account, nonce)>` under a key the server keeps in
 * memory, so it cannot be forged for another account; a restart only makes browsers count as new.
 */
export const DEVICE_COOKIE = "spotter_device";
const TTL_MS = 365 * 24 * 3600 * 1000;

export class DeviceCookies {
  private readonly key = randomBytes(32);

  private mac(account: string, nonce: string): string {
    return createHmac("sha256", this.key).update(`${account}\n${nonce}`).digest("base64url");
  }

  /** The nonce of a valid device cookie for `account`, or null. */
  read(request: FastifyRequest, account: string): string | null {
    const value = request.cookies[DEVICE_COOKIE];
    if (!value || value.length > 200) return null;
    const [nonce, mac] = value.split(".");
    if (!nonce || !mac) return null;
    const expected = Buffer.from(this.mac(account, nonce));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
  }

  issue(request: FastifyRequest, reply: FastifyReply, account: string, policy: CookiePolicy, now: Date): void {
    const nonce = randomBytes(16).toString("base64url");
    reply.setCookie(DEVICE_COOKIE, `${nonce}.${this.mac(account, nonce)}`, {
      httpOnly: true,
      sameSite: "strict",
      path: "/api/auth",
      expires: new Date(now.getTime() + TTL_MS),
      secure: cookieIsSecure(request, policy),
    });
  }
}
