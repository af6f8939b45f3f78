import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from "fastify";

/**
 * Path segments that carry a secret: the segment after /invite/, /invitations/, /reset/ or
 * /password-reset/ (unless it is a record's uuid), and any segment shaped like one of our tokens
 * (32+ URL-safe base64 characters), whatever route it is on.
 */
const SECRET_AFTER = /(\/(?:invite|invitations|reset|password-reset)\/)(?![0-9a-f]{8}-[0-9a-f]{4}-)[^/]+/gi;
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// Record ids (UUIDs) stay readable: they are not secrets, and a log without them cannot be followed.
const TOKEN_SEGMENT = new RegExp(`(?<=/)(?!${UUID}(?:/|$))[A-Za-z0-9_-]{32,}(?=/|$)`, "gi");

/** The request path with no query string (queries carry search terms) and no tokens. */
export function redactUrl(url: string): string {
  return (url.split("?")[0] ?? "").replace(SECRET_AFTER, "$1[redacted]").replace(TOKEN_SEGMENT, "[redacted]");
}

/** Driver error fields that name what failed without quoting any value. */
const SAFE_DB_FIELDS = ["code", "constraint", "table", "column", "routine", "severity"] as const;

/**
 * What an error line may say. A database error's message and `detail` quote the row ("Key
 * (email)=(x@y) already exists"), and drizzle's wrapper prints the whole query with every
 * parameter: check-in values, notes, emails, password hashes. So a database error is logged by its
 * SQLSTATE and constraint name only; other errors by their class and stack frames (messages are
 * kept only for TypeError/ReferenceError, which describe code, not data).
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== "object") return { type: typeof error };
  const chain: Record<string, unknown>[] = [];
  for (let e = error as Record<string, unknown> | undefined, i = 0; e && typeof e === "object" && i < 4; i++) {
    const entry: Record<string, unknown> = { type: e.constructor?.name ?? "Object" };
    const code = e.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      for (const field of SAFE_DB_FIELDS) if (typeof e[field] === "string") entry[field] = e[field];
    } else {
      if (typeof code === "string") entry.code = code;
      if (e instanceof TypeError || e instanceof ReferenceError) entry.message = e.message;
      if (typeof e.stack === "string")
        entry.stack = e.stack
          .split("\n")
          .filter((line) => line.trimStart().startsWith("at "))
          .slice(0, 12)
          .join("\n");
    }
    chain.push(entry);
    e = e.cause as Record<string, unknown> | undefined;
  }
  return chain.length === 1 ? (chain[0] ?? {}) : { ...chain[0], causes: chain.slice(1) };
}

/**
 * Structured pino logs. Request bodies are never logged (Fastify does not by default and nothing
 * here adds them); headers that carry credentials and any field named like a secret are redacted;
 * errors pass through `safeError` whichever code logs them.
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
      // Only method, path and the caller's address.
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        ip: req.ip,
      }),
      // Fastify's type expects pino's full err shape; ours deliberately keeps less.
      err: safeError as never,
      error: safeError as never,
    },
  };
}

/**
 * One line per request, when the response is done, instead of Fastify's two (an "incoming
 * request" line and a "request completed" line, each through the serializers): method, redacted
 * path, caller address, status and milliseconds. Error lines stay as Fastify writes them.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = {
      method: request.method,
      url: redactUrl(request.url),
      ip: request.ip,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) request.log.error({ ...line, err: error }, "request errored");
    else request.log.info(line, "request");
  }
}
