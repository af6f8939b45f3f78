import type { InvitationPreview, MeResponse } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { type ApiError, toApiError } from "../api/api-error.ts";
import { post } from "../api/client.ts";
import { useApi } from "../api/use-api.ts";
import { Button, ErrorState, Field, FormErrors, Spinner } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuth } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";

export function AcceptInvitePage({ token }: { token: string }) {
  const { adopt } = useAuth();
  const [, navigate] = useLocation();
  const invite = useApi<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const res = await post<Partial<MeResponse>>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
        name,
        password,
      });
      navigate("/");
      await adopt(res);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  if (invite.loading) return <Spinner label="Checking your invitation…" />;
  if (invite.error || !invite.data) {
    const expired = invite.error?.status === 410;
    return (
      <AuthLayout title={expired ? "This invitation has expired" : "Invitation not found"}>
        <p className="muted">Ask your coach to send you a new invitation link.</p>
        {invite.error && !expired && !invite.error.isNotFound ? <ErrorState error={invite.error} /> : null}
      </AuthLayout>
    );
  }
  const who = invite.data.role === "client" ? "your coach" : "the team";
  return (
    <AuthLayout title={`Join ${invite.data.organizationName}`}>
      <p className="muted">
        Set up your account for <strong>{invite.data.email}</strong> to connect with {who}.
      </p>
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["name", "password"]} />
          <Field label="Your name" name="name">
            <input type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Choose a password" name="password" hint="At least 10 characters.">
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Button type="submit" variant="primary" size="lg" busy={busy} className="btn-block">
            Join
          </Button>
        </form>
      </FormErrors>
    </AuthLayout>
  );
}
