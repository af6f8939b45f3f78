/**
 * HiGHS (Huangfu & Hall, Math Prog Comp 2018; compiled to WASM by the `highs` package) as the
 * engine's LpSolver. The WASM module loads once per process (~55 ms) and is reused; a solve is
 * synchronous and single-threaded.
 */
import type { LpResult, LpSolver } from "@spotter/engine";
import highsLoader from "highs";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loading: Promise<Highs> | null = null;

/** The process's HiGHS instance (loaded on first use). */
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

export const SOLVE_OPTIONS = {
  /**
   * A day's plan is a small integer program, but a few instances take long to prove optimal: after
   * this many seconds the best plan found so far is used (it already meets the hard ±4% band).
   */
  time_limit: 1,
  // The objective is in points (1 point = 1% off a target, 4 points a repeated food): stop once
  // within 4 points of the bound, since every feasible plan already meets the hard constraints.
  mip_abs_gap: 4,
  mip_rel_gap: 0.25,
  // Presolve costs more than it saves on a model this small (measured ~2× slower with it).
  presolve: "off",
  output_flag: false,
} as const;

/** A synchronous LpSolver over a loaded HiGHS instance. */
export function highsSolver(highs: Highs): LpSolver {
  return (lp: string, opts?: { timeLimitSec?: number }): LpResult => {
    const s = highs.solve(lp, { ...SOLVE_OPTIONS, time_limit: opts?.timeLimitSec ?? SOLVE_OPTIONS.time_limit });
    const columns: Record<string, number> = {};
    const ok = s.Status === "Optimal" || (s.Status === "Time limit reached" && Number.isFinite(s.ObjectiveValue));
    if (ok) for (const [name, col] of Object.entries(s.Columns)) columns[name] = (col as { Primal: number }).Primal;
    return {
      status:
        s.Status === "Optimal"
          ? "optimal"
          : s.Status === "Infeasible"
            ? "infeasible"
            : s.Status === "Time limit reached"
              ? "time_limit"
              : "other",
      columns,
      objective: ok ? s.ObjectiveValue : Number.NaN,
    };
  };
}

/** The engine's solver, ready to use (loads HiGHS when needed). */
export async function lpSolver(): Promise<LpSolver> {
  return highsSolver(await loadHighs());
}
