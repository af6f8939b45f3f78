import type { CoachCapacity, Member } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, Dialog, Field, FormErrors } from "../../ui/index.ts";
import { useRemoveMember } from "./mutations.ts";

/** Removal: access ends for good; a coach's clients go to the coach chosen here, with a note. */
export function RemoveMemberDialog({
  member,
  capacity,
  onClose,
}: {
  member: Member | null;
  capacity: CoachCapacity[];
  onClose: () => void;
}) {
  const remove = useRemoveMember();
  const [reassignTo, setReassignTo] = useState("");
  const [note, setNote] = useState("");
  const error = remove.error ?? undefined;
  const clients = capacity.find((c) => c.userId === member?.userId)?.activeClients ?? member?.activeClientCount ?? 0;
  const receivers = capacity.filter((c) => c.userId !== member?.userId && c.status === "active");
  function close() {
    remove.reset();
    setReassignTo("");
    setNote("");
    onClose();
  }
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!member) return;
    remove.mutate(
      { userId: member.userId, ...(reassignTo ? { reassignTo } : {}), ...(note.trim() ? { note } : {}) },
      { onSuccess: close },
    );
  }
  return (
    <Dialog open={member !== null} onClose={close} title={`Remove ${member?.name ?? ""}`}>
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["reassignTo", "note"]} />
          <p>Their sessions end now and they can no longer sign in to this organization.</p>
          {member?.role !== "client" ? (
            <>
              <Field
                label={`Hand their clients to (${clients} ${clients === 1 ? "client" : "clients"})`}
                name="reassignTo"
              >
                <select value={reassignTo} onChange={(e) => setReassignTo(e.target.value)}>
                  <option value="">Choose a coach…</option>
                  {receivers.map((c) => (
                    <option key={c.userId} value={c.userId}>
                      {c.name} ({c.activeClients} clients, {c.reviewsPerWeek} reviews/week)
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Hand-over note for the new coach" name="note" hint="Shown on each client's page.">
                <textarea rows={4} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
              </Field>
            </>
          ) : null}
          <Button type="submit" variant="danger" busy={remove.isPending}>
            Remove from the team
          </Button>
        </form>
      </FormErrors>
    </Dialog>
  );
}
