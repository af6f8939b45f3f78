import { useState } from "react";
import { Link } from "wouter";
import { toApiError } from "../../api/api-error.ts";
import { patch, post } from "../../api/client.ts";
import { normalizeSession, PLAN_SECTIONS, SECTION_LABEL } from "../../api/session-types.ts";
import { useApi } from "../../api/use-api.ts";
import { Button, Card, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { formatDate } from "../labels.ts";
import { type ItemOp, PlanItemCard } from "./PlanItemCard.tsx";
import { ReasonsList } from "./ReasonsList.tsx";
import { SessionLogView } from "./SessionLogView.tsx";
import { SessionStatusBadge } from "./SessionStatusBadge.tsx";

/** A session: a draft to edit and publish, or a published/logged one to read. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const res = useApi<unknown>(`/api/sessions/${sessionId}`);
  const [actionError, setActionError] = useState<string>();
  const [publishing, setPublishing] = useState(false);

  if (res.error) return <ErrorState error={res.error} what="this session" onRetry={res.reload} />;
  if (!res.data) return <Spinner label="Loading session…" />;
  const s = normalizeSession(res.data);
  const editable = s.status === "draft";

  async function onOp(op: ItemOp) {
    setActionError(undefined);
    try {
      res.setData(await patch<unknown>(`/api/sessions/${sessionId}`, { ops: [op] }));
    } catch (e) {
      setActionError(toApiError(e).message);
      throw e;
    }
  }
  async function publish() {
    setPublishing(true);
    setActionError(undefined);
    try {
      res.setData(await post<unknown>(`/api/sessions/${sessionId}/publish`));
    } catch (e) {
      setActionError(toApiError(e).message);
    } finally {
      setPublishing(false);
    }
  }

  return (
    <>
      <PageHead
        back={{ href: `/clients/${s.clientId}`, label: s.clientName ?? "Client" }}
        title={
          <>
            Session {formatDate(s.date)} <SessionStatusBadge status={s.status} />
          </>
        }
        subtitle={s.plan.estimatedMinutes ? `About ${s.plan.estimatedMinutes} minutes` : undefined}
        actions={
          <>
            <Link href={`/sessions/${sessionId}/print`} className="btn btn-secondary btn-md">
              Print
            </Link>
            {editable ? (
              <Button variant="primary" busy={publishing} onClick={() => void publish()}>
                Publish to client
              </Button>
            ) : null}
          </>
        }
      />
      {actionError ? (
        <p className="notice notice-red" role="alert">
          {actionError}
        </p>
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
              {s.plan[sec].map((it) => (
                <PlanItemCard
                  key={`${it.id}-${it.exerciseId}-${it.loadKg}-${it.sets}-${it.reps}`}
                  item={it}
                  editable={editable}
                  onOp={onOp}
                  planUnit={s.unit}
                />
              ))}
            </section>
          ) : null,
        )}
      </Card>
    </>
  );
}
