import type { WeekResult } from "@spotter/contracts";
import { dayName } from "./format.ts";

const TEXT: Record<WeekResult["outcome"], string> = {
  created: "Draft created",
  published: "Published",
  exists: "Already has a session",
  past: "Day has passed",
  refused: "Not published",
  failed: "Failed",
};

/** What the last week action did, per day: refusals carry the single route's reasons. */
export function WeekResults({ title, results }: { title: string; results: WeekResult[] }) {
  const bad = results.filter((r) => r.outcome === "refused" || r.outcome === "failed");
  return (
    <div className={`notice ${bad.length ? "notice-red" : "notice-green"}`} role={bad.length ? "alert" : "status"}>
      <p>
        <strong>{title}</strong>
      </p>
      {results.length === 0 ? <p>Nothing to do this week.</p> : null}
      <ul className="week-results">
        {results.map((r) => (
          <li key={`${r.date}-${r.sessionId ?? ""}`}>
            {dayName(r.date)}: {TEXT[r.outcome]}
            {r.httpStatus ? ` (${r.httpStatus})` : ""}
            {r.fields?.length ? (
              <ul>
                {r.fields.map((f) => (
                  <li key={f.path}>{f.message}</li>
                ))}
              </ul>
            ) : r.message && r.outcome !== "past" ? (
              ` — ${r.message}`
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
