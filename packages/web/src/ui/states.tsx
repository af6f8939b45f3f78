import type { ReactNode } from "react";
import type { ApiError } from "../api/api-error.ts";

export function Spinner({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
      {action ? <div className="empty-action">{action}</div> : null}
    </div>
  );
}

/** One place that words failures: offline, not found, or the server's own message. */
export function ErrorState({ error, onRetry, what }: { error: ApiError; onRetry?: () => void; what?: string }) {
  const title = error.isOffline
    ? "You're offline"
    : error.isNotFound
      ? `${what ? what.charAt(0).toUpperCase() + what.slice(1) : "This"} wasn't found`
      : `Couldn't load ${what ?? "this page"}`;
  return (
    <div className="error-state" role="alert">
      <p className="error-title">{title}</p>
      <p className="error-body">{error.message}</p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
