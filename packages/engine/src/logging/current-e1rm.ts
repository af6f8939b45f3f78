/**
 * How much one exposure moves the CURRENT e1RM estimate (exponential smoothing,
 * next = prev + α·(exposure − prev)). A single day's e1RM scatters by a few percent (effort
 * ratings are off by about a rep in reserve and readiness varies day to day: Zourdos et al., JSCR 2016), so no one exposure replaces
 * the estimate; half-weighting a rated exposure tracks a real change within two or three exposures.
 * An unrated set goes through Epley as if to failure, so it is a lower bound: when it sits ABOVE
 * the estimate it is real evidence of more strength (same weight as a rated set); when it sits
 * below, the set may simply not have been hard, so it moves the estimate less.
 */
export const E1RM_SMOOTHING = { rated: 0.5, unratedUp: 0.5, unratedDown: 0.25 } as const;

/** The next current estimate from the previous one (0 = none yet) and one exposure's e1RM. */
export function blendE1rm(previousKg: number, exposureKg: number, rated: boolean): number {
  if (!(previousKg > 0)) return exposureKg;
  if (!(exposureKg > 0)) return previousKg;
  const alpha = rated
    ? E1RM_SMOOTHING.rated
    : exposureKg >= previousKg
      ? E1RM_SMOOTHING.unratedUp
      : E1RM_SMOOTHING.unratedDown;
  return previousKg + alpha * (exposureKg - previousKg);
}
