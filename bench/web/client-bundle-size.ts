/**
 * Client-portal first-load JavaScript, gzip: the entry chunk plus the ClientApp chunk and every
 * chunk they import statically (what a phone downloads to show today's session), read from the
 * Vite manifest of packages/web/dist. Target ≤ 200 KB gzip. The coach dashboard's first load is
 * printed beside it as the baseline.
 *
 *   npm run build:web && npx tsx bench/web/client-bundle-size.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

type Entry = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
  src?: string;
};
// DIST=<folder> reads another build (one made outside packages/web/dist, which the e2e tests share).
const dist = process.env.DIST
  ? `${process.env.DIST.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("../../packages/web/dist/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, "utf8")) as Record<string, Entry>;

/** The key of the entry and of a lazy route chunk (matched by its source path). */
const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
const keyFor = (suffix: string) => Object.keys(manifest).find((k) => k.endsWith(suffix));

function closure(keys: (string | undefined)[]): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (k: string | undefined) => {
    const e = k ? manifest[k] : undefined;
    if (!e || js.has(e.file)) return;
    js.add(e.file);
    for (const c of e.css ?? []) css.add(c);
    for (const i of e.imports ?? []) visit(i);
  };
  for (const k of keys) visit(k);
  return { js: [...js], css: [...css] };
}

const gz = (f: string) => gzipSync(readFileSync(dist + f), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function report(label: string, keys: (string | undefined)[]) {
  const { js, css } = closure(keys);
  const jsBytes = js.map((f) => [f, gz(f)] as const);
  const total = jsBytes.reduce((s, [, n]) => s + n, 0);
  const cssTotal = css.reduce((s, f) => s + gz(f), 0);
  console.log(`\n${label}`);
  for (const [f, n] of jsBytes) console.log(`  ${f.padEnd(42)} ${kb(n).padStart(9)} gzip`);
  console.log(`  ${"JS total".padEnd(42)} ${kb(total).padStart(9)} gzip   (+ CSS ${kb(cssTotal)} gzip)`);
  return total;
}

if (!entryKey) throw new Error("no entry in the Vite manifest: run `npm run build:web` first");
const portal = report("Client portal first load (entry + ClientApp):", [entryKey, keyFor("src/client/ClientApp.tsx")]);
const coach = report("Coach dashboard first load (entry + CoachApp), baseline:", [
  entryKey,
  keyFor("src/coach/CoachApp.tsx"),
]);
const TARGET = 200 * 1024;
console.log(
  `\nclient portal JS: ${kb(portal)} gzip; target ≤ ${kb(TARGET)} → ${((portal / TARGET) * 100).toFixed(0)}% of budget`,
);
console.log(`ratio portal / coach first load: ${(portal / coach).toFixed(2)}`);
if (portal > TARGET) process.exitCode = 1;
