import { useEffect } from "react";

const MESSAGE = "Leave this method without saving your changes?";

/**
 * While `dirty`, leaving asks first: a reload or closed tab through the browser's own prompt, and
 * a click on an in-app link through a confirm. The click listener runs in the capture phase on
 * window, before the router's link handler, so cancelling stops the navigation itself.
 */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || a.hasAttribute("download") || e.defaultPrevented) return;
      if (window.confirm(MESSAGE)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
