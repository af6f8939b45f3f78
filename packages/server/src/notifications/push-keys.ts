import webpush from "web-push";
import type { Database } from "../db/open.ts";

/** The VAPID identity this server signs pushes with (RFC 8292). */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

const cache = new WeakMap<Database, Promise<VapidKeys>>();

/**
 * The server's VAPID keys: SPOTTER_VAPID_PUBLIC_KEY and SPOTTER_VAPID_PRIVATE_KEY when both are
 * set, else the pair stored in `push_vapid_keys`, generated on first use (so a self-hoster needs no
 * setup; concurrent first uses agree through the primary key). The subject, which push services
 * use to reach the operator, is SPOTTER_VAPID_SUBJECT, else the https public URL, else a mailto.
 * Read once per database and cached: a browser's subscription is bound to the public key, so it
 * must not change while the server runs.
 */
export function vapidKeys(database: Database, env: NodeJS.ProcessEnv = process.env): Promise<VapidKeys> {
  let keys = cache.get(database);
  if (!keys) {
    keys = loadVapidKeys(database, env);
    keys.catch(() => cache.delete(database));
    cache.set(database, keys);
  }
  return keys;
}

async function loadVapidKeys(database: Database, env: NodeJS.ProcessEnv): Promise<VapidKeys> {
  const publicUrl = env.SPOTTER_PUBLIC_URL?.trim();
  const subject =
    env.SPOTTER_VAPID_SUBJECT?.trim() || (publicUrl?.startsWith("https://") ? publicUrl : "mailto:no-reply@localhost");
  const fromEnv = {
    publicKey: env.SPOTTER_VAPID_PUBLIC_KEY?.trim(),
    privateKey: env.SPOTTER_VAPID_PRIVATE_KEY?.trim(),
  };
  if (fromEnv.publicKey && fromEnv.privateKey)
    return { publicKey: fromEnv.publicKey, privateKey: fromEnv.privateKey, subject };
  const generated = webpush.generateVAPIDKeys();
  await database.query(
    `insert into push_vapid_keys (id, public_key, private_key) values ('vapid', $1, $2) on conflict (id) do nothing`,
    [generated.publicKey, generated.privateKey],
  );
  const [row] = await database.query<{ public_key: string; private_key: string }>(
    `select public_key, private_key from push_vapid_keys where id = 'vapid'`,
  );
  if (!row) throw new Error("push_vapid_keys is empty after insert");
  return { publicKey: row.public_key, privateKey: row.private_key, subject };
}
