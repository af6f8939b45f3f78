import { type Catalog, startingStrength } from "../catalog/index.ts";
import type { ProgressionStates } from "../logging/index.ts";
import type { RepMax, Unit } from "../model/index.ts";
import { fromKg } from "../units/index.ts";

/** What the publish gate needs to know a client's 1RMs: logged e1RMs (states) and intake baselines. */
export type OneRmContext = {
  catalog: Catalog;
  states: ProgressionStates;
  baselines: readonly RepMax[];
  /** ISO date, for staleness. */
  today: string;
  /** The plan's unit: the answer is in it. */
  unit: Unit;
};

/**
 * The client's 1RM for each lift as the session generator seeds it (own e1RM, else its baseline,
 * else a related lift's, discounted for transfer and staleness), in the plan's unit. The estimate
 * errs low, so "load ≥ 60% of 1RM" errs towards calling a load vigorous, the safe side of a gate.
 * Undefined when nothing related is known or the lift carries no external load.
 */
export function knownOneRms(ctx: OneRmContext): (exerciseId: string) => number | undefined {
  const memo = new Map<string, number | undefined>();
  return (exerciseId) => {
    if (memo.has(exerciseId)) return memo.get(exerciseId);
    const start = startingStrength({
      exerciseId,
      catalog: ctx.catalog,
      states: ctx.states,
      baselines: ctx.baselines,
      today: ctx.today,
    });
    const value = start ? fromKg(start.e1rmKg, ctx.unit) : undefined;
    memo.set(exerciseId, value);
    return value;
  };
}
