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
  /** A day's plan is a small integer program; a cap keeps a pathological table from holding a request. */
  time_limit: 2,
  // The objective is in points (1 point = 1% off a target); one point is close enough.
  mip_abs_gap: 1,
  mip_rel_gap: 0.05,
  // Presolve costs more than it saves on a model this small (measured ~2× slower with it).
  presolve: "off",
  output_flag: false,
} as const;

/** A synchronous LpSolver over a loaded HiGHS instance. */
export function highsSolver(highs: Highs): LpSolver {
  return (lp: string): LpResult => {
    const s = highs.solve(lp, SOLVE_OPTIONS);
    const columns: Record<string, number> = {};
    const ok = s.Status === "Optimal" || s.Status === "Time limit reached";
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
