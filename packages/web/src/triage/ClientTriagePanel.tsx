import type { FlagView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link } from "wouter";
import { Badge, Button, Card, ErrorState, Spinner, StatusLight } from "../ui/index.ts";
import { diffSummary, kindLabel, LEVEL_LABEL, statusLabel, statusLightLevel } from "./format.ts";
import { flagsQuery, monitoringQuery, proposalsQuery } from "./queries.ts";
import { ResolveFlagDialog } from "./ResolveFlagDialog.tsx";
import { SignalList } from "./SignalList.tsx";
import { TierSummary } from "./TierCard.tsx";
import "./triage.css";

// uPlot and the engine's readiness maths load only when a client page is opened.
const ReadinessLoadCharts = lazy(() =>
  import("./ReadinessLoadCharts.tsx").then((m) => ({ default: m.ReadinessLoadCharts })),
);

/**
 * The client page's monitoring section: level and automation state, service tier, readiness and
 * load charts, today's signals with evidence, open flags (resolvable here) and recent plan changes.
 */
export function ClientTriagePanel({ clientId, clientName }: { clientId: string; clientName: string }) {
  const view = useQuery(monitoringQuery(clientId));
  const flags = useQuery(flagsQuery(clientId));
  const proposals = useQuery(proposalsQuery(clientId));
  const [resolving, setResolving] = useState<FlagView>();

  if (view.error)
    return (
      <Card title="Monitoring">
        <ErrorState error={view.error} what="monitoring" onRetry={() => void view.refetch()} />
      </Card>
    );
  if (!view.data) return <Spinner label="Loading monitoring…" />;
  const v = view.data;
  const open = (flags.data?.items ?? []).filter((f) => f.status === "open");
  const recent = (proposals.data?.items ?? []).slice(0, 8);

  return (
    <section aria-label="Monitoring" className="triage-client">
      <Card
        title="Status"
        actions={
          statusLightLevel(v.level, v.lastComputedAt) === "unknown" ? (
            <StatusLight level="unknown" />
          ) : (
            <StatusLight level={v.level} label={`${LEVEL_LABEL[v.level]} (${v.level})`} />
          )
        }
      >
        {v.automation.paused ? (
          <p className="notice notice-red">
            Automation is paused{v.automation.reason ? `: ${v.automation.reason.replace(/\.$/, "")}` : ""}. Nothing
            changes in the plan until a coach resolves the red flag.
          </p>
        ) : (
          <p className="small muted">Automation is running within this client's tier.</p>
        )}
        <TierSummary clientId={clientId} current={v.tier} />
        <p className="small muted">
          {v.lastComputedAt ? `Updated ${new Date(v.lastComputedAt).toLocaleString()}` : "Not computed yet"} · Readiness
          baseline: {v.readiness.baselineStatus.wellness.message}
        </p>
      </Card>
      <Suspense fallback={<Spinner label="Loading charts…" />}>
        <ReadinessLoadCharts clientId={clientId} view={v} />
      </Suspense>
      <Card title={`Signals today (${v.signals.length})`}>
        <SignalList signals={v.signals} />
      </Card>
      {open.length ? (
        <Card title={`Open flags (${open.length})`}>
          <ul className="list">
            {open.map((f) => (
              <li key={f.id} className="row-between">
                <span>
                  <Badge tone={f.level === "red" ? "red" : "yellow"}>{f.level}</Badge> {kindLabel(f.kind)}
                  <span className="muted small"> · {f.message}</span>
                </span>
                <Button size="sm" variant={f.level === "red" ? "danger" : "secondary"} onClick={() => setResolving(f)}>
                  Resolve
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {recent.length ? (
        <Card title="Plan changes">
          <ul className="list">
            {recent.map((p) => (
              <li key={p.id} className="row-between">
                <span>
                  <Link href={`/clients/${clientId}/proposals/${p.id}`}>{kindLabel(p.kind)}</Link>{" "}
                  <span className="muted small">{diffSummary(p.diff)}</span>
                </span>
                <Badge
                  tone={p.status === "pending_review" ? "yellow" : p.status === "auto_applied" ? "blue" : "neutral"}
                >
                  {statusLabel(p.status)}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <ResolveFlagDialog
        flag={resolving ? { ...resolving, clientName } : undefined}
        onClose={() => setResolving(undefined)}
        onResolved={() => setResolving(undefined)}
      />
    </section>
  );
}
