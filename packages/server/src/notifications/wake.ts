/**
 * Delivery is woken right after notify() records something, so a red flag's email leaves within
 * about a second instead of waiting for the next minute's run; the minute cron catches anything a
 * wake missed (e.g. a transaction that committed after the woken run looked). When no notification
 * jobs run in this process, waking does nothing.
 */
let waker: (() => void) | null = null;

export function setWaker(next: (() => void) | null): void {
  waker = next;
}

/** Called by notify()/notifyAddress() and the red-flag hook. */
export function wakeDelivery(): void {
  waker?.();
}
