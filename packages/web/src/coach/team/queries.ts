import type { MemberListResponse, PendingInvitationList, TeamCapacityResponse } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

/** Everything on the team page starts with ["team"], so one invalidation refreshes it all. */
export const teamKey = ["team"] as const;

export const membersQuery = () =>
  queryOptions({
    queryKey: [...teamKey, "members"],
    queryFn: ({ signal }) => get<MemberListResponse>("/api/members?roles=owner,coach", signal),
  });

export const invitationsQuery = () =>
  queryOptions({
    queryKey: [...teamKey, "invitations"],
    queryFn: ({ signal }) => get<PendingInvitationList>("/api/invitations", signal),
  });

export const capacityQuery = () =>
  queryOptions({
    queryKey: [...teamKey, "capacity"],
    queryFn: ({ signal }) => get<TeamCapacityResponse>("/api/members/capacity", signal),
  });
