import type { FieldError, QueueItem } from "@spotter/contracts";
import { type FormEvent, useId, useState } from "react";
import { Button, Dialog, Field, FormErrors, useFieldError } from "../ui/index.ts";
import { kindLabel } from "./format.ts";
import { useResolveFlag } from "./mutations.ts";

type Flag = Pick<QueueItem, "id" | "level" | "kind" | "clientName" | "referTo" | "recommendedAction">;

const OUTCOMES = [
  { value: "referred", label: "Referred", hint: "to a doctor, physiotherapist or other professional" },
  { value: "plan_changed", label: "Plan changed", hint: "training adjusted or paused" },
  { value: "note", label: "Note only", hint: "spoke with the client; recorded what was agreed" },
] as const;
type Outcome = (typeof OUTCOMES)[number]["value"];

/**
 * Resolving a flag. A red needs an outcome and a note (a referral also names whom); the server
 * checks the same rules and its field errors land next to the fields.
 */
export function ResolveFlagDialog({
  flag,
  onClose,
  onResolved,
}: {
  flag: Flag | undefined;
  onClose: () => void;
  onResolved: (automationPaused: boolean) => void;
}) {
  return (
    <Dialog open={flag !== undefined} onClose={onClose} title={flag ? `Resolve: ${kindLabel(flag.kind)}` : "Resolve"}>
      {flag ? <ResolveForm key={flag.id} flag={flag} onClose={onClose} onResolved={onResolved} /> : null}
    </Dialog>
  );
}

function ResolveForm({
  flag,
  onClose,
  onResolved,
}: {
  flag: Flag;
  onClose: () => void;
  onResolved: (automationPaused: boolean) => void;
}) {
  const red = flag.level === "red";
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [referredTo, setReferredTo] = useState("");
  const [note, setNote] = useState("");
  const resolve = useResolveFlag();
  const [local, setLocal] = useState<FieldError[]>([]);
  // The form's own checks first; then the server's field errors, or its message when it names no field.
  const errors = local.length ? local : (resolve.error?.fields ?? []);
  const message = !local.length && resolve.error?.fields.length === 0 ? resolve.error.message : undefined;

  function localErrors(): FieldError[] {
    const out: FieldError[] = [];
    if (red && !outcome) out.push({ path: "outcome", message: "Choose what was done: a red flag needs an outcome." });
    if (outcome === "referred" && !referredTo.trim())
      out.push({ path: "referredTo", message: "Say whom the client was referred to." });
    if (red && !note.trim()) out.push({ path: "note", message: "Add a note: it is kept in the record." });
    return out;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = localErrors();
    setLocal(found);
    if (found.length) return;
    resolve.mutate(
      {
        flagId: flag.id,
        body: {
          ...(outcome ? { outcome } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(outcome === "referred" ? { referredTo: referredTo.trim() } : {}),
        },
      },
      { onSuccess: (res) => onResolved(res.automationPaused) },
    );
  }

  return (
    <FormErrors errors={errors}>
      <form onSubmit={submit} noValidate aria-label={`Resolve flag for ${flag.clientName}`}>
        <p>
          <strong>{flag.clientName}</strong>
          {flag.recommendedAction ? <span className="muted"> · {flag.recommendedAction}</span> : null}
        </p>
        <OutcomeGroup required={red} value={outcome} onChange={setOutcome} />
        {outcome === "referred" ? (
          <Field
            label="Referred to"
            name="referredTo"
            hint={flag.referTo?.length ? `Suggested: ${flag.referTo.join("; ")}` : undefined}
          >
            <input value={referredTo} onChange={(e) => setReferredTo(e.target.value)} autoComplete="off" />
          </Field>
        ) : null}
        <Field label={red ? "Note (required)" : "Note (optional)"} name="note">
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </Field>
        {message ? (
          <p className="notice notice-red" role="alert">
            {message}
          </p>
        ) : null}
        <div className="btn-row">
          <Button type="submit" variant="primary" busy={resolve.isPending}>
            Resolve flag
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </FormErrors>
  );
}

function OutcomeGroup({
  required,
  value,
  onChange,
}: {
  required: boolean;
  value: Outcome | "";
  onChange: (o: Outcome) => void;
}) {
  const id = useId();
  const error = useFieldError("outcome");
  return (
    <fieldset className={`plain field${error ? " has-error" : ""}`} aria-describedby={error ? `${id}-err` : undefined}>
      <legend className="label">Outcome{required ? " (required for a red flag)" : " (optional)"}</legend>
      {OUTCOMES.map((o) => (
        <label key={o.value} className="check">
          <input
            type="radio"
            name={`${id}-outcome`}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>
            {o.label} <span className="muted small">— {o.hint}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p className="field-error" id={`${id}-err`} data-field="outcome">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
