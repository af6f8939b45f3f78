/**
 * CPU meters for bench/api: a process's CPU from /proc, and the CPU of every PostgreSQL backend
 * connected to one database over a phase (Linux only, like the rest of the bench's metering).
 */
import { readFileSync } from "node:fs";
import pg from "pg";

/** CPU milliseconds a process has used so far (user + system, from /proc; 0 once it has exited). */
export const ticks = (pid: number) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8");
    const x = f.slice(f.lastIndexOf(")") + 2).split(" ");
    return (Number(x[11]) + Number(x[12])) * 10;
  } catch {
    return 0;
  }
};

/**
 * CPU the database's backends spend from now until `stop()`. Each backend's CPU is read every
 * 250 ms and its last reading kept, so a pool connection that closes during the phase (pg's idle
 * timeout) keeps what it spent instead of taking its whole past with it (a before/after sum over the
 * backends then alive read negative). Backends seen first mid-phase count from zero.
 */
export async function pgBackendsMeter(url: string, dbName: string | undefined) {
  if (!dbName) return { stop: async () => 0 };
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const pids = async () =>
    (
      await c.query("select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [dbName])
    ).rows.map((r: { pid: number }) => r.pid);
  const start = new Map<number, number>();
  for (const pid of await pids()) start.set(pid, ticks(pid));
  const last = new Map(start);
  const read = async () => {
    for (const pid of await pids()) {
      const now = ticks(pid);
      if (now > 0) last.set(pid, now);
    }
  };
  let reading = Promise.resolve();
  const timer = setInterval(() => {
    reading = reading.then(read, () => {});
  }, 250);
  return {
    stop: async () => {
      clearInterval(timer);
      await reading;
      await read();
      await c.end();
      let ms = 0;
      for (const [pid, value] of last) ms += value - (start.get(pid) ?? 0);
      return ms;
    },
  };
}
