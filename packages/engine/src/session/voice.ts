import type { Exercise } from "../model/index.ts";
import type { TrainerProfile } from "../trainer-profile/index.ts";

const TONE_CLOSER = {
  encouraging: "Own every rep, you've got this.",
  direct: "",
  technical: "",
} as const;

/**
 * Cues in the trainer's voice. Verbosity picks how many catalog cues (minimal: the key execution
 * cue; standard: setup + two execution cues; detailed: all cues plus common faults). Tone shapes
 * the wording: encouraging adds a closer, direct keeps imperatives bare, technical adds tempo.
 */
export function cuesFor(ex: Exercise, voice: TrainerProfile["voice"]): string[] {
  const { setup, execution, faults } = ex.cues;
  let cues: string[];
  switch (voice.cueVerbosity) {
    case "minimal":
      cues = execution.slice(0, 1);
      break;
    case "detailed":
      cues = [...setup, ...execution, ...faults.map((f) => `Avoid: ${f.charAt(0).toLowerCase()}${f.slice(1)}`)];
      break;
    default:
      cues = [...setup.slice(0, 1), ...execution.slice(0, 2)];
  }
  if (cues.length === 0) cues = ["Move with control through a comfortable range"];
  if (voice.tone === "technical") {
    cues.push(`Tempo ${ex.tempo} (eccentric-pause-concentric-pause, seconds)`);
  } else if (voice.tone === "encouraging") {
    cues.push(TONE_CLOSER.encouraging);
  } else {
    cues = cues.map((c) => c.replace(/[.!]$/, ""));
  }
  return cues;
}
