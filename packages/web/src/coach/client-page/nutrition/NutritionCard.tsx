import { useQuery } from "@tanstack/react-query";
import { localToday } from "../../../client/nutrition/local-date.ts";
import { MealPlanPanel } from "../../../meal-plan/MealPlanPanel.tsx";
import { Button, Card, ErrorState, Spinner } from "../../../ui/index.ts";
import { useUnits } from "../../../units/index.ts";
import { AdaptiveCheck } from "./AdaptiveCheck.tsx";
import { AdherenceLine } from "./AdherenceLine.tsx";
import { useCheckNutrition } from "./mutations.ts";
import { ProposalReview } from "./ProposalReview.tsx";
import { adaptiveQuery, intakeQuery, measurementsQuery, nutritionProposalsQuery, targetsQuery } from "./queries.ts";
import { SettingsForm } from "./SettingsForm.tsx";
import { TargetsList } from "./TargetsList.tsx";
import { WeightSummary } from "./WeightSummary.tsx";
import "./nutrition.css";

const OPEN = new Set(["proposed", "pending_review"]);

/**
 * The coach's nutrition view of one client: weight trend, today's targets with their reasons,
 * intake adherence, proposals waiting for review (decided on the existing approval page), and the
 * goal/rate settings the targets follow.
 */
export function NutritionCard({ clientId }: { clientId: string }) {
  const { unit } = useUnits();
  const weights = useQuery(measurementsQuery(clientId));
  const targets = useQuery(targetsQuery(clientId));
  const intake = useQuery(intakeQuery(clientId));
  const proposals = useQuery(nutritionProposalsQuery(clientId));
  const adaptive = useQuery(adaptiveQuery(clientId));
  const check = useCheckNutrition(clientId);
  const pending = (proposals.data?.items ?? []).filter((p) => OPEN.has(p.status));

  return (
    <Card
      title="Nutrition"
      actions={
        <Button size="sm" variant="ghost" busy={check.isPending} onClick={() => check.mutate()}>
          Check targets now
        </Button>
      }
    >
      {check.data ? (
        <p className="small" role="status">
          {check.data.status === "proposed"
            ? "A target change was proposed."
            : check.data.status === "blocked"
              ? `Blocked: ${check.data.reasons.map((r) => r.message).join(" ")}`
              : `No change: ${check.data.reasons.map((r) => r.message).join(" ") || "on track."}`}
        </p>
      ) : null}
      {check.error ? (
        <p className="notice notice-red" role="alert">
          {check.error.message}
        </p>
      ) : null}

      <h3>Weight</h3>
      {weights.error ? (
        <ErrorState error={weights.error} what="weigh-ins" onRetry={() => void weights.refetch()} />
      ) : weights.data ? (
        <WeightSummary list={weights.data} unit={unit} />
      ) : (
        <Spinner label="Loading weigh-ins…" />
      )}

      <h3>Today's targets</h3>
      {targets.error ? (
        <ErrorState error={targets.error} what="targets" onRetry={() => void targets.refetch()} />
      ) : targets.data ? (
        <TargetsList view={targets.data} />
      ) : (
        <Spinner label="Loading targets…" />
      )}

      <h3>Intake</h3>
      {intake.data ? (
        <AdherenceLine intake={intake.data} />
      ) : intake.error ? (
        <p className="muted">Intake unavailable.</p>
      ) : null}

      {pending.length ? (
        <>
          <h3>Proposals to review</h3>
          <ul className="nutrition-proposals">
            {pending.map((p) => (
              <ProposalReview key={p.id} clientId={clientId} proposal={p} />
            ))}
          </ul>
        </>
      ) : null}

      <h3>Adaptive expenditure</h3>
      {adaptive.data ? (
        <AdaptiveCheck check={adaptive.data.check} unit={unit} waiting={proposals.data ? pending.length : -1} />
      ) : adaptive.error ? (
        <p className="muted">Adaptive estimate unavailable.</p>
      ) : null}

      <h3>Meal plan</h3>
      <MealPlanPanel base={`/api/clients/${clientId}/nutrition`} canGenerate today={localToday()} />

      <h3>Settings</h3>
      {targets.data ? (
        <SettingsForm key={targets.data.settings?.id ?? "none"} clientId={clientId} current={targets.data.settings} />
      ) : null}
    </Card>
  );
}
