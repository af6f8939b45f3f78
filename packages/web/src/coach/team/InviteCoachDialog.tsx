import { type FormEvent, useState } from "react";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, Dialog, Field, FormErrors } from "../../ui/index.ts";
import { useInviteCoach } from "./mutations.ts";

/** Invites a coach by email (the link is emailed, and shown once here to copy). */
export function InviteCoachDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [email, setEmail] = useState("");
  const invite = useInviteCoach();
  const error = invite.error ?? undefined;
  function close() {
    invite.reset();
    setEmail("");
    onClose();
  }
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    invite.mutate(email);
  }
  const link = invite.data ? new URL(invite.data.url, window.location.origin).toString() : "";
  return (
    <Dialog open={open} onClose={close} title="Invite a coach">
      {invite.data ? (
        <div>
          <p role="status">
            Invitation emailed to {email}. The link works once and expires{" "}
            {new Date(invite.data.expiresAt).toLocaleString()}; you can also send it yourself:
          </p>
          <Field label="Invitation link">
            <input
              type="text"
              readOnly
              value={link}
              data-testid="coach-invite-url"
              onFocus={(e) => e.target.select()}
            />
          </Field>
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        </div>
      ) : (
        <FormErrors errors={error?.fields ?? []}>
          <form onSubmit={onSubmit} noValidate>
            <FormErrorSummary error={error} claimed={["email"]} />
            <p className="muted">They choose their own password when they accept.</p>
            <Field label="Coach's email" name="email">
              <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            </Field>
            <Button type="submit" variant="primary" busy={invite.isPending}>
              Send invitation
            </Button>
          </form>
        </FormErrors>
      )}
    </Dialog>
  );
}
