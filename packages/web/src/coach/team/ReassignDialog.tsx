import type { CoachCapacity } from "@spotter/contracts";
import { type FormEvent, useMemo, useState } from "react";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, Dialog, Field, FormErrors } from "../../ui/index.ts";
import { useReassign } from "./mutations.ts";

/** Moves one or many clients to an active coach, with a hand-over note shown on each client's page. */
export function ReassignDialog({
  clientIds,
  coaches,
  onClose,
}: {
  clientIds: string[] | null;
  coaches: CoachCapacity[];
  onClose: (done: boolean) => void;
}) {
  const reassign = useReassign();
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const error = reassign.error ?? undefined;
  // Every coach's clients, not only the rows on screen (a coach's list may be folded), built once
  // per answer rather than on every checkbox toggle (10,000 entries in a large business).
  const names = useMemo(
    () => new Map(coaches.flatMap((c) => c.clients.map((x) => [x.id, x.name] as const))),
    [coaches],
  );
  const n = clientIds?.length ?? 0;
  function close(done: boolean) {
    reassign.reset();
    setTo("");
    setNote("");
    onClose(done);
  }
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!clientIds) return;
    reassign.mutate(
      { clientIds, toCoachUserId: to, ...(note.trim() ? { note } : {}) },
      { onSuccess: () => close(true) },
    );
  }
  return (
    <Dialog
      open={clientIds !== null}
      onClose={() => close(false)}
      title={n === 1 ? `Reassign ${names.get(clientIds?.[0] ?? "") ?? "client"}` : `Reassign ${n} clients`}
    >
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["toCoachUserId", "note"]} />
          {n > 1 ? <p className="muted">{clientIds?.map((id) => names.get(id) ?? id).join(", ")}</p> : null}
          <Field label="New coach" name="toCoachUserId">
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">Choose a coach…</option>
              {coaches
                .filter((c) => c.status === "active")
                .map((c) => (
                  <option key={c.userId} value={c.userId}>
                    {c.name} ({c.activeClients} clients, {c.reviewsPerWeek} reviews/week)
                  </option>
                ))}
            </select>
          </Field>
          <Field
            label="Hand-over note"
            name="note"
            hint="What the new coach should know: injuries, preferences, where things stand. Shown on the client's page."
          >
            <textarea rows={5} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <Button type="submit" variant="primary" busy={reassign.isPending}>
            Reassign
          </Button>
        </form>
      </FormErrors>
    </Dialog>
  );
}
