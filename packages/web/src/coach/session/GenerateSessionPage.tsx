import type { SessionGenerateRequest } from "@spotter/contracts";
import { BODY_REGIONS, type BodyRegion, EQUIPMENT, type Equipment } from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation } from "wouter";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, ErrorState, Field, FormErrors, PageHead, Spinner } from "../../ui/index.ts";
import { clientQuery } from "../client-page/queries.ts";
import { toggle } from "../intake/section-props.ts";
import { label } from "../labels.ts";
import { useGenerateSession } from "./mutations.ts";

type Pain = { region: BodyRegion; severity: string };

/** Today's parameters for one client → POST → the draft opens for review. */
export function GenerateSessionPage({ clientId }: { clientId: string }) {
  const [, navigate] = useLocation();
  const client = useQuery(clientQuery(clientId));
  const generate = useGenerateSession(clientId);
  const error = generate.error ?? undefined;
  const [duration, setDuration] = useState("60");
  const [locationId, setLocationId] = useState("");
  const [custom, setCustom] = useState<Equipment[]>([]);
  const [pain, setPain] = useState<Pain[]>([]);
  const [withReadiness, setWithReadiness] = useState(false);
  const [sleep, setSleep] = useState("7.5");
  const [soreness, setSoreness] = useState("2");
  const [hrv, setHrv] = useState<"" | "below" | "within" | "above">("within");

  useEffect(() => {
    const p = client.data?.profile;
    if (!p) return;
    setDuration(String(p.schedule.sessionMinutes));
    setLocationId(p.defaultLocationId);
  }, [client.data]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body: SessionGenerateRequest = {
      durationMinutes: Number(duration),
      ...(locationId === "__custom" ? { equipment: custom } : { locationId }),
      newPain: pain.map((p) => ({ region: p.region, severity: Number(p.severity) })),
      ...(withReadiness
        ? { readiness: { sleepHours: Number(sleep), soreness: Number(soreness), ...(hrv ? { hrvStatus: hrv } : {}) } }
        : {}),
    };
    generate.mutate(body, { onSuccess: (s) => navigate(`/sessions/${s.id}`) });
  }

  if (client.error) return <ErrorState error={client.error} what="this client" onRetry={() => void client.refetch()} />;
  if (!client.data) return <Spinner label="Loading client…" />;
  const p = client.data.profile;
  return (
    <>
      <PageHead
        title={`Generate a session for ${client.data.name}`}
        back={{ href: `/clients/${clientId}`, label: client.data.name }}
      />
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate aria-label="Session parameters">
          <FormErrorSummary error={error} claimed={["durationMinutes", "locationId", "equipment"]} />
          <fieldset>
            <legend>Today</legend>
            <div className="grid-2">
              <Field label="Duration (minutes)" name="durationMinutes">
                <input
                  type="number"
                  min={15}
                  max={180}
                  step={5}
                  value={duration}
                  onChange={(e) => setDuration(e.target.value)}
                />
              </Field>
              <Field label="Where" name="locationId">
                <select value={locationId} onChange={(e) => setLocationId(e.target.value)}>
                  {p.locations.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                  <option value="__custom">Somewhere else (pick equipment)</option>
                </select>
              </Field>
            </div>
            {locationId === "__custom" ? (
              <fieldset className="plain">
                <legend className="label">Equipment available today</legend>
                <div className="check-grid">
                  {EQUIPMENT.map((eq) => (
                    <label key={eq} className="check">
                      <input
                        type="checkbox"
                        checked={custom.includes(eq)}
                        onChange={(e) => setCustom(toggle(custom, eq, e.target.checked))}
                      />
                      {label(eq)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>New pain today</legend>
            {pain.length === 0 ? <p className="muted">None reported.</p> : null}
            {pain.map((pn, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity
              <div key={i} className="grid-3">
                <Field label="Region" name={`newPain.${i}.region`}>
                  <select
                    value={pn.region}
                    onChange={(e) =>
                      setPain(pain.map((x, j) => (j === i ? { ...x, region: e.target.value as BodyRegion } : x)))
                    }
                  >
                    {BODY_REGIONS.map((r) => (
                      <option key={r} value={r}>
                        {label(r)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Severity (0–10)" name={`newPain.${i}.severity`}>
                  <input
                    type="number"
                    min={0}
                    max={10}
                    value={pn.severity}
                    onChange={(e) => setPain(pain.map((x, j) => (j === i ? { ...x, severity: e.target.value } : x)))}
                  />
                </Field>
                <div className="field">
                  <span className="label" aria-hidden="true">
                    &nbsp;
                  </span>
                  <Button size="sm" variant="ghost" onClick={() => setPain(pain.filter((_, j) => j !== i))}>
                    Remove pain {i + 1}
                  </Button>
                </div>
              </div>
            ))}
            <Button size="sm" onClick={() => setPain([...pain, { region: "knee", severity: "3" }])}>
              Add pain flag
            </Button>
          </fieldset>
          <fieldset>
            <legend>Readiness</legend>
            <label className="check">
              <input type="checkbox" checked={withReadiness} onChange={(e) => setWithReadiness(e.target.checked)} />
              Add today's readiness (sleep, soreness, HRV)
            </label>
            {withReadiness ? (
              <div className="grid-3">
                <Field label="Sleep (hours)" name="readiness.sleepHours">
                  <input
                    type="number"
                    min={0}
                    max={16}
                    step={0.5}
                    value={sleep}
                    onChange={(e) => setSleep(e.target.value)}
                  />
                </Field>
                <Field label="Soreness (0–10)" name="readiness.soreness">
                  <input
                    type="number"
                    min={0}
                    max={10}
                    value={soreness}
                    onChange={(e) => setSoreness(e.target.value)}
                  />
                </Field>
                <Field label="HRV" name="readiness.hrvStatus">
                  <select value={hrv} onChange={(e) => setHrv(e.target.value as typeof hrv)}>
                    <option value="">Not measured</option>
                    <option value="below">Below baseline</option>
                    <option value="within">Within normal range</option>
                    <option value="above">Above baseline</option>
                  </select>
                </Field>
              </div>
            ) : null}
          </fieldset>
          <Button type="submit" variant="primary" size="lg" busy={generate.isPending || generate.isSuccess}>
            Draft session
          </Button>
        </form>
      </FormErrors>
    </>
  );
}
