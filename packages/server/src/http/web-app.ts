import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { notFound } from "./errors.ts";

/**
 * Serves the built web app (packages/web/dist) with a single-page-app fallback: any GET outside
 * /api and /docs that is not a file gets index.html. Returns false when the folder is missing.
 */
export async function serveWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, "index.html"))) return false;
  await app.register(fastifyStatic, { root, wildcard: false, index: ["index.html"] });
  app.get("/*", { config: { access: { public: true } }, schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api") || path.startsWith("/docs")) throw notFound("route");
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
  return true;
}
