import type { RoadmapResponse } from "@spotter/contracts";
import { roadmapPosition } from "@spotter/engine";
import { isoDay } from "../programming/clock.ts";
import { runEngine } from "../programming/engine-errors.ts";
import type { RoadmapRow } from "../programming/roadmaps.ts";

/** A client's roadmap as the API shows it, with where `now` falls in it (null before one is built). */
export function presentRoadmap(clientId: string, row: RoadmapRow | undefined, now: Date): RoadmapResponse {
  if (!row) return { clientId, roadmap: null, position: null, editedByCoach: false, updatedAt: null };
  return {
    clientId,
    roadmap: row.roadmap,
    position: runEngine(
      () => roadmapPosition(row.roadmap, isoDay(now)),
      (p) => `roadmap.${p}`,
    ),
    editedByCoach: row.editedByCoach,
    updatedAt: row.updatedAt.toISOString(),
  };
}
