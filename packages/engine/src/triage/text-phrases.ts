import type { RedFlagKind } from "../model/triage-signal.ts";

/**
 * Phrase patterns per red-flag kind (lower-case regex sources, matched at word boundaries).
 * Kept deliberately specific: "faint" alone ("a faint ache") or "confused" ("confused by the plan")
 * would page coaches for nothing. Sources for the cues: ACSM signs/symptoms, stroke signs,
 * SCOFF items (Morgan, Reid & Lacey 1999, BMJ), CET subscales (Taranis, Touyz & Meyer 2011, Eur Eat
 * Disord Rev) and ACE/EDSNA coaching cues.
 */
export const RED_FLAG_PHRASES: Record<RedFlagKind, readonly string[]> = {
  chest_pain: [
    "chest (?:pain|pains|tightness|pressure|discomfort|hurts?|hurting|hurt|felt tight|was tight)",
    "(?:pain|tightness|pressure|discomfort|ache) in (?:my|the) chest",
    "tight chest",
    "heart (?:was )?(?:racing|pounding|fluttering|skipping)",
    "palpitations?",
    "irregular heart ?beat",
    "short(?:ness)? of breath at rest",
  ],
  dizziness_fainting: [
    "dizz(?:y|iness)",
    "light[- ]?headed(?:ness)?",
    "(?:felt|feel|feeling|nearly|almost) faint",
    "faint(?:ed|ing)",
    "passed out",
    "black(?:ed)? ?out",
    "lost consciousness",
    "vertigo",
    "room (?:was )?spinning",
  ],
  neurological: [
    "numb(?:ness)?",
    "tingl(?:e|es|ing)",
    "pins and needles",
    "weak(?:ness)? (?:in|on) (?:my |one |the )?(?:left |right )?(?:arm|leg|side|face|hand)",
    "one[- ]sided weakness",
    "face (?:droop|drooping|drooped)",
    "slurred speech",
    "slurring",
    "trouble (?:speaking|talking|finding words)",
    "(?:blurred|blurry|double) vision",
    "lost (?:my )?vision",
    "(?:worst|sudden|severe|thunderclap) headache",
    "saddle (?:numbness|anaesthesia|anesthesia)",
    "(?:lost|loss of) (?:bladder|bowel) control",
    "incontinen(?:ce|t)",
  ],
  severe_pain: [
    "(?:severe|excruciating|unbearable|agonizing|agonising|extreme) pain",
    "pain (?:is|was) (?:severe|unbearable|excruciating)",
    "worst pain",
  ],
  sharp_pain: [
    "(?:sharp|stabbing|shooting|searing) pain",
    "(?:felt|heard) (?:a |something )?(?:pop|snap|tear|rip)",
    "something (?:popped|snapped|tore)",
    "(?:tore|torn|ruptured) (?:my|a)",
  ],
  disordered_eating: [
    "(?:make|made|making) myself (?:sick|throw up|vomit)",
    "(?:throw|threw|throwing) up after (?:eating|meals?|dinner|lunch)",
    "purg(?:e|ed|ing)",
    "binge[- ]?eat(?:ing)?",
    "laxatives?",
    "diet pills",
    "starv(?:e|ed|ing) myself",
    "(?:stopped|barely|hardly) eating",
    "not eating (?:at all|anything)",
    "(?:lost|lose|losing) control (?:of|over) (?:my |what i )?eat(?:ing)?",
    "food (?:controls|dominates|rules) my life",
    "earn (?:my|the) (?:food|meals?|dinner|calories)",
    "burn off (?:what i ate|the (?:food|meal|calories)|dinner|lunch|breakfast)",
  ],
  compulsive_exercise: [
    "(?:can'?t|cannot|couldn'?t) (?:miss|skip) (?:a |any )?(?:session|workout|day|training)",
    "(?:can'?t|cannot) (?:take|have) a rest day",
    "guilt(?:y)? (?:when|if|for|about) (?:i )?(?:rest|resting|skip|skipping|miss|missing|not training|taking a day off)",
    "(?:trained|training|train) (?:through|despite) (?:the |my |an? )?(?:injury|illness|flu|fever|being sick)",
    "extra (?:session|workout|cardio) to (?:burn|make up|compensate|earn)",
    "(?:have to|need to|must) (?:train|work out|exercise) (?:every day|twice a day|even when)",
    "(?:panic|anxious|freak out) (?:when|if) i (?:miss|skip|can'?t train)",
    "punish(?:ing)? myself",
    "exercise to (?:compensate|make up for|burn off)",
  ],
  emotional_distress: [
    "hopeless(?:ness)?",
    "worthless",
    "(?:can'?t|cannot) cope",
    "(?:feel|feeling|i'?m|been|am) (?:really |so |very )?depressed",
    "panic attacks?",
    "(?:crying|cried) (?:all|every) (?:day|night|the time)",
    "falling apart",
    "breaking down",
    "suicid(?:e|al)",
    "(?:kill|hurt|harm|cut(?:ting)?) myself",
    "self[- ]?harm",
    "(?:want|wanted|wanting) to die",
    "no point (?:in|of) (?:living|life|going on)",
    "end it all",
  ],
};

/** Emotional-distress patterns that suggest possible self-harm (adds an urgent referral). */
export const SELF_HARM_PHRASES: readonly string[] = [
  "suicid(?:e|al)",
  "(?:kill|hurt|harm|cut(?:ting)?) myself",
  "self[- ]?harm",
  "(?:want|wanted|wanting) to die",
  "no point (?:in|of) (?:living|life|going on)",
  "end it all",
];

/** Words that negate a following symptom within their clause ("no chest pain", "wasn't dizzy"). */
export const NEGATION_CUES = [
  "no",
  "not",
  "never",
  "without",
  "nor",
  "denies",
  "deny",
  "denied",
  "zero",
  "none",
] as const;

/** Contractions typed without an apostrophe ("didnt", "wasnt") still negate. */
export const BARE_CONTRACTIONS = [
  "dont",
  "didnt",
  "doesnt",
  "wasnt",
  "werent",
  "isnt",
  "arent",
  "havent",
  "hasnt",
  "hadnt",
  "cant",
  "couldnt",
  "wont",
  "wouldnt",
] as const;

/** Cue + next word that only look like negation ("not sure", "no idea") and keep the hit. */
export const PSEUDO_NEGATIONS = ["sure", "certain", "idea", "know", "think", "only", "doubt"] as const;
