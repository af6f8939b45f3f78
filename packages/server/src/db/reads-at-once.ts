import { PgTransaction } from "drizzle-orm/pg-core";

/**
 * Two independent reads: at once on the app's database (two pool connections, one round trip of
 * waiting), one after the other inside a transaction. A transaction is one connection, which
 * answers one query at a time anyway; node-postgres queues a second query sent meanwhile, warns
 * that doing so is deprecated, and pg@9 refuses it. Callers that may be handed a transaction
 * (the publish gate, a session log, an import) read through this instead of Promise.all.
 */
export async function readsAtOnce<A, B>(
  db: unknown,
  a: () => PromiseLike<A>,
  b: () => PromiseLike<B>,
): Promise<[A, B]> {
  if (db instanceof PgTransaction) {
    const first = await a();
    return [first, await b()];
  }
  return Promise.all([a(), b()]);
}
