import type { AccountSecurity, InvitationPreview } from "@spotter/contracts";
import { queryOptions } from "@tanstack/react-query";
import { get } from "../api/client.ts";

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitations", token],
    queryFn: ({ signal }) => get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`, signal),
  });

export const securityKey = ["auth", "security"] as const;
export const securityQuery = () =>
  queryOptions({
    queryKey: securityKey,
    queryFn: ({ signal }) => get<AccountSecurity>("/api/auth/security", signal),
  });
