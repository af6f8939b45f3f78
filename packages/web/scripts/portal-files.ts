/**
 * The files a client's phone downloads on first load of the portal: the entry chunk, the
 * ClientApp chunk, everything they import statically, and their CSS. Shared by the service-worker
 * precache (vite.config.ts) and bench/web's size report, so both count the same thing.
 */
type ChunkLike = {
  type: "chunk" | "asset";
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
};

export function portalFiles(bundle: Record<string, ChunkLike>): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
  const roots = chunks.filter((c) => c.isEntry || c.facadeModuleId?.endsWith("/client/ClientApp.tsx"));
  const seen = new Set<string>();
  const visit = (c: ChunkLike | undefined) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const i of c.imports ?? []) visit(bundle[i]);
  };
  for (const r of roots) visit(r);
  return [...seen].sort();
}
