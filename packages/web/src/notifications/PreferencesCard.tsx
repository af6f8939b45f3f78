import type { NotificationKind } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Card, ErrorState, Spinner } from "../ui/index.ts";
import { BrowserPushSection } from "./BrowserPushSection.tsx";
import { KIND_HINT, KIND_LABEL, KINDS_FOR } from "./labels.ts";
import { useSavePreferences } from "./mutations.ts";
import { notificationPreferencesQuery } from "./queries.ts";

/**
 * Email on/off per kind (saved at once on each change). Mandatory kinds show checked and
 * disabled with the reason; in-app notifications are never muted. Below, browser push for this
 * device and per kind (BrowserPushSection).
 */
export function PreferencesCard({ role }: { role: "coach" | "client" }) {
  const prefs = useQuery(notificationPreferencesQuery());
  const save = useSavePreferences();
  const toggle = (kind: NotificationKind, on: boolean) => save.mutate({ email: { [kind]: on } });
  return (
    <Card title="Email me about" className="notif-prefs">
      {prefs.error ? (
        <ErrorState error={prefs.error} what="your preferences" onRetry={() => void prefs.refetch()} />
      ) : !prefs.data ? (
        <Spinner label="Loading preferences…" />
      ) : (
        <>
          {!prefs.data.emailConfigured ? (
            <p className="muted" role="note">
              Email is not set up on this Spotter server yet: notifications appear here only.
            </p>
          ) : null}
          <fieldset className="notif-kinds" disabled={save.isPending}>
            <legend className="visually-hidden">Email per notification kind</legend>
            {KINDS_FOR[role].map((kind) => {
              const mandatory = prefs.data.mandatory.includes(kind);
              return (
                <label key={kind} className="notif-kind">
                  <input
                    type="checkbox"
                    checked={prefs.data.email[kind]}
                    disabled={mandatory}
                    onChange={(e) => toggle(kind, e.currentTarget.checked)}
                  />
                  <span>
                    <strong>{KIND_LABEL[kind]}</strong>
                    {KIND_HINT[kind] ? <span className="muted"> — {KIND_HINT[kind]}</span> : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
          {save.error ? (
            <p className="form-errors" role="alert">
              {save.error.message}
            </p>
          ) : null}
        </>
      )}
      <BrowserPushSection role={role} />
    </Card>
  );
}
