import type { FastifyServerOptions } from "fastify";

/**
 * Structured pino logs. Request bodies are never logged (Fastify does not by default and nothing
 * here adds them); headers that carry credentials and any field named like a secret are redacted.
 */
export function loggerOptions(level = process.env.LOG_LEVEL ?? "info"): FastifyServerOptions["logger"] {
  return {
    level,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
        "*.passwordHash",
        "*.csrfToken",
      ],
      censor: "[redacted]",
    },
    serializers: {
      // Only method, path (query strings and invitation paths carry tokens) and the caller's address.
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: req.url.split("?")[0]?.replace(/(\/api\/invitations\/)[^/]+/, "$1[redacted]"),
        ip: req.ip,
      }),
    },
  };
}
