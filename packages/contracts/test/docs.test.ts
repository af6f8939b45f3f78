/**
 * The docs stay true: every path docs/architecture.md names exists, and every file and zod schema
 * docs/schemas/README.md names exists. Rename or delete a documented folder and this fails, naming
 * the path, until the doc follows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as contracts from "../src/index.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const PACKAGES = ["engine", "contracts", "server", "web", "cli"];
const TOP_LEVEL = ["bench", "docs", "scripts", "biome", ".ci", "packages"];

/** Backticked spans of a markdown line. */
const spans = (line: string) => [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");

/** `a/{b,c}.ts` → `a/b.ts`, `a/c.ts`. */
function expandBraces(path: string): string[] {
  const m = path.match(/^(.*?)\{([^}]*)\}(.*)$/);
  if (!m) return [path];
  const [, head = "", alternatives = "", tail = ""] = m;
  return alternatives.split(",").flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
}

/** A documented path as a repository path, or null when the span is not a path this doc owns. */
function repoPath(word: string): string | null {
  const clean = word.replace(/[.,;:)]+$/, "");
  const first = clean.split("/")[0] ?? "";
  if (!clean.includes("/")) return null;
  if (PACKAGES.includes(first)) return join("packages", clean);
  if (TOP_LEVEL.includes(first)) return clean;
  return null;
}

/** True when the path exists; `<name>` segments and `*` in a file name match anything. */
function exists(path: string): boolean {
  const placeholder = path.search(/<[^>]+>/);
  if (placeholder >= 0) return existsSync(join(ROOT, path.slice(0, placeholder)));
  if (path.includes("*")) {
    const dir = join(ROOT, dirname(path));
    const pattern = new RegExp(`^${basename(path).replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`);
    return existsSync(dir) && readdirSync(dir).some((f) => pattern.test(f));
  }
  return existsSync(join(ROOT, path));
}

/** Files anywhere under a folder, by name (for rows that name a folder, then its files). */
function fileNamesUnder(dir: string, out = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) fileNamesUnder(full, out);
    else out.add(entry);
  }
  return out;
}

function documentedPaths(markdown: string): { line: number; path: string }[] {
  const out: { line: number; path: string }[] = [];
  markdown.split("\n").forEach((text, i) => {
    const words = spans(text).flatMap((span) => span.split(/\s+/));
    const found = words.map(repoPath).filter((p): p is string => p !== null);
    for (const path of found) for (const p of expandBraces(path)) out.push({ line: i + 1, path: p });
    // Bare file names on a row that names a folder (e.g. `select.ts` … `engine/src/session/`) live under it.
    const first = found[0];
    if (!first) return;
    const folder = first.endsWith("/") ? first : `${dirname(first)}/`;
    for (const word of words) {
      if (/^[\w.-]+\.(ts|tsx|json)$/.test(word)) out.push({ line: i + 1, path: `${folder}**/${word}` });
    }
  });
  return out;
}

describe("docs/architecture.md", () => {
  const doc = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
  const paths = documentedPaths(doc);

  it("names paths (the check below is not vacuous)", () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it.each(paths.map((p) => [`line ${p.line}: ${p.path}`, p.path]))("%s exists", (_label, path) => {
    const nested = path.match(/^(.*)\*\*\/([^/]+)$/);
    if (nested) expect(fileNamesUnder(join(ROOT, nested[1] ?? "")).has(nested[2] ?? "")).toBe(true);
    else expect(exists(path)).toBe(true);
  });
});

describe("docs/schemas/README.md", () => {
  const doc = readFileSync(join(ROOT, "docs/schemas/README.md"), "utf8");
  const rows = doc.split("\n").filter((l) => l.startsWith("| `"));

  it.each(rows.map((r) => [spans(r)[0] ?? "", r]))("%s exists in docs/schemas", (file) => {
    expect(exists(join("docs/schemas", file))).toBe(true);
  });

  const schemaNames = [...new Set(rows.flatMap(spans).filter((s) => /^[a-z][A-Za-z]*Schema$/.test(s)))];
  it.each(schemaNames)("%s is exported by @spotter/contracts", (name) => {
    expect(Object.keys(contracts)).toContain(name);
  });
});
