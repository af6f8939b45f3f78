import { useApi } from "../../api/use-api.ts";
import { Card, ErrorState, Spinner } from "../../ui/index.ts";

/**
 * Placeholder for the triage queue (issue 5): it reads GET /api/queue when the server has it and
 * shows a calm note when it does not. The triage UI replaces this component's body.
 */
export function TriageQueueSlot() {
  const q = useApi<{ items?: unknown[] }>("/api/queue");
  if (q.loading) return <Spinner label="Loading queue…" />;
  if (q.error?.isNotFound)
    return (
      <Card title="Needs you first">
        <p className="muted" data-slot="triage-queue">
          The triage queue (readiness, load and pain flags ordered by risk) appears here once monitoring is enabled.
        </p>
      </Card>
    );
  if (q.error) return <ErrorState error={q.error} what="the queue" onRetry={q.reload} />;
  const n = q.data?.items?.length ?? 0;
  return (
    <Card title={`Needs you first (${n})`}>
      <p className="muted" data-slot="triage-queue">
        {n === 0 ? "Nothing needs review. Everyone is on track." : `${n} item${n === 1 ? "" : "s"} waiting for review.`}
      </p>
    </Card>
  );
}
