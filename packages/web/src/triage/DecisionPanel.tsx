import type { FieldError, ProposalView } from "@spotter/contracts";
import { useState } from "react";
import { toApiError } from "../api/api-error.ts";
import { post } from "../api/client.ts";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { editPayload, initialEdit } from "./DiffTable.tsx";
import { type DiffRow, isDecidable } from "./format.ts";

type Action = "approve" | "edit" | "reject" | "undo";
type Props = {
  proposal: ProposalView;
  rows: DiffRow[];
  /** Edit mode is owned by the page so the diff table can show inputs. */
  edit: Record<string, string> | undefined;
  setEdit: (e: Record<string, string> | undefined) => void;
  onDecided: (p: ProposalView, action: Action) => void;
};

/**
 * Approve, edit-then-approve, reject (reason required) and undo (auto-applied only). Every one is
 * audited by the server; the reason is stored with the decision and shown to the client.
 */
export function DecisionPanel({ proposal, rows, edit, setEdit, onDecided }: Props) {
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState<Action>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  const open = isDecidable(proposal.status);
  const auto = proposal.status === "auto_applied";

  async function decide(action: Action) {
    setMessage(undefined);
    const text = reason.trim();
    const local: FieldError[] = [];
    if ((action === "reject" || action === "edit") && !text)
      local.push({
        path: "reason",
        message: action === "reject" ? "A reason is required to reject." : "Say why you changed the values.",
      });
    const changes = action === "edit" && edit ? editPayload(rows, edit) : {};
    if (action === "edit" && Object.keys(changes).length === 0)
      local.push({ path: "edit", message: "Change at least one value, or approve as proposed." });
    setErrors(local);
    if (local.length) return;
    setBusy(action);
    try {
      const path = action === "edit" ? "approve" : action;
      const body = action === "edit" ? { edit: changes, reason: text } : text ? { reason: text } : {};
      const p = await post<ProposalView>(`/api/proposals/${proposal.id}/${path}`, body);
      setEdit(undefined);
      onDecided(p, action);
    } catch (e) {
      const a = toApiError(e);
      setErrors(a.fields);
      setMessage(a.fields.length ? undefined : a.message);
    } finally {
      setBusy(undefined);
    }
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
              <Button variant="primary" busy={busy === "edit"} onClick={() => void decide("edit")}>
                Approve with my edits
              </Button>
              <Button onClick={() => setEdit(undefined)}>Cancel edit</Button>
            </>
          ) : (
            <>
              <Button variant="primary" busy={busy === "approve"} onClick={() => void decide("approve")}>
                {auto ? "Keep (approve)" : "Approve"}
              </Button>
              <Button onClick={() => setEdit(initialEdit(rows))}>Edit, then approve</Button>
            </>
          )}
          <Button variant="danger" busy={busy === "reject"} onClick={() => void decide("reject")}>
            Reject
          </Button>
          {auto ? (
            <Button variant="ghost" busy={busy === "undo"} onClick={() => void decide("undo")}>
              Undo automatic change
            </Button>
          ) : null}
        </div>
      </form>
    </FormErrors>
  );
}
