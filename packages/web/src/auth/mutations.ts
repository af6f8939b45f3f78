import type { InvitationAcceptRequest, MeResponse, SignupRequest } from "@spotter/contracts";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";

export function useSignUp() {
  return useApiMutation({ request: (body: SignupRequest) => post<MeResponse>("/api/auth/signup", body) });
}

export function useAcceptInvite(token: string) {
  return useApiMutation({
    request: (body: InvitationAcceptRequest) =>
      post<MeResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, body),
  });
}
