import { useId, useState } from "react";
import { Button, Field } from "../../ui/index.ts";
import { overrideReasonError, type PublishBlocker } from "./publish-blockers.ts";

type Props = {
  blockers: PublishBlocker[];
  busy: boolean;
  /** Publish over the blockers with the coach's reason (the server audits it). */
  onOverride: (reason: string) => void;
};

/**
 * The publish gate said no: what is open, in plain words, announced as an alert. Publishing
 * anyway is a deliberate second step that needs a written reason.
 */
export function PublishRefusal({ blockers, busy, onOverride }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const headingId = useId();
  const error = touched ? overrideReasonError(reason) : undefined;

  function submit() {
    setTouched(true);
    if (overrideReasonError(reason)) return;
    onOverride(reason.trim());
  }

  return (
    <section className="notice notice-red" aria-labelledby={headingId}>
      <div role="alert">
        <p id={headingId}>
          <strong>Not published.</strong> This session can't go to the client yet:
        </p>
        <ul>
          {blockers.map((b) => (
            <li key={`${b.ruleId}-${b.text}`} data-rule={b.ruleId}>
              {b.text}
            </li>
          ))}
        </ul>
      </div>
      {open ? (
        <form
          aria-label="Publish anyway"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Field
            label="Reason for publishing anyway"
            hint="At least 10 characters. It is recorded in the audit log with your name."
            error={error}
          >
            <textarea
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onBlur={() => reason && setTouched(true)}
            />
          </Field>
          <div className="btn-row">
            <Button type="submit" variant="danger" busy={busy}>
              Publish with this reason
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="btn-row">
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Publish anyway
          </Button>
        </div>
      )}
    </section>
  );
}
