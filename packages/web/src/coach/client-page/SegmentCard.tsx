import { useApi } from "../../api/use-api.ts";
import { Badge, Card, type Tone } from "../../ui/index.ts";
import { label } from "../labels.ts";

type Segment = {
  risk: "low" | "moderate" | "high";
  experience: string;
  autonomy: string;
  suggestedModel: string;
  reasons: { ruleId: string; message: string }[];
  suggestedTier: { name: string } | null;
  currentTier: { name: string } | null;
};

const RISK_TONE: Record<Segment["risk"], Tone> = { low: "green", moderate: "yellow", high: "red" };

/**
 * The intake review: the segment Spotter derives from the intake (risk, experience, autonomy) and
 * the coaching model it suggests, with its reasons. Hidden when the server has no segmentation.
 */
export function SegmentCard({ clientId }: { clientId: string }) {
  const res = useApi<Segment>(`/api/clients/${clientId}/segment`);
  if (res.loading || res.error || !res.data) return null;
  const s = res.data;
  return (
    <Card title="Intake review">
      <div className="chips">
        <Badge tone={RISK_TONE[s.risk] ?? "neutral"}>Risk: {s.risk}</Badge>
        <Badge tone="blue">Experience: {s.experience}</Badge>
        <Badge>Autonomy: {s.autonomy}</Badge>
      </div>
      <p className="small" style={{ marginTop: "var(--space-3)" }}>
        Suggested coaching model: <strong>{label(s.suggestedModel)}</strong>
        {s.suggestedTier ? ` (tier “${s.suggestedTier.name}”)` : ""}
        {s.currentTier ? `. Current tier: ${s.currentTier.name}.` : "."}
      </p>
      {s.reasons.length ? (
        <ul className="cues">
          {s.reasons.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
