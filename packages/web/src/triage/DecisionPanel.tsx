import type { FieldError, ProposalView } from "@spotter/contracts";
import { useState } from "react";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { editPayload, initialEdit } from "./DiffTable.tsx";
import { type DiffRow, isDecidable } from "./format.ts";
import { useDecideProposal } from "./mutations.ts";

type Action = "approve" | "edit" | "reject" | "undo";
type Props = {
  proposal: ProposalView;
  rows: DiffRow[];
  /** Edit mode is owned by the page so the diff table can show inputs. */
  edit: Record<string, string> | undefined;
  setEdit: (e: Record<string, string> | undefined) => void;
  onDecided: (action: Action) => void;
};

/**
 * Approve, edit-then-approve, reject (reason required) and undo (auto-applied only). Every one is
 * audited by the server; the reason is stored with the decision and shown to the client.
 */
export function DecisionPanel({ proposal, rows, edit, setEdit, onDecided }: Props) {
  const [reason, setReason] = useState("");
  const decide = useDecideProposal();
  // Which button spins: the pending decision (an approve carrying an edit is the edit button).
  const pending = decide.isPending ? decide.variables : undefined;
  const busy: Action | "ask-human" | undefined = pending && "edit" in pending.body ? "edit" : pending?.decision;
  const [local, setLocal] = useState<FieldError[]>([]);
  const errors = local.length ? local : (decide.error?.fields ?? []);
  const message = !local.length && decide.error?.fields.length === 0 ? decide.error.message : undefined;
  const open = isDecidable(proposal.status);
  const auto = proposal.status === "auto_applied";

  function submit(action: Action) {
    const text = reason.trim();
    const found: FieldError[] = [];
    if ((action === "reject" || action === "edit") && !text)
      found.push({
        path: "reason",
        message: action === "reject" ? "A reason is required to reject." : "Say why you changed the values.",
      });
    const changes = action === "edit" && edit ? editPayload(rows, edit) : {};
    if (action === "edit" && Object.keys(changes).length === 0)
      found.push({ path: "edit", message: "Change at least one value, or approve as proposed." });
    setLocal(found);
    if (found.length) return;
    const proposalId = proposal.id;
    const reasonBody = text ? { reason: text } : {};
    decide.mutate(
      action === "edit"
        ? { proposalId, decision: "approve", body: { edit: changes, reason: text } }
        : action === "reject"
          ? { proposalId, decision: "reject", body: { reason: text } }
          : { proposalId, decision: action, body: reasonBody },
      {
        onSuccess: () => {
          setEdit(undefined);
          onDecided(action);
        },
      },
    );
  }

  if (!open) return <p className="muted">This change has been decided. Nothing more to do here.</p>;
  const editError = errors.find((e) => e.path === "edit" || e.path.startsWith("body.edit"))?.message;
  return (
    <FormErrors errors={errors}>
      <form onSubmit={(e) => e.preventDefault()} aria-label="Decision" noValidate>
        <Field
          label="Reason or note"
          name="reason"
          hint="Required to reject or edit. The client sees it with the change."
        >
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
        </Field>
        {editError ? (
          <p className="field-error" role="alert">
            {editError}
          </p>
        ) : null}
        {message ? (
          <p className="notice notice-red" role="alert">
            {message}
          </p>
        ) : null}
        <div className="btn-row">
          {edit ? (
            <>
              <Button variant="primary" busy={busy === "edit"} onClick={() => submit("edit")}>
                Approve with my edits
              </Button>
              <Button onClick={() => setEdit(undefined)}>Cancel edit</Button>
            </>
          ) : (
            <>
              <Button variant="primary" busy={busy === "approve"} onClick={() => submit("approve")}>
                {auto ? "Keep (approve)" : "Approve"}
              </Button>
              <Button onClick={() => setEdit(initialEdit(rows))}>Edit, then approve</Button>
            </>
          )}
          <Button variant="danger" busy={busy === "reject"} onClick={() => submit("reject")}>
            Reject
          </Button>
          {auto ? (
            <Button variant="ghost" busy={busy === "undo"} onClick={() => submit("undo")}>
              Undo automatic change
            </Button>
          ) : null}
        </div>
      </form>
    </FormErrors>
  );
}
