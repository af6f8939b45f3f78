import type { SegmentView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Badge, Card, type Tone } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { segmentQuery } from "./queries.ts";

const RISK_TONE: Record<SegmentView["risk"], Tone> = { low: "green", moderate: "yellow", high: "red" };

/**
 * The intake review: the segment Spotter derives from the intake (risk, experience, autonomy) and
 * the coaching model it suggests, with its reasons. Hidden until it has loaded (or if it fails).
 */
export function SegmentCard({ clientId }: { clientId: string }) {
  const res = useQuery(segmentQuery(clientId));
  if (!res.data) return null;
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
