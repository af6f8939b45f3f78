import { useQuery } from "@tanstack/react-query";
import { Button, Card, EmptyState, ErrorState, Spinner } from "../../ui/index.ts";
import { formatDate, label } from "../labels.ts";
import { useBuildRoadmap } from "./mutations.ts";
import { roadmapQuery } from "./queries.ts";

/** The roadmap as a horizontal timeline of blocks, widths proportional to their weeks. */
export function RoadmapCard({ clientId }: { clientId: string }) {
  const res = useQuery(roadmapQuery(clientId));
  const build = useBuildRoadmap(clientId);
  const roadmap = res.data?.roadmap;
  // The server says where today falls (RoadmapResponse.position); only an active block is current.
  const current = res.data?.position?.status === "active" ? res.data.position.blockIndex : -1;
  const blocks = roadmap?.blocks ?? [];
  const buildButton = (
    <Button size="sm" onClick={() => build.mutate()} busy={build.isPending}>
      {blocks.length ? "Rebuild roadmap" : "Build roadmap"}
    </Button>
  );
  let body: React.ReactNode;
  if (res.isPending) body = <Spinner label="Loading roadmap…" />;
  else if (res.error) body = <ErrorState error={res.error} what="the roadmap" onRetry={() => void res.refetch()} />;
  else if (blocks.length === 0)
    body = <EmptyState title="No roadmap yet">Build one from the client's goal, schedule and event date.</EmptyState>;
  else
    body = (
      <ol className="timeline" aria-label="Roadmap blocks">
        {blocks.map((b, i) => (
          <li
            key={`${b.kind}-${b.startDate}`}
            className={`timeline-block kind-${b.kind}${i === current ? " is-current" : ""}`}
            style={{ flexGrow: b.weeks }}
            aria-current={i === current ? "step" : undefined}
          >
            <strong>{label(b.kind)}</strong>
            <div>{b.weeks} wk</div>
            <div className="muted small">{formatDate(b.startDate)}</div>
            {b.focus ? <div className="small">{label(b.focus)}</div> : null}
          </li>
        ))}
      </ol>
    );
  return (
    <Card title="Roadmap" actions={buildButton}>
      {build.error ? (
        <p className="notice notice-red" role="alert">
          {build.error.message}
        </p>
      ) : null}
      {body}
    </Card>
  );
}
