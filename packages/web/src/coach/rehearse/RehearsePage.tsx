import { PageHead } from "../../ui/index.ts";
import { CohortCard } from "./CohortCard.tsx";
import { ScenarioCard } from "./ScenarioCard.tsx";
import "./rehearse.css";

/** The owner's rehearsal page: test the rules on synthetic clients before real clients meet them. */
export function RehearsePage() {
  return (
    <div className="rh-page">
      <PageHead
        title="Rehearse"
        subtitle="Check your methods and tiers on synthetic clients before real clients meet them"
      />
      <CohortCard />
      <ScenarioCard />
    </div>
  );
}
