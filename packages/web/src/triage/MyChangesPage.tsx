import type { ProposalView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMe } from "../auth/index.ts";
import { Badge, Button, Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { diffRows, formatValue, kindLabel, proposalOrigin } from "./format.ts";
import { useDecideProposal } from "./mutations.ts";
import { proposalsQuery } from "./queries.ts";
import "./triage.css";

const ORIGIN: Record<
  ReturnType<typeof proposalOrigin>,
  { text: string; tone: "blue" | "green" | "yellow" | "neutral" }
> = {
  automated: { text: "Automated", tone: "blue" },
  coach: { text: "Reviewed by your coach", tone: "green" },
  waiting: { text: "Waiting for your coach", tone: "yellow" },
  client: { text: "Undone by you", tone: "neutral" },
  other: { text: "Changed", tone: "neutral" },
};

const OUTCOME: Partial<Record<ProposalView["status"], string>> = {
  approved: "Your coach approved this change.",
  edited: "Your coach adjusted and approved this change.",
  rejected: "Your coach decided not to make this change.",
  undone: "This change was undone; your plan is as it was.",
  blocked: "On hold until your coach has been in touch.",
};

/** The client's "changes to my plan": each change says whether it was automated or reviewed. */
export function MyChangesPage() {
  const me = useMe();
  const res = useQuery({ ...proposalsQuery(me.clientId ?? ""), enabled: me.clientId !== null });
  if (!me.clientId)
    return (
      <>
        <h1 tabIndex={-1}>Changes to my plan</h1>
        <EmptyState title="No client record">This login is not linked to a client record.</EmptyState>
      </>
    );
  return (
    <>
      <h1 tabIndex={-1}>Changes to my plan</h1>
      <p className="muted">
        Spotter adjusts your plan from your check-ins and logs. Some changes apply automatically; others wait for your
        coach. You can always ask your coach to decide.
      </p>
      {res.error ? (
        <ErrorState error={res.error} what="your plan changes" onRetry={() => void res.refetch()} />
      ) : !res.data ? (
        <Spinner label="Loading changes…" />
      ) : res.data.items.length === 0 ? (
        <EmptyState title="No changes yet">
          When your plan is adjusted, you'll see what changed and why here.
        </EmptyState>
      ) : (
        <ul className="triage-changes" aria-label="Plan changes, newest first">
          {res.data.items.map((p) => (
            <ChangeItem key={p.id} p={p} />
          ))}
        </ul>
      )}
    </>
  );
}

function ChangeItem({ p }: { p: ProposalView }) {
  const askHuman = useDecideProposal();
  const u = askHuman.data;
  const origin = ORIGIN[proposalOrigin(p)];
  const changed = diffRows(p.diff).filter((r) => r.changed);

  // The answer also replaces the proposal in the cached list (see useDecideProposal).
  const asked = u
    ? `Sent to your coach.${u.dueAt ? ` They'll decide by ${new Date(u.dueAt).toLocaleString(undefined, { weekday: "short", hour: "numeric", minute: "2-digit" })}.` : ""} Until then your plan stays as it was.`
    : undefined;
  const error = askHuman.error?.message;
  const ask = () => askHuman.mutate({ proposalId: p.id, decision: "ask-human", body: {} });

  return (
    <li data-testid="plan-change">
      <Card>
        <div className="row-between">
          <strong>{kindLabel(p.kind)}</strong>
          <Badge tone={origin.tone}>{origin.text}</Badge>
        </div>
        <p className="small muted">For {p.date}</p>
        {changed.length ? (
          <ul className="triage-change-list">
            {changed.map((r) => (
              <li key={r.key}>
                {r.label}: {formatValue(r.before, r.key)} → <strong>{formatValue(r.after, r.key)}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        {p.reasons[0] ? <p className="small">Why: {p.reasons.map((r) => r.message).join(" ")}</p> : null}
        {OUTCOME[p.status] ? <p className="small">{OUTCOME[p.status]}</p> : null}
        {p.reason && (p.status === "rejected" || p.status === "edited" || p.status === "approved") ? (
          <p className="small">
            Your coach's note: <q>{p.reason}</q>
          </p>
        ) : null}
        {asked ? (
          <p className="notice notice-blue" role="status">
            {asked}
          </p>
        ) : p.humanRequested && p.status === "pending_review" ? (
          <p className="small">You asked your coach to decide. It's in their queue.</p>
        ) : null}
        {error ? (
          <p className="notice notice-red" role="alert">
            {error}
          </p>
        ) : null}
        {p.status === "auto_applied" ? (
          <Button busy={askHuman.isPending} onClick={ask} className="btn-block">
            Ask my coach
          </Button>
        ) : null}
      </Card>
    </li>
  );
}
