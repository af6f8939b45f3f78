import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { CalendarFeedCard } from "../client/calendar/CalendarFeedCard.tsx";
import { Button, Card, ErrorState, Field, FormErrors, PageHead, Spinner } from "../ui/index.ts";
import { useAuth, useMe } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useChangePassword, useSignOutEverywhere } from "./mutations.ts";
import { securityQuery } from "./queries.ts";
import { TwoFactorCard } from "./TwoFactorCard.tsx";
import "./account.css";

/** Every user's own account: password, two-factor (owners and coaches), their clients' calendar feed (owners and coaches), sign out everywhere. */
export function AccountPage() {
  const me = useMe();
  const security = useQuery(securityQuery());
  return (
    <>
      <PageHead title="Account" subtitle={`${me.user.name} · ${me.user.email}`} />
      <div className="account-grid">
        <PasswordCard />
        {me.role === "client" ? null : <CalendarFeedCard clientId="coach" />}
        {security.isPending ? (
          <Spinner label="Loading account security…" />
        ) : security.error ? (
          <ErrorState error={security.error} what="account security" onRetry={() => void security.refetch()} />
        ) : (
          <>
            {security.data.twoFactor.available ? <TwoFactorCard security={security.data} /> : null}
            <SessionsCard activeSessions={security.data.activeSessions} />
          </>
        )}
      </div>
    </>
  );
}

function PasswordCard() {
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const change = useChangePassword();
  const error = change.error ?? undefined;
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent("");
          setNew("");
        },
      },
    );
  }
  return (
    <Card title="Password">
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["currentPassword", "newPassword"]} />
          {change.isSuccess ? (
            <p className="notice notice-blue" role="status">
              Password changed. Your other devices were signed out.
            </p>
          ) : null}
          <Field label="Current password" name="currentPassword">
            <input
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </Field>
          <Field label="New password" name="newPassword" hint="At least 10 characters. Other devices are signed out.">
            <input
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.target.value)}
            />
          </Field>
          <Button type="submit" variant="primary" busy={change.isPending}>
            Change password
          </Button>
        </form>
      </FormErrors>
    </Card>
  );
}

function SessionsCard({ activeSessions }: { activeSessions: number }) {
  const everywhere = useSignOutEverywhere();
  const { signOut } = useAuth();
  return (
    <Card title="Signed-in devices">
      <p>
        {activeSessions === 1
          ? "Only this device is signed in."
          : `${activeSessions} devices are signed in, this one included.`}
      </p>
      <p className="muted">Lost a phone or signed in somewhere shared? End every session, this one too.</p>
      {everywhere.error ? <ErrorState error={everywhere.error} what="sign out everywhere" /> : null}
      <Button
        variant="danger"
        busy={everywhere.isPending}
        onClick={() => everywhere.mutate(undefined, { onSuccess: () => void signOut() })}
      >
        Sign out everywhere
      </Button>
    </Card>
  );
}
