import type { CoachCapacity, Member } from "@spotter/contracts";
import { useState } from "react";
import { Badge, Button, Card, type Column, ErrorState, Table } from "../../ui/index.ts";
import { useSetMemberActive } from "./mutations.ts";
import { RemoveMemberDialog } from "./RemoveMemberDialog.tsx";

const ROLE_LABEL: Record<Member["role"], string> = { owner: "Owner", coach: "Coach", client: "Client" };

/** Everyone in the organization with role and status; the owner ends or restores access here. */
export function MembersCard({
  members,
  clientLogins,
  meId,
  capacity,
}: {
  members: Member[];
  /**
   * Client logins in the organization. `members` are the staff only (membersQuery asks for owners
   * and coaches): clients are listed with their coach on the roster.
   */
  clientLogins: number;
  meId: string;
  capacity: CoachCapacity[];
}) {
  const setActive = useSetMemberActive();
  const [removing, setRemoving] = useState<Member | null>(null);
  const columns: Column<Member>[] = [
    {
      key: "name",
      header: "Member",
      cell: (m) => (
        <>
          <strong>{m.name}</strong>
          <br />
          <span className="muted">{m.email}</span>
        </>
      ),
    },
    { key: "role", header: "Role", cell: (m) => ROLE_LABEL[m.role] },
    {
      key: "status",
      header: "Status",
      cell: (m) => (
        <span className="badge-row">
          {m.status === "active" ? <Badge tone="green">Active</Badge> : <Badge tone="red">Deactivated</Badge>}
          {m.twoFactorEnabled ? <Badge tone="blue">Two-factor</Badge> : null}
        </span>
      ),
    },
    { key: "clients", header: "Active clients", cell: (m) => m.activeClientCount, className: "num" },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      cell: (m) =>
        m.role === "owner" || m.userId === meId ? null : (
          <span className="btn-row">
            <Button
              size="sm"
              busy={setActive.isPending && setActive.variables?.userId === m.userId}
              onClick={() => setActive.mutate({ userId: m.userId, active: m.status !== "active" })}
              aria-label={`${m.status === "active" ? "Deactivate" : "Reactivate"} ${m.name}`}
            >
              {m.status === "active" ? "Deactivate" : "Reactivate"}
            </Button>
            <Button size="sm" variant="danger" onClick={() => setRemoving(m)} aria-label={`Remove ${m.name}`}>
              Remove
            </Button>
          </span>
        ),
    },
  ];
  return (
    <Card title="Members">
      <p className="muted">
        Deactivating ends the member's sessions at once and blocks sign-in until you reactivate them; their clients stay
        with them. Removing ends access for good and hands their clients to another coach.
        {clientLogins
          ? ` ${clientLogins} client ${clientLogins === 1 ? "login is" : "logins are"} not listed here.`
          : ""}
      </p>
      {setActive.error ? <ErrorState error={setActive.error} what="the change" /> : null}
      <Table caption="Team members" columns={columns} rows={members} rowKey={(m) => m.userId} />
      <RemoveMemberDialog member={removing} capacity={capacity} onClose={() => setRemoving(null)} />
    </Card>
  );
}
