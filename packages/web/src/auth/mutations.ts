import type {
  InvitationAcceptRequest,
  MeResponse,
  PasswordChangeRequest,
  PasswordResetComplete,
  PasswordResetRequest,
  SignupRequest,
  TotpConfirmRequest,
  TotpConfirmResponse,
  TotpDisableRequest,
  TotpEnrolResponse,
} from "@spotter/contracts";
import { api, post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { securityKey } from "./queries.ts";

export function useSignUp() {
  return useApiMutation({ request: (body: SignupRequest) => post<MeResponse>("/api/auth/signup", body) });
}

export function useAcceptInvite(token: string) {
  return useApiMutation({
    request: (body: InvitationAcceptRequest) =>
      post<MeResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, body),
  });
}

export function useRequestPasswordReset() {
  return useApiMutation({
    request: (body: PasswordResetRequest) => post<{ ok: true }>("/api/auth/password-reset/request", body),
  });
}

export function useCompletePasswordReset() {
  return useApiMutation({
    request: (body: PasswordResetComplete) => post<{ ok: true }>("/api/auth/password-reset/complete", body),
  });
}

export function useChangePassword() {
  return useApiMutation({
    request: (body: PasswordChangeRequest) => post<{ ok: true }>("/api/auth/password", body),
    invalidates: () => [securityKey],
  });
}

export function useSignOutEverywhere() {
  return useApiMutation({ request: () => api<{ ok: true }>("DELETE", "/api/auth/sessions") });
}

export function useTotpEnrol() {
  return useApiMutation({ request: () => post<TotpEnrolResponse>("/api/auth/totp/enrol") });
}

export function useTotpConfirm() {
  return useApiMutation({
    request: (body: TotpConfirmRequest) => post<TotpConfirmResponse>("/api/auth/totp/confirm", body),
    invalidates: () => [securityKey],
  });
}

export function useTotpDisable() {
  return useApiMutation({
    request: (body: TotpDisableRequest) => post<{ ok: true }>("/api/auth/totp/disable", body),
    invalidates: () => [securityKey],
  });
}
