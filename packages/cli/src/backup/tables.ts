import type { Database } from "@spotter/server";

/**
 * Every table in the `public` schema, parents before children (topological order over foreign
 * keys, self-references ignored), so a restore can insert in this order and delete in reverse.
 * Discovered from the catalog, so tables added by later features are included automatically.
 */
export async function tablesInDependencyOrder(database: Database): Promise<string[]> {
  const tables = (
    await database.query<{ name: string }>(
      "select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by c.relname",
    )
  ).map((r) => r.name);
  const edges = await database.query<{ child: string; parent: string }>(
    `select cc.relname as child, pc.relname as parent from pg_constraint k
       join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
       join pg_namespace n on n.oid = cc.relnamespace
     where k.contype = 'f' and n.nspname = 'public'`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...(parents.get(t) ?? [])].every((p) => done.has(p)));
    if (ready.length === 0) throw new Error("foreign-key cycle between tables; cannot order a backup");
    for (const t of ready) {
      ordered.push(t);
      done.add(t);
    }
  }
  return ordered;
}

/** Applied migration count, so a restore can refuse a backup made by a newer Spotter. */
export async function migrationCount(database: Database): Promise<number> {
  const rows = await database.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
  return Number(rows[0]?.n ?? 0);
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
