import type { ClientDetail } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, Dialog, Field, FormErrors } from "../../ui/index.ts";
import { useInviteClient } from "./mutations.ts";

/** Creates a client invitation and shows the link once (only its hash is stored server-side). */
export function InviteDialog({ client, open, onClose }: { client: ClientDetail; open: boolean; onClose: () => void }) {
  const [email, setEmail] = useState(client.email ?? "");
  const create = useInviteClient(client.id);
  const invite = create.data;
  const error = create.error ?? undefined;
  const [copied, setCopied] = useState(false);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate(email);
  }
  const link = invite ? new URL(invite.url, window.location.origin).toString() : "";

  return (
    <Dialog open={open} onClose={onClose} title={`Invite ${client.name}`}>
      {invite ? (
        <div>
          <p>
            Send this link to {email}. It works once and expires {new Date(invite.expiresAt).toLocaleString()}.
          </p>
          <Field label="Invitation link">
            <input type="text" readOnly value={link} data-testid="invite-url" onFocus={(e) => e.target.select()} />
          </Field>
          <Button
            variant="primary"
            onClick={() => {
              void navigator.clipboard?.writeText(link).then(() => setCopied(true));
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </Button>
        </div>
      ) : (
        <FormErrors errors={error?.fields ?? []}>
          <form onSubmit={onSubmit} noValidate>
            <FormErrorSummary error={error} claimed={["email"]} />
            <p className="muted">They get their own login to see today's session, log it and check in.</p>
            <Field label="Client's email" name="email">
              <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            </Field>
            <Button type="submit" variant="primary" busy={create.isPending}>
              Create invitation
            </Button>
          </form>
        </FormErrors>
      )}
    </Dialog>
  );
}
