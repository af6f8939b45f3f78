import type { BodyRegion } from "@spotter/engine";

/**
 * The engine's BODY_REGIONS, restated so the client portal imports nothing at runtime from
 * @spotter/engine: its barrel would pull the exercise catalog into the phone's first load. The
 * type checks below fail the build if the two lists ever differ.
 */
export const REGIONS = [
  "neck",
  "shoulder",
  "elbow",
  "wrist",
  "upper_back",
  "lower_back",
  "hip",
  "knee",
  "ankle",
  "chest",
] as const satisfies readonly BodyRegion[];

type Missing = Exclude<BodyRegion, (typeof REGIONS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;
void _complete;
