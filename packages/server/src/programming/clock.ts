/**
 * The server's one clock. Every server read of the time goes through a `Clock`: the app takes one
 * in its options (`buildApp({ clock })`, default the system clock) and routes read `app.clock`, so
 * a test can fix "now". `serverNow` is the system clock for code not yet handed the app's clock.
 */
export type Clock = { now(): Date };

/** The wall clock: the only `new Date()` without arguments in the server. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (tests, replays). */
export const fixedClock = (at: Date | string): Clock => {
  const ms = new Date(at).getTime();
  return { now: () => new Date(ms) };
};

/** The server clock as the engine's `now` and "today" (UTC). */
export const serverNow = (): Date => systemClock.now();
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
