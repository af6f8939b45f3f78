import type { PendingInvitation } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, type Column, ErrorState, Spinner, Table } from "../../ui/index.ts";
import { useResendInvitation, useRevokeInvitation } from "./mutations.ts";
import { invitationsQuery } from "./queries.ts";

/** Invitations not yet accepted: resend (a new link, emailed; the old one dies) or revoke. */
export function InvitationsCard() {
  const list = useQuery(invitationsQuery());
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const columns: Column<PendingInvitation>[] = [
    { key: "email", header: "Email", cell: (i) => i.email },
    { key: "role", header: "Role", cell: (i) => (i.role === "coach" ? "Coach" : "Client") },
    { key: "by", header: "Invited by", cell: (i) => i.invitedBy?.name ?? "—" },
    {
      key: "expires",
      header: "Expires",
      cell: (i) => (i.expired ? <Badge tone="yellow">Expired</Badge> : new Date(i.expiresAt).toLocaleDateString()),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      cell: (i) => (
        <span className="btn-row">
          <Button
            size="sm"
            busy={resend.isPending && resend.variables === i.id}
            onClick={() => resend.mutate(i.id)}
            aria-label={`Resend the invitation to ${i.email}`}
          >
            {resend.isSuccess && resend.variables === i.id ? "Sent again" : "Resend"}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            busy={revoke.isPending && revoke.variables === i.id}
            onClick={() => revoke.mutate(i.id)}
            aria-label={`Revoke the invitation to ${i.email}`}
          >
            Revoke
          </Button>
        </span>
      ),
    },
  ];
  return (
    <Card title="Pending invitations">
      {list.error ? <ErrorState error={list.error} what="invitations" onRetry={() => void list.refetch()} /> : null}
      {resend.error ? <ErrorState error={resend.error} what="the resend" /> : null}
      {revoke.error ? <ErrorState error={revoke.error} what="the revocation" /> : null}
      {list.isPending ? (
        <Spinner label="Loading invitations…" />
      ) : list.data?.items.length ? (
        <Table caption="Pending invitations" columns={columns} rows={list.data.items} rowKey={(i) => i.id} />
      ) : list.data ? (
        <p className="muted">No pending invitations.</p>
      ) : null}
    </Card>
  );
}
