/**
 * The closed set of free-form exercise tags the built-in catalog uses. Exercise.tags stays a
 * `string[]` (organizations may grow it later), but validateCatalog checks against this list so a
 * typo such as "cool_down" cannot silently drop an exercise out of the cool-down picker.
 */
export const EXERCISE_TAGS = [
  /** Main lift that earns warm-up ramp sets before the work sets. */
  "ramp_candidate",
  /** Jumps, bounds, hops: a landing with a stretch-shortening cycle. */
  "plyometric",
  /** Speed-strength: throws, swings, olympic derivatives. */
  "explosive",
  "olympic",
  /** Held position, measured in time. */
  "isometric",
  /** General warm-up drill (raise temperature, rehearse movement) before ramp sets. */
  "general_warmup",
  /** Low-intensity stretch or breathing drill suited to the end of a session. */
  "cooldown",
  /** Good end-of-session finisher: short, hard, low skill. */
  "finisher",
  /** Well suited to work/rest interval formats. */
  "interval",
  /** No jumping or running impact: joint-friendly conditioning. */
  "low_impact",
  /** Muscle activation / prehab drill (rotator cuff, glutes, scapulae). */
  "activation",
  /** Trains grip endurance as a main effect. */
  "grip",
  /** Needs a stable household object (table, chair, stair, towel) instead of gym equipment. */
  "household",
] as const;
export type ExerciseTag = (typeof EXERCISE_TAGS)[number];
