import type { Server } from "node:http";
import type { MessageStreamEvent } from "@spotter/contracts";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import type { DbExecutor } from "../audit/record.ts";
import type { Database } from "../db/open.ts";
import { type HubEvent, MessageHub } from "./hub.ts";

/**
 * How a conversation event reaches open streams, on one API node or several:
 *  - PostgreSQL: the writing transaction runs `pg_notify('spotter_messages', …)`, which PostgreSQL
 *    delivers only if it commits, to every node LISTENing (each app holds one dedicated LISTEN
 *    connection); each node fans the event out to its own streams, including the writer's node.
 *  - PGlite: one process owns the data folder (db/lock.ts), so the writer publishes to its hub
 *    right after the commit.
 * NOTIFY payloads are limited to 8,000 bytes: an event that does not fit travels as a reference
 * and each node loads the message once (loadEvent).
 */
export const NOTIFY_CHANNEL = "spotter_messages";
const PAYLOAD_LIMIT = 7500;

type Wire = Omit<HubEvent, "event"> & { event?: MessageStreamEvent; messageId?: string };

export type MessagingRuntime = {
  hub: MessageHub;
  /** Close functions of the open streams (the app ends them before it stops). */
  streams: Set<() => void>;
  /** Inside the writing transaction; returns what to run after it commits. */
  announce: (tx: DbExecutor, e: HubEvent) => Promise<() => void>;
};

const runtimes = new WeakMap<Server, MessagingRuntime>();

/** Loads one message event by id (set by the routes: avoids an import cycle with queries). */
export type EventLoader = (db: Database, messageId: string) => Promise<MessageStreamEvent | null>;

/** The app's messaging runtime, created on first use (the routes call this while registering). */
export async function messagingRuntime(app: FastifyInstance, loadEvent: EventLoader): Promise<MessagingRuntime> {
  const existing = runtimes.get(app.server);
  if (existing) return existing;
  const hub = new MessageHub();
  const streams = new Set<() => void>();
  const database = app.database;
  let stopListening: (() => Promise<void>) | null = null;

  if (database.kind === "postgres") {
    const deliver = async (payload: string) => {
      const wire = JSON.parse(payload) as Wire;
      const event = wire.event ?? (wire.messageId ? await loadEvent(database, wire.messageId) : null);
      if (event) hub.publish({ ...wire, event });
    };
    stopListening = await listen(database, (payload) =>
      deliver(payload).catch((error) => app.log.error({ err: error }, "messaging: a notification was not delivered")),
    );
  }

  const runtime: MessagingRuntime = {
    hub,
    streams,
    announce: async (tx, e) => {
      if (database.kind !== "postgres") return () => hub.publish(e);
      let wire: Wire = e;
      let payload = JSON.stringify(wire);
      if (Buffer.byteLength(payload) > PAYLOAD_LIMIT && e.event.type === "message") {
        wire = { ...e, event: undefined, messageId: e.event.message.id };
        payload = JSON.stringify(wire);
      }
      await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${payload})`);
      return () => {};
    },
  };
  runtimes.set(app.server, runtime);
  // Open streams never end on their own: end them first, or closing the server would wait forever.
  app.addHook("preClose", async () => {
    for (const close of [...streams]) close();
  });
  app.addHook("onClose", async () => {
    await stopListening?.();
    runtimes.delete(app.server);
  });
  return runtime;
}

/** One dedicated connection LISTENing on the channel, reconnecting after a failure. */
async function listen(database: Database, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  const options = database.pool?.options;
  if (!options) throw new Error("postgres database without a pool");
  let stopped = false;
  let client: pg.Client | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ ...options });
    c.on("notification", (msg) => {
      if (msg.channel === NOTIFY_CHANNEL && msg.payload) onPayload(msg.payload);
    });
    c.on("error", () => {
      // Events sent while disconnected are lost to this node's streams; the pages refetch when
      // their EventSource reconnects, so nothing is lost for good.
      if (stopped) return;
      client = null;
      c.end().catch(() => {});
      retry();
    });
    await c.connect();
    await c.query(`listen ${NOTIFY_CHANNEL}`);
    client = c;
  };
  // Keeps trying once a second until the database answers again (or the app stops).
  const retry = () =>
    setTimeout(() => {
      if (!stopped) connect().catch(retry);
    }, 1000).unref();
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
