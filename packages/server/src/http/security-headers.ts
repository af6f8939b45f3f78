import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame options, ...) on every response, set in an
 * onRequest hook on the raw response as @fastify/helmet did. That plugin built the helmet
 * middleware again for every request, parsing and validating the CSP directives each time (~3% of
 * a roster request's Node CPU in a profile, issue 12); here it is built once at startup. Same
 * options, same headers in the same order (helmet's own middleware writes them).
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const setHeaders = helmet(options);
  app.addHook("onRequest", (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
}
