import type {
  InvitationCreateRequest,
  InvitationCreateResponse,
  MemberRemoveRequest,
  MemberStatusResponse,
  ReassignRequest,
} from "@spotter/contracts";
import { post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { rosterKey, todayKey } from "../pages/queries.ts";
import { teamKey } from "./queries.ts";

/** Team changes move clients between coaches: the roster, Today and any client page refresh. */
const afterTeamChange = () => [teamKey, rosterKey, todayKey, ["clients"]];

export function useInviteCoach() {
  return useApiMutation({
    request: (email: string) =>
      post<InvitationCreateResponse>("/api/invitations", { email, role: "coach" } satisfies InvitationCreateRequest),
    invalidates: () => [teamKey],
  });
}

export function useSetMemberActive() {
  return useApiMutation({
    request: ({ userId, active }: { userId: string; active: boolean }) =>
      post<MemberStatusResponse>(`/api/members/${userId}/${active ? "reactivate" : "deactivate"}`),
    invalidates: () => [teamKey],
  });
}

export function useRemoveMember() {
  return useApiMutation({
    request: ({ userId, ...body }: MemberRemoveRequest & { userId: string }) =>
      post<{ ok: true }>(`/api/members/${userId}/remove`, body),
    invalidates: afterTeamChange,
  });
}

export function useReassign() {
  return useApiMutation({
    request: (body: ReassignRequest) => post<{ reassigned: number }>("/api/members/reassign", body),
    invalidates: afterTeamChange,
  });
}

export function useRevokeInvitation() {
  return useApiMutation({
    request: (id: string) => post<{ ok: true }>(`/api/invitations/${id}/revoke`),
    invalidates: () => [teamKey],
  });
}

export function useResendInvitation() {
  return useApiMutation({
    request: (id: string) => post<InvitationCreateResponse>(`/api/invitations/${id}/resend`),
    invalidates: () => [teamKey],
  });
}
