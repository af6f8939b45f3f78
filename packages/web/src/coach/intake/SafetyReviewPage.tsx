import type { ClientSafety } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, Button, Card, ErrorState, PageHead, Spinner } from "../../ui/index.ts";
import { clientQuery } from "../client-page/queries.ts";
import { CLEARANCE_LABEL, ClearanceForm } from "./ClearanceForm.tsx";
import { clientSafetyQuery, useConfirmFindings } from "./safety-api.ts";

type Finding = ClientSafety["contradictions"][number];

const SEE: Record<string, string> = {
  physician: "a physician",
  qualified_exercise_professional: "a qualified exercise professional",
  obstetric_care_provider: "an obstetric care provider",
  coach: "the coach (review)",
};

/** Findings with a checkbox each; the coach confirms the ones they checked with the client. */
function FindingsToConfirm({ clientId, findings }: { clientId: string; findings: Finding[] }) {
  const confirm = useConfirmFindings(clientId);
  const [picked, setPicked] = useState<string[]>([]);
  const pending = findings.filter((f) => !f.confirmed);
  if (findings.length === 0) return <p>No contradictions, implausible values or red flags in the intake.</p>;
  return (
    <>
      <ul className="finding-list" style={{ listStyle: "none", paddingLeft: 0 }}>
        {findings.map((f) => (
          <li key={f.ruleId}>
            <label className="check">
              <input
                type="checkbox"
                disabled={f.confirmed}
                checked={f.confirmed || picked.includes(f.ruleId)}
                onChange={(e) =>
                  setPicked((p) => (e.target.checked ? [...p, f.ruleId] : p.filter((id) => id !== f.ruleId)))
                }
              />{" "}
              <span>
                <Badge tone={f.severity === "red_flag" ? "red" : "yellow"}>
                  {f.severity === "red_flag" ? "Red flag" : f.severity === "review" ? "Review" : "Check"}
                </Badge>{" "}
                {f.message}
                {f.confirmed ? <em> (confirmed)</em> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {confirm.error ? <p role="alert">{confirm.error.message}</p> : null}
      {pending.length ? (
        <Button
          variant="primary"
          disabled={picked.length === 0 || confirm.isPending}
          onClick={() => confirm.mutate(picked, { onSuccess: () => setPicked([]) })}
        >
          Confirm checked ({picked.length})
        </Button>
      ) : null}
    </>
  );
}

/**
 * Intake review before the first program: what the intake says that needs a human (PAR-Q+ red
 * flags, contradictions such as 0 months of training with a 140 kg squat, implausible values,
 * medication changes), which clearances are missing and whom the client should see, the ones
 * recorded, and the form to record one. Hard work stays capped until each is settled.
 */
export function SafetyReviewPage({ clientId }: { clientId: string }) {
  const safety = useQuery(clientSafetyQuery(clientId));
  const client = useQuery(clientQuery(clientId));
  if (safety.isPending) return <Spinner label="Loading the safety review…" />;
  if (safety.error)
    return <ErrorState error={safety.error} what="the safety review" onRetry={() => void safety.refetch()} />;
  const s = safety.data;
  const today = new Date().toISOString().slice(0, 10);
  const findings = [...s.redFlags, ...s.contradictions, ...s.reviews];
  return (
    <>
      <PageHead
        title={`Safety review${client.data ? `: ${client.data.name}` : ""}`}
        back={{ href: `/clients/${clientId}`, label: client.data?.name ?? "Client" }}
        subtitle={
          s.readyForProgramming ? (
            <Badge tone="green">Ready for the first program</Badge>
          ) : (
            <Badge tone="yellow">Not ready: settle the items below</Badge>
          )
        }
      />
      {s.openRedFlags.length ? (
        <p className="notice notice-red" role="alert">
          Red flag open ({s.openRedFlags.map((f) => f.kind.replaceAll("_", " ")).join(", ")}): automation is stopped and
          the client's portal hides intense work until you resolve it.
        </p>
      ) : null}
      {s.hrCaveat ? <p className="notice notice-yellow">{s.hrCaveat.message}</p> : null}
      <div className="layout-2">
        <div>
          <Card title="Intake findings to confirm">
            <FindingsToConfirm clientId={clientId} findings={findings} />
            {s.notes.length ? (
              <ul className="finding-notes">
                {s.notes.map((n) => (
                  <li key={n.ruleId}>{n.message}</li>
                ))}
              </ul>
            ) : null}
          </Card>
          <Card title="Clearances needed">
            {s.clearance.length === 0 ? (
              <p>None: no clearance is missing.</p>
            ) : (
              <ul className="clearance-list">
                {s.clearance.map((c) => (
                  <li key={c.kind}>
                    <strong>{CLEARANCE_LABEL[c.kind]}</strong>: see {SEE[c.see] ?? c.see}.{" "}
                    {c.scope === "any"
                      ? "Nothing is published before it."
                      : "Light-to-moderate work only until then (RPE under 7, under 60% 1RM, no jumping)."}
                    <ul>
                      {c.reasons.map((r) => (
                        <li key={r.ruleId + r.message}>{r.message}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div>
          <ClearanceForm clientId={clientId} today={today} open={s.clearance.map((c) => c.kind)} />
          <Card title="Recorded clearances">
            {s.clearances.length === 0 ? (
              <p>None recorded.</p>
            ) : (
              <ul className="clearance-list">
                {s.clearances.map((c) => (
                  <li key={`${c.kind}-${c.date}-${c.clearedBy}`}>
                    <strong>{CLEARANCE_LABEL[c.kind]}</strong> on {c.date} by {c.clearedBy}
                    {c.vigorousAllowed ? "" : " (light-to-moderate only)"}
                    {c.restrictions.length ? `; restrictions: ${c.restrictions.join("; ")}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
