import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation } from "wouter";
import { estimatedMinutes, PLAN_SECTIONS, SECTION_LABEL } from "../../sessions/plan-view.ts";
import { Button, Card, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { AddExercise } from "./AddExercise.tsx";
import { useDeleteSession, useEditSession, usePublishSession } from "./mutations.ts";
import { PlanSectionEditor } from "./PlanSectionEditor.tsx";
import { PublishRefusal } from "./PublishRefusal.tsx";
import { type PublishBlocker, publishBlockers } from "./publish-blockers.ts";
import { sessionQuery } from "./queries.ts";
import { ReasonsList } from "./ReasonsList.tsx";
import { SessionLogView } from "./SessionLogView.tsx";
import { SessionStatusBadge } from "./SessionStatusBadge.tsx";

/** A session: a draft to edit and publish, or a published/logged one to read. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const res = useQuery(sessionQuery(sessionId));
  const edit = useEditSession(sessionId);
  const publish = usePublishSession(sessionId);
  const [, navigate] = useLocation();
  const remove = useDeleteSession({ id: sessionId, clientId: res.data?.clientId ?? "" });
  // The gate's last refusal stays on screen while the override is sent (a new attempt clears the
  // mutation's error), and goes once a publish succeeds.
  const [refusal, setRefusal] = useState<PublishBlocker[]>();
  const doPublish = (override?: { reason: string }) =>
    publish.mutate(override, {
      onError: (e) => {
        const blockers = publishBlockers(e);
        if (blockers) setRefusal(blockers);
      },
      onSuccess: () => setRefusal(undefined),
    });

  if (res.error) return <ErrorState error={res.error} what="this session" onRetry={() => void res.refetch()} />;
  if (!res.data) return <Spinner label="Loading session…" />;
  const s = res.data;
  const editable = s.status === "draft";
  const actionError = edit.error ?? remove.error ?? (publishBlockers(publish.error) ? null : publish.error);
  const busyItem = edit.isPending && edit.variables && "itemId" in edit.variables ? edit.variables.itemId : undefined;
  const deleteDraft = () => {
    if (window.confirm("Delete this draft? The client never saw it; this cannot be undone."))
      remove.mutate(undefined, { onSuccess: () => navigate(`/clients/${s.clientId}`) });
  };

  return (
    <>
      <PageHead
        back={{ href: `/clients/${s.clientId}`, label: s.clientName ?? "Client" }}
        title={
          <>
            Session {formatDate(s.date)} <SessionStatusBadge status={s.status} />
          </>
        }
        subtitle={s.plan.estimatedMinutes ? `About ${estimatedMinutes(s)} minutes` : undefined}
        actions={
          <>
            <Link href={`/sessions/${sessionId}/print`} className="btn btn-secondary btn-md">
              Print
            </Link>
            {editable ? (
              <Button variant="ghost" busy={remove.isPending} onClick={deleteDraft}>
                Delete draft
              </Button>
            ) : null}
            {editable ? (
              <Button variant="primary" busy={publish.isPending} onClick={() => doPublish()}>
                Publish to client
              </Button>
            ) : null}
          </>
        }
      />
      {actionError ? (
        <p className="notice notice-red" role="alert">
          {actionError.message}
        </p>
      ) : null}
      {editable && refusal ? (
        <PublishRefusal
          blockers={refusal}
          busy={publish.isPending && publish.variables !== undefined}
          onOverride={(reason) => doPublish({ reason })}
        />
      ) : null}
      {s.status === "published" ? (
        <p className="notice notice-blue" role="status">
          Published: the client sees this session in their portal.
        </p>
      ) : null}
      {s.log ? <SessionLogView session={s} /> : null}
      {s.plan.reasons.length ? (
        <details className="card no-print">
          <summary>
            <strong>Why this session looks like this</strong>
          </summary>
          <ReasonsList reasons={s.plan.reasons} />
        </details>
      ) : null}
      <Card>
        {PLAN_SECTIONS.map((sec) =>
          s.plan[sec].length ? (
            <section key={sec} className="plan-section" aria-labelledby={`sec-${sec}`}>
              <h3 id={`sec-${sec}`}>{SECTION_LABEL[sec]}</h3>
              <PlanSectionEditor
                items={s.plan[sec]}
                editable={editable}
                onOp={edit.mutateAsync}
                busyItem={busyItem}
                busy={edit.isPending}
              />
            </section>
          ) : null,
        )}
      </Card>
      {editable ? <AddExercise onOp={edit.mutateAsync} busy={edit.isPending && busyItem === undefined} /> : null}
    </>
  );
}
