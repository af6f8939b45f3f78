import { useEffect, useRef, useState } from "react";

/** Whether this browser can show system notifications at all. */
export const browserNoticeSupported = () => typeof window !== "undefined" && "Notification" in window;

/**
 * When the unread count rises while Spotter is open in a background tab, shows one system
 * notification, if the user allowed it. It says only how many are unread: no client names on a
 * lock screen. The first count after loading is the baseline, never announced.
 */
export function useBrowserNotice(unread: number | undefined): void {
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (unread === undefined) return;
    const before = seen.current;
    seen.current = unread;
    if (before === undefined || unread <= before) return;
    if (!browserNoticeSupported() || Notification.permission !== "granted" || !document.hidden) return;
    try {
      new Notification("Spotter", {
        body: `${unread} unread notification${unread === 1 ? "" : "s"}`,
        tag: "spotter-unread",
        icon: "/icons/icon.svg",
      });
    } catch {
      // Some browsers (Android Chrome) allow notifications only from a service worker: skip.
    }
  }, [unread]);
}

/** The permission state and a way to ask for it (from a click, as browsers require). */
export function useBrowserNoticePermission() {
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">(() =>
    browserNoticeSupported() ? Notification.permission : "unsupported",
  );
  const ask = async () => {
    if (!browserNoticeSupported()) return;
    setPermission(await Notification.requestPermission());
  };
  return { permission, ask };
}
