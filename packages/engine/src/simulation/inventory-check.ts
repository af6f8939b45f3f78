import type { Simulation } from "./run.ts";

type LooseInventory = { dumbbellsKg?: { min: number; max: number; step: number } | number[]; kettlebellsKg?: number[] };

/**
 * Loaded items whose dumbbell or kettlebell load does not exist at the client's location (above
 * the heaviest, or between sizes), when the location states its inventory (kg sessions only).
 */
export function loadsNotOwned(sim: Simulation): { n: number; count: number; examples: string[] } {
  const client = sim.persona.client;
  const location = client.locations.find((l) => l.id === client.defaultLocationId);
  const inv = (location as { inventory?: LooseInventory } | undefined)?.inventory;
  const owned = (sizes: LooseInventory["dumbbellsKg"]) => {
    if (!sizes) return undefined;
    if (Array.isArray(sizes)) return new Set(sizes);
    const out = new Set<number>();
    for (let kg = sizes.min; kg <= sizes.max + 1e-9; kg += sizes.step) out.add(Math.round(kg * 1000) / 1000);
    return out;
  };
  const dumbbells = owned(inv?.dumbbellsKg);
  const kettlebells = inv?.kettlebellsKg ? new Set(inv.kettlebellsKg) : undefined;
  let n = 0;
  let count = 0;
  const examples: string[] = [];
  for (const { date, session } of sim.sessions) {
    if (session.unit !== "kg") continue;
    for (const item of [...session.warmup, ...session.main, ...session.finisher]) {
      const ex = sim.catalog.get(item.exerciseId);
      const sizes = ex?.loadType === "dumbbell" ? dumbbells : ex?.loadType === "kettlebell" ? kettlebells : undefined;
      if (!sizes || item.load === undefined || item.load <= 0) continue;
      n += 1;
      if (sizes.has(item.load)) continue;
      count += 1;
      if (examples.length < 3) examples.push(`${date} ${item.exerciseId} @ ${item.load} kg`);
    }
  }
  return { n, count, examples };
}
