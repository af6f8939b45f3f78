import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useMe } from "../../auth/index.ts";
import { Button, EmptyState, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { CapacityCard } from "./CapacityCard.tsx";
import { InvitationsCard } from "./InvitationsCard.tsx";
import { InviteCoachDialog } from "./InviteCoachDialog.tsx";
import { MembersCard } from "./MembersCard.tsx";
import { capacityQuery, membersQuery } from "./queries.ts";
import "./team.css";

/**
 * The owner's team: who is in it (role, status, two-factor), pending invitations, each coach's
 * load (clients and reviews per week by tier), and the actions that change access or move
 * clients (deactivate, reactivate, remove, reassign with a hand-over note).
 */
export function TeamPage() {
  const me = useMe();
  const members = useQuery(membersQuery());
  const capacity = useQuery(capacityQuery());
  const [inviting, setInviting] = useState(false);
  if (me.role !== "owner")
    return <EmptyState title="Only the owner manages the team">Ask your organization's owner for changes.</EmptyState>;
  const failed = members.error ?? capacity.error;
  return (
    <>
      <PageHead
        title="Team"
        subtitle="Coaches, their clients and review load, invitations and access."
        actions={
          <Button variant="primary" onClick={() => setInviting(true)}>
            Invite a coach
          </Button>
        }
      />
      {failed ? (
        <ErrorState
          error={failed}
          what="the team"
          onRetry={() => {
            void members.refetch();
            void capacity.refetch();
          }}
        />
      ) : !members.data || !capacity.data ? (
        <Spinner label="Loading the team…" />
      ) : (
        <div className="team-stack">
          <MembersCard
            members={members.data.items}
            clientLogins={members.data.clientLogins}
            meId={me.user.id}
            capacity={capacity.data.coaches}
          />
          <InvitationsCard />
          <CapacityCard coaches={capacity.data.coaches} />
        </div>
      )}
      <InviteCoachDialog open={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
