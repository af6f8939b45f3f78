/* Lives with the contracts tests because the engine package has no Node types (its tests run as pure code). */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The engine's folders form a one-way graph: a feature folder may use another, never in a loop,
 * and the kernel (core/) and the vocabulary (model/) sit below every feature. A loop between
 * folders is how kernel code ends up living in a feature folder; this test names the imports that
 * close one.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), "../../engine/src");
const IMPORT = /(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** folder → folder → the imports (file -> target) that make the edge. */
function folderEdges(): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file);
    const fromFolder = from.split("/")[0]!;
    if (!from.includes("/")) continue; // the package's index.ts faces outward
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const to = relative(SRC, normalize(join(dirname(file), m[1]!)));
      const toFolder = to.split("/")[0]!;
      if (toFolder === fromFolder) continue;
      const byTarget = edges.get(fromFolder) ?? new Map<string, string[]>();
      byTarget.set(toFolder, [...(byTarget.get(toFolder) ?? []), `${from} -> ${to}`]);
      edges.set(fromFolder, byTarget);
    }
  }
  return edges;
}

describe("engine folder imports", () => {
  const edges = folderEdges();

  it("have no loop between folders", () => {
    const loops: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (folder: string, path: string[]) => {
      state.set(folder, "open");
      for (const [next, via] of edges.get(folder) ?? []) {
        if (state.get(next) === "open") {
          const loop = [...path.slice(path.indexOf(next)), folder, next];
          loops.push(`${loop.join(" -> ")} (first import: ${via[0]})`);
        } else if (!state.has(next)) visit(next, [...path, folder]);
      }
      state.set(folder, "done");
    };
    for (const folder of edges.keys()) if (!state.has(folder)) visit(folder, []);
    expect(loops).toEqual([]);
  });

  it("keep core/ free of every other folder and model/ above core/ only", () => {
    const outside = (folder: string, allowed: string[]) =>
      [...(edges.get(folder) ?? [])].filter(([to]) => !allowed.includes(to)).flatMap(([, via]) => via);
    expect(outside("core", [])).toEqual([]);
    expect(outside("model", ["core"])).toEqual([]);
  });
});
