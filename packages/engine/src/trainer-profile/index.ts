export { createTrainerProfile, DEFAULT_TRAINER_PROFILE } from "./defaults.ts";
export {
  CUE_VERBOSITIES,
  type CueVerbosity,
  EFFORT_SCALES,
  type EffortScale,
  FINISHER_STYLES,
  type FinisherStyle,
  PROGRESSION_METHODS,
  type ProgressionMethod,
  type RestRule,
  TONES,
  type Tone,
  TRAINING_STYLES,
  type TrainerProfile,
  type TrainingStyle,
  WARMUP_STYLES,
  type WarmupStyle,
} from "./trainer-profile.ts";
export { validateTrainerProfile } from "./validate.ts";
