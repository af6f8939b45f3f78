import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { installReadAudit } from "./audit/record.ts";
import { installAccessControl } from "./auth/access-hook.ts";
import { type AppConfig, DEFAULT_CONFIG } from "./config.ts";
import type { Database, Db } from "./db/open.ts";
import { installErrorHandler } from "./http/error-handler.ts";
import { HttpError } from "./http/errors.ts";
import { loggerOptions, OneLineRequestLog } from "./http/logger.ts";
import { installOverloadGuard } from "./http/overload.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { type Clock, systemClock } from "./programming/clock.ts";
import { registerRoutes } from "./routes/index.ts";
import { installSafetyGuard } from "./safety/route-guard.ts";

export type BuildAppOptions = {
  database: Database;
  /** pino options, a logger instance, or false (tests). Default: structured info logs with redaction. */
  logger?: FastifyServerOptions["logger"];
  config?: Partial<AppConfig>;
  /** Extra plugins registered after the API (e.g. the static web app). */
  extend?: (app: FastifyInstance) => Promise<void> | void;
  /** Every read of "now" by the API (default: the system clock); tests pass a fixed one. */
  clock?: Clock;
};

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    database: Database;
    spotterConfig: AppConfig;
    clock: Clock;
  }
}

/** Builds the Spotter HTTP API. The caller owns the database and closes it after `app.close()`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const config: AppConfig = { ...DEFAULT_CONFIG, ...options.config };
  const app = Fastify({
    logger: options.logger === undefined ? loggerOptions() : options.logger,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    logController: new OneLineRequestLog(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", options.database.db);
  app.decorate("database", options.database);
  app.decorate("spotterConfig", config);
  app.decorate("clock", options.clock ?? systemClock);
  installErrorHandler(app);
  installReadAudit(app);
  // Before every other hook and route: a saturated node refuses cheaply and keeps answering health.
  installOverloadGuard(app);

  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Self-hosters often run plain http on a LAN address; forcing https would break them.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // preHandler: the body is parsed, so login attempts can be keyed by IP and email.
    hook: "preHandler",
    errorResponseBuilder: (_request, context) =>
      new HttpError("rate_limited", `too many attempts; try again in ${Math.ceil(context.ttl / 1000)} seconds`, {
        headers: { "retry-after": String(Math.ceil(context.ttl / 1000)) },
      }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "Spotter API", version: "0.1.0", description: "Hybrid coaching platform API." },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "spotter_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  await installAccessControl(app, options.database.db);
  installSafetyGuard(app, options.database.db);
  await app.register(registerRoutes, { prefix: "/api" });
  if (options.extend) await options.extend(app);
  await app.ready();
  return app;
}
