import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { portalFiles } from "./scripts/portal-files.ts";

/**
 * Fills public/sw.js's placeholders after the build: the build id (new caches per deploy) and the
 * client portal's files (entry + portal chunk + their imports and CSS), so a phone that opened the
 * portal once can open it again offline.
 */
function serviceWorkerManifest(): Plugin {
  let outDir = "dist";
  return {
    name: "spotter-sw-manifest",
    apply: "build",
    configResolved(c) {
      outDir = c.build.outDir;
    },
    writeBundle(_opts, bundle) {
      const files = portalFiles(bundle);
      const swPath = join(outDir, "sw.js");
      const sw = readFileSync(swPath, "utf8")
        .replace("__SPOTTER_BUILD__", files.join("|").length.toString(36) + Date.now().toString(36))
        .replace("...__SPOTTER_PRECACHE__", files.map((f) => JSON.stringify(`/${f}`)).join(", "));
      writeFileSync(swPath, sw);
    },
  };
}

// The API runs on :3000 in development (`spotter serve`); in production the same process serves
// this bundle, so the app always calls relative `/api/...` URLs.
export default defineConfig({
  plugins: [react(), serviceWorkerManifest()],
  server: { proxy: { "/api": "http://localhost:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // bench/web reads the manifest to sum the client portal's first-load chunks.
    manifest: true,
    target: "es2022",
    rolldownOptions: {
      // The engine is pure by contract (no I/O, no globals), so an engine module nobody uses can
      // be dropped even when it computes at load time (the exercise catalog does): without this,
      // importing one vocabulary array from @spotter/engine would ship the whole catalog.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]engine[\\/]src[\\/]/.test(id) },
    },
  },
});
