import { useState } from "react";
import { toApiError } from "../../api/api-error.ts";
import { post } from "../../api/client.ts";
import { normalizeRoadmap } from "../../api/roadmap-types.ts";
import { useApi } from "../../api/use-api.ts";
import { Button, Card, EmptyState, ErrorState, Spinner } from "../../ui/index.ts";
import { formatDate, label } from "../labels.ts";

/** The roadmap as a horizontal timeline of blocks, widths proportional to their weeks. */
export function RoadmapCard({ clientId }: { clientId: string }) {
  const roadmap = useApi<unknown>(`/api/clients/${clientId}/roadmap`);
  const [busy, setBusy] = useState(false);
  const [buildError, setBuildError] = useState<string>();
  const today = new Date().toISOString().slice(0, 10);

  async function build() {
    setBusy(true);
    setBuildError(undefined);
    try {
      roadmap.setData(await post<unknown>(`/api/clients/${clientId}/roadmap`));
    } catch (e) {
      setBuildError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }
  const blocks = roadmap.data ? normalizeRoadmap(roadmap.data) : [];
  const buildButton = (
    <Button size="sm" onClick={() => void build()} busy={busy}>
      {blocks.length ? "Rebuild roadmap" : "Build roadmap"}
    </Button>
  );
  let body: React.ReactNode;
  if (roadmap.loading) body = <Spinner label="Loading roadmap…" />;
  else if (roadmap.error && !roadmap.error.isNotFound)
    body = <ErrorState error={roadmap.error} what="the roadmap" onRetry={roadmap.reload} />;
  else if (blocks.length === 0)
    body = <EmptyState title="No roadmap yet">Build one from the client's goal, schedule and event date.</EmptyState>;
  else
    body = (
      <ol className="timeline" aria-label="Roadmap blocks">
        {blocks.map((b) => {
          const current = b.startDate && b.startDate <= today && (!b.endDate || today <= b.endDate);
          return (
            <li
              key={b.key}
              className={`timeline-block kind-${b.kind}${current ? " is-current" : ""}`}
              style={{ flexGrow: b.weeks ?? 1 }}
              aria-current={current ? "step" : undefined}
            >
              <strong>{label(b.name)}</strong>
              <div>{b.weeks ? `${b.weeks} wk` : null}</div>
              <div className="muted small">{b.startDate ? formatDate(b.startDate) : null}</div>
              {b.focus ? <div className="small">{label(b.focus)}</div> : null}
            </li>
          );
        })}
      </ol>
    );
  return (
    <Card title="Roadmap" actions={buildButton}>
      {buildError ? (
        <p className="notice notice-red" role="alert">
          {buildError}
        </p>
      ) : null}
      {body}
    </Card>
  );
}
