import { useQuery } from "@tanstack/react-query";
import { AdherenceLine } from "../../coach/client-page/nutrition/AdherenceLine.tsx";
import { TargetsList } from "../../coach/client-page/nutrition/TargetsList.tsx";
import { WeightSummary } from "../../coach/client-page/nutrition/WeightSummary.tsx";
import "../../coach/client-page/nutrition/nutrition.css";
import { MealPlanPanel } from "../../meal-plan/MealPlanPanel.tsx";
import { Card, ErrorState, Spinner } from "../../ui/index.ts";
import { useUnits } from "../../units/index.ts";
import { IntakeForm } from "./IntakeForm.tsx";
import { localToday } from "./local-date.ts";
import { myIntakeQuery, myMeasurementsQuery, myTargetsQuery } from "./queries.ts";
import { WeightForm } from "./WeightForm.tsx";
import "./nutrition.css";

/**
 * The client's nutrition tab: log this morning's weight, see the trend and today's targets with
 * why, and enter the day's totals. The views are the coach's, shared.
 */
export function NutritionPage() {
  const { unit } = useUnits();
  const weights = useQuery(myMeasurementsQuery);
  const targets = useQuery(myTargetsQuery);
  const intake = useQuery(myIntakeQuery);
  return (
    <>
      <h1 tabIndex={-1}>Nutrition</h1>
      <Card title="Weigh-in">
        <WeightForm />
      </Card>
      <Card title="Weight trend">
        {weights.error ? (
          <ErrorState error={weights.error} what="your weigh-ins" onRetry={() => void weights.refetch()} />
        ) : weights.data ? (
          <WeightSummary list={weights.data} unit={unit} />
        ) : (
          <Spinner label="Loading weigh-ins…" />
        )}
      </Card>
      <Card title="Today's targets">
        {targets.error ? (
          <ErrorState error={targets.error} what="your targets" onRetry={() => void targets.refetch()} />
        ) : targets.data ? (
          <TargetsList view={targets.data} />
        ) : (
          <Spinner label="Loading targets…" />
        )}
      </Card>
      <Card title="Meal plan">
        <MealPlanPanel base="/api/me/nutrition" canGenerate={false} today={localToday()} />
      </Card>
      <Card title="Today's intake">
        {intake.data ? <AdherenceLine intake={intake.data} /> : null}
        <IntakeForm />
      </Card>
    </>
  );
}
