import { useState } from "react";
import { Button, Dialog, Field } from "../../ui/index.ts";
import { useUnits } from "../../units/index.ts";

const PERIODS = [4, 8, 12] as const;

/**
 * "Progress report (PDF)": the coach picks the period, the units and an optional summary for the
 * client, then downloads the PDF the server renders (GET /api/clients/:id/report.pdf). A plain
 * link: the browser sends the session cookie and saves the file itself.
 */
export function ReportButton({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { unit } = useUnits();
  const [open, setOpen] = useState(false);
  const [weeks, setWeeks] = useState<(typeof PERIODS)[number]>(4);
  const [units, setUnits] = useState(unit);
  const [summary, setSummary] = useState("");
  const query = new URLSearchParams({ weeks: String(weeks), units });
  if (summary.trim()) query.set("summary", summary.trim());
  const href = `/api/clients/${clientId}/report.pdf?${query.toString()}`;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Progress report</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Progress report for ${clientName}`}>
        <p className="muted">
          Sessions done against planned, e1RM of the main lifts, body-weight trend, readiness and flags, and your notes,
          as a PDF to hand over.
        </p>
        <Field label="Period">
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((w) => (
              <option key={w} value={w}>
                Last {w} weeks
              </option>
            ))}
          </select>
        </Field>
        <Field label="Units">
          <select value={units} onChange={(e) => setUnits(e.target.value === "lb" ? "lb" : "kg")}>
            <option value="kg">kg</option>
            <option value="lb">lb</option>
          </select>
        </Field>
        <Field label="Summary for the client" hint="Optional; printed under Coach's notes (2,000 characters).">
          <textarea rows={4} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </Field>
        <a className="btn btn-primary btn-md" href={href} download onClick={() => setOpen(false)}>
          Download PDF
        </a>
      </Dialog>
    </>
  );
}
