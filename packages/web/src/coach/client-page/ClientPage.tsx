import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link } from "wouter";
import { HabitsPanel } from "../../habits/HabitsPanel.tsx";
import { MessagesCard } from "../../messages/MessagesCard.tsx";
import { ClientTriagePanel } from "../../triage/ClientTriagePanel.tsx";
import { Badge, Button, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { WeeklyReviewCard } from "../../weekly-checkin/WeeklyReviewCard.tsx";
import { ImportHistoryCard } from "../imports/ImportHistoryCard.tsx";
import { DataExportCard } from "./DataExportCard.tsx";
import { HandoverNotesCard } from "./HandoverNotesCard.tsx";
import { InviteDialog } from "./InviteDialog.tsx";
import { MethodCard } from "./MethodCard.tsx";
import { useArchiveClient } from "./mutations.ts";
import { NutritionCard } from "./nutrition/NutritionCard.tsx";
import { ProfileCards } from "./ProfileCards.tsx";
import { clientQuery } from "./queries.ts";
import { ReportButton } from "./ReportButton.tsx";
import { RoadmapCard } from "./RoadmapCard.tsx";
import { SegmentCard } from "./SegmentCard.tsx";
import { SessionHistoryCard } from "./SessionHistoryCard.tsx";

// uPlot is only downloaded when a client page is opened.
const ProgressCharts = lazy(() =>
  import("../../charts/ProgressCharts.tsx").then((m) => ({ default: m.ProgressCharts })),
);

export function ClientPage({ clientId }: { clientId: string }) {
  const client = useQuery(clientQuery(clientId));
  const archive = useArchiveClient(clientId);
  const [inviting, setInviting] = useState(false);

  if (client.error) return <ErrorState error={client.error} what="this client" onRetry={() => void client.refetch()} />;
  if (!client.data) return <Spinner label="Loading client…" />;
  const c = client.data;

  function onArchive() {
    if (window.confirm(`Archive ${c.name}? They move out of the active roster; nothing is deleted.`)) archive.mutate();
  }

  return (
    <>
      <PageHead
        back={{ href: "/clients", label: "Clients" }}
        title={c.name}
        subtitle={
          <>
            {c.email ?? "No email"} · Coach: {c.coach?.name ?? "unassigned"} ·{" "}
            {c.status === "archived" ? (
              <Badge>Archived</Badge>
            ) : c.hasLogin ? (
              <Badge tone="green">Portal active</Badge>
            ) : (
              <Badge>No portal login</Badge>
            )}
          </>
        }
        actions={
          <>
            <Link href={`/clients/${clientId}/week`} className="btn btn-primary btn-md">
              Week view
            </Link>
            <Link href={`/clients/${clientId}/generate`} className="btn btn-secondary btn-md">
              Generate session
            </Link>
            {!c.hasLogin ? <Button onClick={() => setInviting(true)}>Invite to portal</Button> : null}
            <Link href={`/clients/${clientId}/edit`} className="btn btn-secondary btn-md">
              Edit profile
            </Link>
            <Link href={`/clients/${clientId}/safety`} className="btn btn-secondary btn-md">
              Safety review
            </Link>
            <ReportButton clientId={clientId} clientName={c.name} />
            {c.status === "active" ? (
              <Button variant="ghost" onClick={onArchive}>
                Archive
              </Button>
            ) : null}
          </>
        }
      />
      {archive.error ? (
        <p className="notice notice-red" role="alert">
          {archive.error.message}
        </p>
      ) : null}
      <div className="layout-2">
        <div>
          {/* Issue 5 adds readiness and load charts and this client's open flags here. */}
          <div data-slot="client-triage">
            <ClientTriagePanel clientId={clientId} clientName={c.name} />
          </div>
          <MethodCard clientId={clientId} />
          <RoadmapCard clientId={clientId} />
          <SessionHistoryCard clientId={clientId} />
          <ImportHistoryCard clientId={clientId} />
          <NutritionCard clientId={clientId} />
          <Suspense fallback={<Spinner label="Loading charts…" />}>
            <ProgressCharts clientId={clientId} />
          </Suspense>
        </div>
        <div>
          <WeeklyReviewCard clientId={clientId} />
          <HabitsPanel clientId={clientId} />
          <MessagesCard clientId={clientId} />
          <HandoverNotesCard clientId={clientId} />
          <SegmentCard clientId={clientId} />
          <ProfileCards client={c} />
          <DataExportCard clientId={clientId} own={false} />
        </div>
      </div>
      <InviteDialog client={c} open={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
