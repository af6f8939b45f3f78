import type { FastifyReply } from "fastify";

/** A feed token as issued: 32 random bytes in base64url. Anything else is not looked up. */
export const FEED_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Answers a secret-URL calendar feed: never cached (a revoked URL must stop at once) and never sent
 * on as a referrer (the URL is the credential).
 */
export function sendIcsFeed(reply: FastifyReply, body: string) {
  return reply
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .type("text/calendar; charset=utf-8")
    .send(body);
}
