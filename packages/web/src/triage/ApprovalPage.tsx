import type { ProposalView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { clientQuery } from "../coach/client-page/queries.ts";
import { exerciseName } from "../sessions/plan-view.ts";
import { Badge, Card, ErrorState, PageHead, Spinner, StatusLight } from "../ui/index.ts";
import { DecisionPanel } from "./DecisionPanel.tsx";
import { DiffTable } from "./DiffTable.tsx";
import { diffRows, dueText, kindLabel, LEVEL_LABEL, proposalOrigin, statusLabel } from "./format.ts";
import { proposalsQuery } from "./queries.ts";
import { ReasonList } from "./ReasonList.tsx";
import "./triage.css";

const DONE: Record<string, string> = {
  approve: "Approved. The client sees this change as reviewed by you.",
  edit: "Approved with your edits. The client sees the edited values.",
  reject: "Rejected. The plan stays as it was; your reason is recorded.",
  undo: "Undone. The plan is back to how it was before the automatic change.",
};

/**
 * The approval view: one proposal's diff (before → after), its reasons, its level, how it was
 * routed (automated or waiting for review), and the coach's decision. There is no GET
 * /api/proposals/:id, so the page reads the client's proposal list and picks the one.
 */
export function ApprovalPage({ clientId, proposalId }: { clientId: string; proposalId: string }) {
  const client = useQuery(clientQuery(clientId));
  const list = useQuery(proposalsQuery(clientId));
  const [edit, setEdit] = useState<Record<string, string>>();
  const [done, setDone] = useState<string>();

  const error = list.error ?? client.error;
  if (error) return <ErrorState error={error} what="this proposal" onRetry={() => void list.refetch()} />;
  if (!list.data || !client.data) return <Spinner label="Loading proposal…" />;
  const p = list.data.items.find((x) => x.id === proposalId);
  if (!p)
    return (
      <Card title="Proposal not found">
        <p>
          It may belong to another client. <Link href="/">Back to Today</Link>
        </p>
      </Card>
    );
  const rows = diffRows(p.diff);
  const origin = proposalOrigin(p);
  const name = client.data.name;

  return (
    <>
      <PageHead
        back={{ href: "/", label: "Today" }}
        title={`${kindLabel(p.kind)} for ${name}`}
        subtitle={
          <>
            Proposed {new Date(p.createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })} for{" "}
            {p.date} · scope: {p.scope.replace(/_/g, " ")}
            {p.exerciseId ? ` · ${exerciseName(p.exerciseId)}` : ""}
          </>
        }
        actions={
          <Link href={`/clients/${clientId}`} className="btn btn-secondary btn-md">
            Open client
          </Link>
        }
      />
      <div className="triage-approval-status" data-testid="proposal-status">
        <StatusLight level={p.level} label={`${LEVEL_LABEL[p.level]} (${p.level})`} />
        <Badge tone={origin === "automated" ? "blue" : origin === "waiting" ? "yellow" : "green"}>
          {statusLabel(p.status)}
        </Badge>
        <span className="small">
          {origin === "automated"
            ? "Automated: applied without review, can be undone."
            : origin === "waiting"
              ? `Waiting for your review, ${dueText(p.dueAt, new Date().toISOString()).toLowerCase()}.`
              : origin === "coach"
                ? "Reviewed by a coach."
                : origin === "client"
                  ? "Undone by the client."
                  : ""}
        </span>
        {p.major ? <Badge tone="red">Major change</Badge> : null}
        {p.humanRequested ? <Badge tone="blue">Client asked for a coach decision</Badge> : null}
      </div>
      {done ? (
        <p className="notice notice-blue" role="status">
          {done} <Link href="/">Back to the queue</Link>
        </p>
      ) : null}
      <div className="layout-2">
        <div>
          <Card title="What changes">
            <DiffTable rows={rows} edit={edit} onEdit={(k, v) => setEdit((e) => ({ ...e, [k]: v }))} />
          </Card>
          <Card title="Why Spotter proposes it">
            <ReasonList reasons={p.reasons} />
          </Card>
        </div>
        <div>
          <Card title="Your decision">
            {p.reason && !isOpen(p) ? (
              <p>
                Recorded reason: <q>{p.reason}</q>
              </p>
            ) : null}
            <DecisionPanel
              proposal={p}
              rows={rows}
              edit={edit}
              setEdit={setEdit}
              onDecided={(action) => setDone(DONE[action])}
            />
          </Card>
          <Card title="Why it waits for you (or not)">
            <ReasonList reasons={p.decisionReasons} empty="No routing reasons recorded." />
          </Card>
        </div>
      </div>
    </>
  );
}

function isOpen(p: ProposalView) {
  return p.status === "pending_review" || p.status === "blocked" || p.status === "proposed";
}
