import { existsSync } from "node:fs";
import { resolve, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { notFound } from "./errors.ts";

/**
 * Serves the built web app (packages/web/dist) with a single-page-app fallback: any GET outside
 * /api and /docs that is not a file gets index.html. Returns false when the folder is missing.
 */
export async function serveWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const root = resolve(distDir);
  const assets = resolve(root, "assets") + sep;
  if (!existsSync(resolve(root, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ["index.html"],
    // Vite names every file in assets/ by a hash of its content, so a browser may keep it for good
    // and load it without asking (issue 12). Before, each was revalidated on every load, a round
    // trip on the roster's critical path twice over (the entry, then the coach's chunks): 500
    // clients interactive in Chromium 524-580 ms before, 339-558 ms after, runs alternating on a
    // noisy host (bench/web/README.md). index.html and sw.js keep max-age=0, so a deploy reaches the
    // next load.
    setHeaders: (reply, path) => {
      if (path.startsWith(assets)) reply.header("cache-control", "public, max-age=31536000, immutable");
    },
  });
  app.get("/*", { config: { access: { public: true } }, schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api") || path.startsWith("/docs")) throw notFound("route");
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
  return true;
}
