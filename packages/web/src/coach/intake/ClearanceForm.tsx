import { CLEARANCE_KINDS, type ClearanceRequest } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { Button, Card, Field, FormErrors } from "../../ui/index.ts";
import { useRecordClearance } from "./safety-api.ts";

export const CLEARANCE_LABEL: Record<(typeof CLEARANCE_KINDS)[number], string> = {
  medical: "Medical (PAR-Q+ / ACSM follow-up)",
  pregnancy: "Pregnancy",
  postpartum: "Postpartum (postnatal check)",
  medication_review: "Medication review",
  screening: "Screening (no PAR-Q+ on file)",
};

/**
 * Records who cleared the client, when, and with what restrictions. The coach signed in is stored
 * as the one who recorded it (server side); unticking "vigorous work allowed" keeps the intensity
 * gate for light-to-moderate work only.
 */
export function ClearanceForm({ clientId, today, open }: { clientId: string; today: string; open: string[] }) {
  const record = useRecordClearance(clientId);
  const [kind, setKind] = useState<ClearanceRequest["kind"]>(
    (open[0] as ClearanceRequest["kind"] | undefined) ?? "medical",
  );
  const [clearedBy, setClearedBy] = useState("");
  const [date, setDate] = useState(today);
  const [restrictions, setRestrictions] = useState("");
  const [vigorous, setVigorous] = useState(true);
  const [done, setDone] = useState<string>();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(undefined);
    const body: ClearanceRequest = {
      kind,
      clearedBy: clearedBy.trim(),
      date,
      restrictions: restrictions
        .split("\n")
        .map((r) => r.trim())
        .filter(Boolean),
      vigorousAllowed: vigorous,
    };
    record.mutate(body, {
      onSuccess: () => {
        setDone(`${CLEARANCE_LABEL[kind]} clearance recorded.`);
        setClearedBy("");
        setRestrictions("");
      },
    });
  }

  return (
    <Card title="Record a clearance">
      <FormErrors errors={record.error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <Field label="What was cleared" name="kind">
            <select value={kind} onChange={(e) => setKind(e.target.value as ClearanceRequest["kind"])}>
              {CLEARANCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CLEARANCE_LABEL[k]}
                  {open.includes(k) ? " — needed" : ""}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Cleared by" name="clearedBy" hint="Name and role, e.g. Dr A. Jones, GP">
            <input type="text" value={clearedBy} onChange={(e) => setClearedBy(e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Date of the clearance" name="date">
            <input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />
          </Field>
          <Field label="Restrictions (one per line)" name="restrictions">
            <textarea value={restrictions} onChange={(e) => setRestrictions(e.target.value)} rows={3} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={vigorous} onChange={(e) => setVigorous(e.target.checked)} /> Vigorous work
            allowed (untick for light-to-moderate only)
          </label>
          {record.error && !record.error.fields.length ? <p role="alert">{record.error.message}</p> : null}
          {done ? <p role="status">{done}</p> : null}
          <Button type="submit" variant="primary" disabled={record.isPending}>
            Record clearance
          </Button>
        </form>
      </FormErrors>
    </Card>
  );
}
