import type { RedFlagKind } from "../model/triage-signal.ts";

/**
 * Whom to refer to per red-flag kind, and what to say. Sources: ACSM GETP signs/symptoms and
 * "stop exercise" indications; spinal/neurological red flags (AHCPR; NHS); ACE/EDSNA/NASM guidance
 * that diagnosing is outside a trainer's scope (ACSM 2018, Guidelines for Exercise Testing and
 * Prescription, 10th ed., Table 2.2; AHCPR 1994, Acute Low Back Problems in Adults; ACE 2020).
 * Stroke signs → emergency services is general medical guidance, not from these sources.
 */
export const RED_FLAG_POLICY: Record<RedFlagKind, { label: string; referTo: string[]; action: string }> = {
  chest_pain: {
    label: "chest pain or heart-related symptoms",
    referTo: ["emergency services now if the pain is ongoing, severe or comes with breathlessness", "physician"],
    action: "Pause training and contact the client today; ask them to see a physician before training again.",
  },
  dizziness_fainting: {
    label: "dizziness or fainting",
    referTo: ["physician", "emergency services if they lost consciousness or it came with chest pain"],
    action: "Pause training and contact the client today; ask them to get medical clearance before resuming.",
  },
  neurological: {
    label: "neurological symptoms (numbness, weakness, vision or speech changes, severe headache)",
    referTo: [
      "emergency services now if sudden (face droop, arm weakness, speech trouble, sudden severe headache)",
      "physician",
    ],
    action: "Contact the client now; sudden symptoms need emergency care, others a physician before training.",
  },
  severe_pain: {
    label: "severe pain",
    referTo: ["physiotherapist or sports-medicine physician"],
    action: "Stop loading the painful area and contact the client; suggest an assessment before continuing.",
  },
  sharp_pain: {
    label: "sharp or sudden pain",
    referTo: ["physiotherapist or sports-medicine physician"],
    action: "Stop loading the painful area and contact the client; suggest an assessment before continuing.",
  },
  disordered_eating: {
    label: "possible signs of disordered eating",
    referTo: ["physician", "registered dietitian", "mental-health professional"],
    action:
      "Stop any deficit or volume progression. Raise it privately and without judgement, focus on wellbeing (not weight), and encourage professional support.",
  },
  compulsive_exercise: {
    label: "possible signs of compulsive exercise",
    referTo: ["physician", "mental-health professional"],
    action:
      "Hold volume progression. Talk privately and supportively about how training feels, and encourage professional support.",
  },
  emotional_distress: {
    label: "signs of emotional distress",
    referTo: ["mental-health professional or physician"],
    action: "Reach out personally and kindly today; encourage support from a mental-health professional.",
  },
};

/** Added when the text suggests self-harm: someone should act now, not at the next review. */
export const SELF_HARM_REFERRAL =
  "a crisis line or emergency services now if the client may be at risk of harming themselves";
