import { z } from "zod";
import { trainerProfileSchema } from "../../engine/index.ts";

/** PUT body: the engine contract's profile; every field has a default, so missing fields take it. */
export const trainerProfileUpdateSchema = trainerProfileSchema;

export const trainerProfileResponseSchema = z.object({
  profile: trainerProfileSchema,
  /** True when the coach has not saved a profile yet and the defaults are shown. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type TrainerProfileResponse = z.infer<typeof trainerProfileResponseSchema>;
