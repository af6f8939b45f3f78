import type { FieldError } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation } from "wouter";
import { ApiError } from "../../api/api-error.ts";
import { FormErrorSummary } from "../../auth/index.ts";
import { Button, ErrorState, FormErrors, PageHead, Spinner } from "../../ui/index.ts";
import { useUnits } from "../../units/index.ts";
import { clientQuery } from "../client-page/queries.ts";
import { BaselinesSection } from "./BaselinesSection.tsx";
import { BasicsSection } from "./BasicsSection.tsx";
import { HealthSection } from "./HealthSection.tsx";
import { InjuriesSection } from "./InjuriesSection.tsx";
import { emptyIntake, fromDetail, type IntakeState, toRequest } from "./intake-state.ts";
import { LocationsSection } from "./LocationsSection.tsx";
import { useSaveClient } from "./mutations.ts";
import { ScheduleSection } from "./ScheduleSection.tsx";
import { ScreeningSection } from "./ScreeningSection.tsx";

/** Checks the server would make anyway, done first so the coach is not sent a round trip. */
function localErrors(s: IntakeState): FieldError[] {
  const out: FieldError[] = [];
  if (!s.name.trim()) out.push({ path: "name", message: "Enter the client's name" });
  if (s.trainingAgeYears.trim() === "")
    out.push({ path: "profile.trainingAgeMonths", message: "Enter years of training (0 if new)" });
  s.locations.forEach((l, i) => {
    if (!l.name.trim()) out.push({ path: `profile.locations.${i}.name`, message: "Name this location" });
  });
  return out;
}

export function IntakePage({ clientId }: { clientId?: string }) {
  const { unit } = useUnits();
  const [, navigate] = useLocation();
  const existing = useQuery({ ...clientQuery(clientId ?? ""), enabled: clientId !== undefined });
  const save = useSaveClient(clientId);
  const [s, setS] = useState<IntakeState>(emptyIntake);
  // The form's own checks, shown in the server's error shape so both land next to the fields.
  const [local, setLocal] = useState<ApiError>();
  const error = local ?? save.error ?? undefined;
  useEffect(() => {
    if (existing.data) setS(fromDetail(existing.data, unit));
  }, [existing.data, unit]);
  const set = (p: Partial<IntakeState>) => setS((prev) => ({ ...prev, ...p }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = localErrors(s);
    if (found.length) {
      setLocal(new ApiError(400, "validation_error", "Please fix the highlighted fields.", found));
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    setLocal(undefined);
    save.mutate(toRequest(s, unit), {
      onSuccess: (saved) => navigate(`/clients/${saved.id}`),
      onError: () =>
        requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true], .form-errors")?.focus()),
    });
  }

  if (clientId && existing.error)
    return <ErrorState error={existing.error} what="this client" onRetry={() => void existing.refetch()} />;
  if (clientId && !existing.data) return <Spinner label="Loading client…" />;
  const props = { s, set, unit };
  return (
    <>
      <PageHead
        title={clientId ? `Edit ${existing.data?.name ?? "client"}` : "New client intake"}
        subtitle="Everything the engine needs to draft safe, fitting sessions."
        back={
          clientId ? { href: `/clients/${clientId}`, label: "Back to client" } : { href: "/clients", label: "Clients" }
        }
      />
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate className="intake-form" aria-label="Client intake">
          <FormErrorSummary error={error} claimed={claimedPaths(s)} />
          <BasicsSection {...props} />
          <InjuriesSection {...props} />
          <LocationsSection {...props} />
          <ScheduleSection {...props} />
          <BaselinesSection {...props} />
          <ScreeningSection {...props} />
          <HealthSection {...props} />
          <div className="btn-row sticky-actions">
            <Button type="submit" variant="primary" size="lg" busy={save.isPending}>
              {clientId ? "Save changes" : "Create client"}
            </Button>
          </div>
        </form>
      </FormErrors>
    </>
  );
}

/** Every path a visible field shows, so the summary lists only the rest. */
function claimedPaths(s: IntakeState): string[] {
  const p = "profile";
  const base = [
    "name",
    "email",
    `${p}.goals.primary`,
    `${p}.eventDate`,
    `${p}.trainingAgeMonths`,
    `${p}.birthYear`,
    `${p}.sex`,
    `${p}.units`,
    `${p}.bodyMassKg`,
    `${p}.heightCm`,
    `${p}.defaultLocationId`,
    `${p}.locations`,
    `${p}.schedule.daysPerWeek`,
    `${p}.schedule.sessionMinutes`,
    `${p}.preferences.likes`,
    `${p}.preferences.dislikes`,
    `${p}.preferences.notes`,
    `${p}.screening.conditions`,
  ];
  s.injuries.forEach((_, i) => {
    for (const f of ["region", "side", "severity", "status", "since", "notes"]) base.push(`${p}.injuries.${i}.${f}`);
  });
  s.locations.forEach((_, i) => {
    base.push(`${p}.locations.${i}.name`);
  });
  s.repMaxes.forEach((_, i) => {
    for (const f of ["exerciseId", "loadKg", "reps", "date"]) base.push(`${p}.baselines.repMaxes.${i}.${f}`);
  });
  return base;
}
