import { z } from "zod";
import { isoDate } from "../../common.ts";
import { roadmapPositionSchema, roadmapSchema } from "../../engine/index.ts";

/** POST /api/clients/:id/roadmap: build from the client's profile and their coach's Trainer Profile. */
/** The body may be left out (`null`): the roadmap then starts today. */
export const roadmapBuildRequestSchema = z.object({ startDate: isoDate.optional() }).nullish();

/** PUT /api/clients/:id/roadmap: the coach's edited roadmap (checked by the engine's validateRoadmap). */
export const roadmapUpdateRequestSchema = z.object({ roadmap: roadmapSchema });
export type RoadmapUpdateRequest = z.input<typeof roadmapUpdateRequestSchema>;

export const roadmapResponseSchema = z.object({
  clientId: z.uuid(),
  /** Null until a roadmap is built. */
  roadmap: roadmapSchema.nullable(),
  /** Where today falls in the roadmap. */
  position: roadmapPositionSchema.nullable(),
  editedByCoach: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type RoadmapResponse = z.infer<typeof roadmapResponseSchema>;
