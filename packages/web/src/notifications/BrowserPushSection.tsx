import type { NotificationKind } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Button } from "../ui/index.ts";
import { KIND_LABEL, KINDS_FOR } from "./labels.ts";
import { useSavePreferences } from "./mutations.ts";
import { usePushDevice } from "./push-device.ts";
import { notificationPreferencesQuery } from "./queries.ts";

/**
 * Browser notifications: the opt-in for this device (Web Push; the permission prompt comes from the
 * click), and, once any device is subscribed, which kinds are pushed (all by default).
 */
export function BrowserPushSection({ role }: { role: "coach" | "client" }) {
  const prefs = useQuery(notificationPreferencesQuery());
  const save = useSavePreferences();
  const push = usePushDevice();
  const toggle = (kind: NotificationKind, on: boolean) => save.mutate({ push: { [kind]: on } });
  return (
    <section className="notif-push" aria-labelledby="notif-push-title">
      <h3 id="notif-push-title" className="notif-push-title">
        Browser notifications
      </h3>
      {push.state === "unsupported" ? (
        <p className="muted">This browser cannot receive notifications from Spotter.</p>
      ) : push.state === "denied" ? (
        <p className="muted">Notifications are blocked for Spotter in this browser's settings.</p>
      ) : push.state === "on" ? (
        <p className="notif-push-row">
          <span>On for this device.</span>
          <Button size="sm" variant="secondary" disabled={push.busy} onClick={() => void push.turnOff()}>
            Turn off on this device
          </Button>
        </p>
      ) : (
        <p className="notif-push-row">
          <span className="muted">Get notified on this device even when Spotter is closed.</span>
          <Button size="sm" variant="primary" disabled={push.busy} onClick={() => void push.turnOn()}>
            Turn on for this device
          </Button>
        </p>
      )}
      {push.error ? (
        <p className="form-errors" role="alert">
          {push.error}
        </p>
      ) : null}
      {prefs.data && prefs.data.pushDevices > 0 ? (
        <fieldset className="notif-kinds" disabled={save.isPending}>
          <legend className="muted">
            Push to my {prefs.data.pushDevices === 1 ? "device" : `${prefs.data.pushDevices} devices`} about
          </legend>
          {KINDS_FOR[role].map((kind) => (
            <label key={kind} className="notif-kind">
              <input
                type="checkbox"
                checked={prefs.data.push[kind]}
                onChange={(e) => toggle(kind, e.currentTarget.checked)}
              />
              <span>
                <strong>{KIND_LABEL[kind]}</strong>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}
