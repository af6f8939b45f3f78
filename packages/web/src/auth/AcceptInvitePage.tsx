import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { Button, ErrorState, Field, FormErrors, Spinner } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuth } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useAcceptInvite } from "./mutations.ts";
import { invitationQuery } from "./queries.ts";

export function AcceptInvitePage({ token }: { token: string }) {
  const { adopt } = useAuth();
  const [, navigate] = useLocation();
  const invite = useQuery(invitationQuery(token));
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const accept = useAcceptInvite(token);
  const error = accept.error ?? undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    accept.mutate(
      { name, password },
      {
        onSuccess: async (me) => {
          navigate("/");
          await adopt(me);
        },
      },
    );
  }

  if (invite.isPending) return <Spinner label="Checking your invitation…" />;
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
          <Button type="submit" variant="primary" size="lg" busy={accept.isPending} className="btn-block">
            Join
          </Button>
        </form>
      </FormErrors>
    </AuthLayout>
  );
}
