import type { MonitoringView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import uPlot from "uplot";
import { UPlotChart } from "../charts/UPlotChart.tsx";
import { Card, EmptyState, ErrorState, Spinner } from "../ui/index.ts";
import { checkinsQuery } from "./queries.ts";
import { ewmaSeries, READINESS_BANDS, readinessHistory } from "./readiness-series.ts";

const toSec = (d: string) => Date.parse(`${d}T12:00:00Z`) / 1000;
type Opts = Omit<uPlot.Options, "width" | "height">;

/** Shades the readiness bands behind the line: very low, low, normal, high. */
function bandShading(u: uPlot) {
  const { ctx, bbox } = u;
  const zone = (lo: number, hi: number, color: string) => {
    const top = u.valToPos(hi, "y", true);
    const bottom = u.valToPos(lo, "y", true);
    ctx.fillStyle = color;
    ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
  };
  zone(0, READINESS_BANDS.low, "rgba(185, 28, 28, 0.09)");
  zone(READINESS_BANDS.low, READINESS_BANDS.normal, "rgba(202, 138, 4, 0.11)");
  zone(READINESS_BANDS.high, 100, "rgba(21, 128, 61, 0.08)");
}

function readinessChart(points: { date: string; score: number | null }[]): { data: uPlot.AlignedData; options: Opts } {
  return {
    data: [points.map((p) => toSec(p.date)), points.map((p) => p.score)],
    options: {
      legend: { live: false },
      scales: { y: { auto: false, range: [0, 100] } },
      series: [{}, { label: "Readiness", stroke: "#0f766e", width: 2, spanGaps: true, points: { size: 6 } }],
      axes: [{}, { label: "Readiness (0–100)" }],
      hooks: { drawClear: [bandShading] },
    },
  };
}

function loadChart(srpe: { date: string; load: number }[]): { data: uPlot.AlignedData; options: Opts } {
  const loads = srpe.map((d) => d.load);
  const { acute, chronic } = ewmaSeries(loads);
  return {
    data: [srpe.map((d) => toSec(d.date)), loads, acute, chronic],
    options: {
      legend: { live: false },
      series: [
        {},
        {
          label: "Daily sRPE load (AU)",
          stroke: "#64748b",
          fill: "rgba(100,116,139,0.3)",
          paths: uPlot.paths.bars?.({ size: [0.7, 24] }),
        },
        { label: "Acute EWMA (7 d)", stroke: "#b45309", width: 2, points: { show: false } },
        { label: "Chronic EWMA (28 d)", stroke: "#1d4ed8", width: 2, dash: [6, 4], points: { show: false } },
      ],
      axes: [{}, { label: "Load (RPE × min)" }],
    },
  };
}

/** Readiness over six weeks with its bands, and sRPE load with acute/chronic EWMA and the ACWR caveats. */
export function ReadinessLoadCharts({ clientId, view }: { clientId: string; view: MonitoringView }) {
  const checkins = useQuery(checkinsQuery(clientId));
  const readiness = useMemo(
    () => (checkins.data ? readinessHistory(checkins.data.items, view.date) : undefined),
    [checkins.data, view.date],
  );
  const rChart = useMemo(() => (readiness ? readinessChart(readiness) : undefined), [readiness]);
  const srpe = view.load.srpe;
  const hasLoad = srpe.some((d) => d.load > 0);
  const lChart = useMemo(() => (hasLoad ? loadChart(srpe) : undefined), [hasLoad, srpe]);
  const acwr = view.load.acwr as {
    acute?: number;
    chronic?: number;
    ratio?: number | null;
    zone?: string | null;
    daysOfData?: number;
    caveats?: string[];
  };
  const mono = view.load.monotony as { monotony?: number; strain?: number; weeklyLoad?: number };
  const scored = readiness?.filter((p) => p.score !== null) ?? [];

  return (
    <>
      <Card title="Readiness">
        {checkins.error ? (
          <ErrorState error={checkins.error} what="check-ins" onRetry={() => void checkins.refetch()} />
        ) : !readiness || !rChart ? (
          <Spinner label="Loading readiness…" />
        ) : scored.length === 0 ? (
          <EmptyState title="No check-ins yet">Readiness appears after the client's first daily check-in.</EmptyState>
        ) : (
          <>
            {view.hrCaveat ? (
              <p className="notice notice-yellow" data-testid="hr-caveat">
                <strong>HR caveat:</strong> {view.hrCaveat.message}
              </p>
            ) : null}
            <p className="triage-big">
              Today: <strong>{view.readiness.score ?? "—"}</strong>/100{" "}
              <span className="muted">({view.readiness.band.replace("_", " ")})</span>
            </p>
            <UPlotChart
              label="Readiness score over the last six weeks, with low and very low bands shaded"
              options={rChart.options}
              data={rChart.data}
            />
            <p className="small muted">
              Bands: high ≥ {READINESS_BANDS.high}, normal ≥ {READINESS_BANDS.normal}, low ≥ {READINESS_BANDS.low}, very
              low below. Wellness {view.readiness.baselineStatus.wellness.message}.
            </p>
            {view.readiness.drivers.length ? (
              <ul className="cues small">
                {view.readiness.drivers.map((d) => (
                  <li key={d.item}>{d.message}</li>
                ))}
              </ul>
            ) : null}
            <details>
              <summary>Show data</summary>
              <p className="small">
                {scored.map((p) => `${p.date} ${p.score} (${p.band.replace("_", " ")})`).join(" · ")}
              </p>
            </details>
          </>
        )}
      </Card>
      <Card title="Training load">
        {lChart ? (
          <UPlotChart
            label="Daily session-RPE load with 7-day acute and 28-day chronic averages"
            options={lChart.options}
            data={lChart.data}
          />
        ) : (
          <EmptyState title="No session loads yet">
            Load (session RPE × minutes) appears once logged sessions reach monitoring.
          </EmptyState>
        )}
        {lChart ? (
          <p className="small muted">
            Lines are exponentially weighted averages over the 28 days shown; the ratio below uses the full history.
          </p>
        ) : null}
        <dl className="kv triage-kv">
          <dt>Acute:chronic ratio</dt>
          <dd data-testid="acwr">
            {acwr.ratio != null
              ? `${acwr.ratio.toFixed(2)}${acwr.zone ? ` (${acwr.zone.replace("_", " ")})` : ""}`
              : `not shown yet: ${acwr.daysOfData ?? 0} of 28 days of load`}
          </dd>
          <dt>Acute / chronic load</dt>
          <dd>
            {Math.round(acwr.acute ?? 0)} / {Math.round(acwr.chronic ?? 0)} AU
          </dd>
          <dt>Monotony, strain (7 d)</dt>
          <dd>
            {(mono.monotony ?? 0).toFixed(2)}, {Math.round(mono.strain ?? 0)}
          </dd>
          <dt>Week-to-week change</dt>
          <dd>{view.load.weekToWeekChange == null ? "—" : `${Math.round(view.load.weekToWeekChange * 100)}%`}</dd>
        </dl>
        <div className="notice notice-yellow small triage-caveat" data-testid="acwr-caveat">
          <strong>About the ratio:</strong>
          <ul>
            {(acwr.caveats ?? []).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
        {lChart ? (
          <details>
            <summary>Show data</summary>
            <p className="small">
              {srpe
                .filter((d) => d.load > 0)
                .map((d) => `${d.date} ${Math.round(d.load)} AU`)
                .join(" · ")}
            </p>
          </details>
        ) : null}
      </Card>
    </>
  );
}
