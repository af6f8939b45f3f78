import type { ReactNode } from "react";

export type Tone = "neutral" | "green" | "yellow" | "red" | "blue";

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const LIGHT_LABEL: Record<"green" | "yellow" | "red" | "unknown", string> = {
  green: "On track",
  yellow: "Needs review",
  red: "Act now",
  unknown: "No data yet",
};

/** A traffic light that never relies on colour alone: it always carries a text label. */
export function StatusLight({ level, label }: { level: "green" | "yellow" | "red" | "unknown"; label?: string }) {
  return (
    <span className={`status-light status-${level}`}>
      <span className="status-dot" aria-hidden="true" />
      {label ?? LIGHT_LABEL[level]}
    </span>
  );
}
