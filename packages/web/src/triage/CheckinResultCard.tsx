import type { CheckInResult } from "@spotter/contracts";
import { Link } from "wouter";
import { Card } from "../ui/index.ts";

const BAND: Record<string, string> = {
  high: "high",
  normal: "normal",
  low: "a bit low",
  very_low: "low",
  no_data: "not scored yet",
};

/**
 * What the client sees after a check-in: a gentle word for green and yellow, and for red a clear
 * "your coach has been told" with the urgent-care line. It never names a condition.
 */
export function CheckinResultCard({ result, flagged }: { result: CheckInResult | undefined; flagged: boolean }) {
  const level = result?.level ?? (flagged ? "red" : undefined);
  const score = result?.readiness.score;
  return (
    <Card title="Thanks — check-in sent">
      <div role="status" data-testid="checkin-result" data-level={level}>
        {level === "red" ? (
          <>
            <p className="notice notice-red">
              <strong>Your coach has been told.</strong> Training changes are on hold until they've been in touch.
            </p>
            <p>
              If you have chest pain, feel faint, have trouble speaking or seeing, or your symptoms feel severe,{" "}
              <strong>seek urgent medical care now</strong> (call your local emergency number).
            </p>
          </>
        ) : level === "yellow" ? (
          <p>
            Thanks for being honest. Some answers stand out, so your coach will take a look and may adjust today's plan.
          </p>
        ) : (
          <p>You're all set. Your coach uses this to fine-tune today's training.</p>
        )}
        {score !== undefined && score !== null ? (
          <p className="small muted">
            Readiness today: {score}/100 ({BAND[result?.readiness.band ?? "no_data"] ?? result?.readiness.band}).
            {result?.readiness.baselineStatus.wellness.ready ? "" : " Spotter is still learning your normal."}
          </p>
        ) : null}
        {level !== "red" ? (
          <p className="small">
            <Link href="/changes">See changes to my plan</Link>
          </p>
        ) : null}
      </div>
    </Card>
  );
}
