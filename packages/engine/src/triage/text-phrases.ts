import type { RedFlagKind } from "../model/triage-signal.ts";

// Shared vocabulary (regex sources) so each cue can be written once with several phrasings.
const MEAL = "(?:meals?|breakfast|lunch|dinner|supper|snacks?|food|eating|a meal)";
const FOOD =
  "(?:\\w+ )?(?:food|meals?|breakfast|lunch|dinner|supper|snacks?|calories|carbs|dessert|treats?|pizza|cake|takeaway|takeout|burgers?|chocolate|ice cream|fries|sweets|binge|buffet|feast)";
const ATE =
  "(?:what i (?:ate|eat|had)|(?:the |my |that |all the |last night'?s |yesterday'?s |today'?s )?" +
  FOOD +
  "|eating|overeating)";
const EXERCISE =
  "(?:train(?:ed|ing)?|r[au]n(?:ning)?|work(?:ed|ing)? out|exercis(?:e|ed|ing)|lift(?:ed|ing)?|did cardio|doing cardio|cardio|kept (?:running|training|lifting|going)|(?:went|go|going) to the gym|hit the gym|(?:did|doing|do) stairs|took (?:\\w+ )?class(?:es)?|walk(?:ed|ing)?)";
const ILLNESS =
  "(?:(?:a|an|the|my) )?(?:(?:bad|sprained|injured|broken|fractured|torn|hurt|sore|swollen) (?:ankle|knee|foot|toe|leg|wrist|back|shoulder|hamstring|hip|calf)|injur(?:y|ies)|stress fracture|fracture|sprain|fever|temperature|flu|covid|(?:chest |head )?cold|illness|(?:stomach )?bug|virus|infection|chest infection|bronchitis|tonsillitis|shin splints|tendinitis|tendonitis|being sick)";
/** Training actually done (for "…despite an injury" read in either order). */
const TRAINED =
  "(?:trained|training|ran|running|went running|worked out|exercised|lifted|did (?:the |my |a )?(?:full )?(?:session|workout|class|run|cardio|training)|kept (?:training|running|lifting|going)|(?:went for|planned|did|do) (?:a |my )?(?:run|workout|session))";
/** Undoing food with exercise or restriction: several verbs for the same cue. */
const UNDO =
  "(?:compensate(?: for)?|make up for|burn (?:it |them )?off|undo|cancel (?:it |that |them )?out|balance (?:it |that |things )?out|work (?:it |them )?off|offset|get rid of (?:it|them|the calories))";

/** Self-harm and suicide phrasings: always surfaced, even when negated or hypothetical. */
export const SELF_HARM_PHRASES: readonly string[] = [
  "suicid(?:e|al)",
  "(?:kill|killing) myself",
  // "I hurt myself on the deadlift" is an injury report, not self-harm; "on purpose" is.
  "(?:hurt|hurting|harm|harming) myself(?! (?:on (?!purpose)|during|in|at|lifting|doing|training|squatting|running|deadlifting|benching|with|playing|(?:while|when) (?:lifting|training|running|squatting|doing|playing)))",
  "(?:want|wants|wanted|wanting|urges?) to (?:hurt|harm|cut|punish) myself",
  "(?:scratch|scratching|scratched|cut|cutting|hit|hitting|burn|burning) (?:my )?(?:arms?|legs?|wrists?|skin|thighs?|stomach) (?:until|till|so) (?:it|they) (?:bleed|bled|bleeds|hurts?)",
  "(?:happier|better off) (?:if|when) i(?:'m| am| was| were)? (?:gone|dead|not here|not around)",
  "point (?:in|of) (?:living|going on|being alive)",
  "(?:thoughts?|thinking) (?:of|about) (?:ending (?:it|things|everything)|dying|not being here)",
  "cut(?:ting)? myself",
  "self[- ]?harm(?:ing|ed)?",
  "(?:want|wanted|wanting) to (?:die|be dead)",
  "wish i (?:was|were) dead",
  "no point (?:in|of) (?:living|life|going on|being alive)",
  "end it all",
  "(?:end|ending|take|taking) my (?:own )?life",
  "(?:don'?t|do not) want to (?:be here|live|be alive|wake up)",
  "better (?:off )?(?:dead|without me)",
  "hoping (?:i )?(?:would(?:n'?t| not)|not to|to not|never to) wake up",
  "(?:never|not) (?:to )?wake up again",
  "(?:took|taken|take|taking) (?:extra|too many|a bunch of|all (?:my|the)) (?:pills|tablets)",
  "(?:want|wish) (?:it all|everything) to (?:stop|end)",
  "not being (?:alive|here|around)",
  "(?:goodbye|suicide) (?:note|letter)",
  "(?:relieved|happier|better off) if i (?:disappeared|was gone|were gone|died|wasn'?t here)",
  "(?:hit|hitting|punch(?:ing)?|slap(?:ping)?|bang(?:ing)?) myself",
  "(?:burn(?:ed|t|ing)?|cut|cutting|hit|hitting|scratch(?:ed|ing)?) my (?:arms?|legs?|wrists?|skin|thighs?) (?:with|on purpose|until)",
  "(?:don'?t know|not sure) how (?:much )?(?:longer|long) i can (?:keep going|go on|do this|take (?:it|this))",
  "no reason to live",
  "wish i could (?:just )?(?:disappear|not wake up|go to sleep forever)",
  "overdos(?:e|ed|ing)",
];

/**
 * Phrase patterns per red-flag kind (lower-case regex sources, matched at word boundaries over a
 * sentence). Kept deliberately specific: "faint" alone ("a faint ache") or "confused" ("confused by
 * the plan") would page coaches for nothing. Cues: ACSM major signs and symptoms (ACSM's Guidelines
 * for Exercise Testing and Prescription, 10th ed., 2018, Table 2.2); SCOFF items (Morgan, Reid & Lacey,
 * BMJ 1999;319:1467-1468); Compulsive Exercise Test subscales (Taranis, Touyz & Meyer, Eur Eat Disord
 * Rev 2011;19:256-268): rule-driven exercise, weight-control exercise, guilt when exercise is missed,
 * exercising despite injury or illness.
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
    // Emotional numbness ("numb and flat", "emotionally numb") belongs to distress.
    "(?<!emotionally )numb(?:ness)?(?! inside| emotionally| and (?:flat|empty|sad|hopeless))",
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
    // Purging (SCOFF "S").
    "(?:make|made|making) myself (?:sick|throw up|vomit|puke|gag)",
    "(?:sick|vomit(?:ed|ing)?|throw(?:ing)? up|threw up) (?:\\w+ ){0,3}?(?:on purpose|deliberately)",
    "eat(?:ing)? (?:almost|next to|practically|basically) nothing",
    "(?:go|going|went|stay|staying) (?:to bed )?hungry (?:on purpose|deliberately|to)",
    "hungry on purpose",
    "(?:every bite|eating|food) feels like (?:a )?(?:failure|losing)",
    "refus(?:e|ed|ing) to eat",
    "(?:can'?t|won'?t|don'?t) eat in front of (?:people|others|anyone)",
    "safe foods?",
    "(?:less than|under|below) (?:1,?000|1,?200|[5-9]\\d{2})(?: (?:calories|kcal|cals))? (?:a|per) day",
    "under[- ]?eat(?:ing)?",
    "(?:throw|threw|throwing) up (?:on purpose|deliberately|after (?:eating|meals?|dinner|lunch|breakfast|big meals))",
    "purg(?:e|ed|es|ing)",
    "fingers down my throat",
    "laxatives?",
    "diet pills",
    "(?:water pills|diuretics) (?:to|for) (?:lose|drop|make|cut)",
    // Loss of control (SCOFF "C"); "binge-watched" is not eating.
    "bing(?:e|ed|es|eing|ing)(?![- ]?(?:watch|watched|watching|on netflix|on tv))",
    "(?:lost|lose|losing) control (?:of|over|around|with) (?:my |what i )?(?:eat(?:ing)?|food)",
    "(?:can'?t|cannot|couldn'?t) stop eating",
    "out of control (?:with|around) food",
    "(?:ate|eat|eating) until i (?:felt|feel|was|am) sick",
    // Restriction and starving.
    "starv(?:e|ed|ing) myself",
    "(?:stopped|barely|hardly) eating",
    "not eating (?:at all|anything)",
    "(?:barely|hardly) (?:ate|eat|eating|had) anything",
    "(?:ate|eat|eating|having|had) (?:only |just |about |around |maybe )?[1-9]\\d{2} (?:calories|kcal|cals) (?:a|per) day",
    "(?:under|less than|below) (?:1,?000|1,?200|[5-9]\\d{2}) (?:calories|kcal|cals)",
    "(?:haven'?t|hasn'?t|have not) eat(?:en)? (?:anything )?(?:in|for) (?:two|three|four|five|a few|several|\\d+) days",
    "(?:haven'?t|hasn'?t|have not|didn'?t|did not|not) eat(?:en|ing)? (?:\\w+ ){0,4}?(?:on purpose|deliberately|to (?:make weight|lose weight|drop weight|cut weight))",
    // Food earned by exercise (ACE/EDSNA coaching cue), several phrasings.
    `earn(?:ed|ing)? (?:my |the |a |our |every )?${FOOD}`,
    "(?:have|need|got) to earn (?:it|them|what i eat)",
    `(?:no|not|never) (?:food|eating|eat) (?:until|till|before|unless) i(?:'ve| have)? (?:earned|${EXERCISE})`,
    "(?:let|allow) myself (?:to )?eat (?:after|if|once|when|until|only)",
    "(?:not|never) allowed to eat (?:until|before|unless|till)",
    "(?:don'?t|do not|didn'?t) deserve (?:to eat|food|dinner|lunch|breakfast|a meal)",
    // Compensation: skipping meals or fasting after eating.
    "skip(?:ped|ping|s)? (?:my |the |a )?" +
      MEAL +
      " (?:to|so|because|since|after|as) (?:i )?(?:\\w+ ){0,3}?(?:compensate|make up|burn|undo|lose weight|cut calories|save calories|ate|eaten|binged|overate|over-ate)",
    "(?:didn'?t|don'?t|won'?t|did not|do not) eat (?:my |any )?(?:" +
      MEAL +
      " )?(?:to|so|because|since|as) (?:i )?(?:\\w+ ){0,2}?(?:compensate|make up|ate|eaten|binged|overate|over-ate)",
    `(?:stopped|cut out|cutting out|dropped) (?:eating )?${MEAL}(?: completely)? to (?:lose|drop|cut|make)`,
    `(?:make|made|making) up for ${ATE}`,
    `compensate for ${ATE}`,
    "fast(?:ed|ing)? (?:for )?(?:two|three|four|2|3|4) days",
    "fast(?:ed|ing)? (?:\\w+ ){0,3}?to (?:undo|compensate|make up)",
    `burn(?:ed|ing|t)? (?:it )?off ${ATE}`,
    `${UNDO} ${ATE}`,
    // Food dominating life (SCOFF second "F"), body image (SCOFF first "F"), guilt after eating.
    "food (?:controls|dominates|rules|runs) my life",
    "(?:think|thinking|obsess(?:ed|ing)?) (?:about|over) (?:food|calories|eating|my weight) (?:all day|all the time|constantly|24/7)",
    "obsess(?:ed|ing)? (?:with|over|about) (?:counting )?(?:every )?(?:calories?|food|my weight)",
    "count(?:ing)? every (?:single )?calorie",
    "(?:say|says|said|tell me|tells me) i'?m (?:too |so |really )?(?:thin|skinny|underweight)",
    "(?:hate|disgusted (?:by|with)) my body",
    "guilty (?:after|about|for|when|whenever|every time) (?:i )?(?:eat|ate|eating|having food|food)",
    "vomit(?:ed|ing|s)? after (?:eating|meals?|dinner|lunch|breakfast|food)",
    "get rid of (?:it|them|the food|what i ate|the calories|the meal)",
    "(?:down to|only|just|under|less than) [1-9]\\d{2} (?:calories|kcal|cals)",
    "(?:won'?t|don'?t|never|do not|will not) let myself (?:eat|have) (?:\\w+ ){0,3}?(?:unless|until|before)",
    "(?:terrified|scared|afraid|fear) of (?:eating|food|carbs|fat|gaining)",
    "(?:hide|hiding|hid) (?:food|wrappers|what i eat)",
    "eat(?:ing)? in secret",
    "(?:basically|practically|pretty much|mostly|by) not eating",
    "work(?:ing|ed)? off (?:every (?:bite|calorie|meal)|what i (?:ate|eat)|the (?:food|meal|calories))",
    "(?:every|each) (?:bite|calorie) i eat",
    "stay under my (?:number|calories|limit)",
    "so i (?:don'?t|won'?t) (?:have to |need to )?eat",
    "(?:to|so i) (?:suppress my appetite|not feel hungry|don'?t feel hungry)",
    "weigh(?:ing)? myself (?:\\w+ ){0,2}?(?:times a day|every (?:morning and night|few hours)|constantly|after every meal)",
    "(?:throw|threw|throwing) up (?:\\w+ ){0,3}?after (?:eating|meals?|dinner|lunch|breakfast)",
    "(?:haven'?t|hasn'?t|have not|not) (?:had|eaten) (?:a (?:proper|real|full) meal|anything|properly) (?:in|for) (?:a|two|three|\\d+|several|a few) (?:days?|weeks?)",
    "(?:disgusting|disgusted|ashamed|gross) (?:after|when|whenever|every time) i (?:eat|ate)",
    "(?:if|once) i start eating i (?:won'?t|can'?t|don'?t) stop",
    "(?:only eat(?:ing)? once a day|one meal a day)",
    "sav(?:e|ing) (?:all )?(?:my )?calories (?:for|so)",
    "(?:i |and )starve (?:during|all|until|through|on)",
    "count(?:ing)? every (?:gram|calorie|bite|macro)",
  ],
  compulsive_exercise: [
    // Rule-driven exercise that cannot be missed.
    "(?:can'?t|cannot|couldn'?t) (?:miss|skip) (?:a |any |one )?(?:single )?(?:session|workout|day|training|run)",
    "(?:can'?t|cannot) not (?:train|exercise|work out|run|lift|go to the gym)",
    "(?:have to|need to|must|got to|gotta) (?:train|work out|exercise|run) (?:every (?:single )?day|twice a day|even when|no matter what)",
    "(?:can'?t|cannot|couldn'?t) (?:take|have) a (?:rest )?day(?: off)?",
    // Guilt, anxiety or panic when exercise is missed or on rest days (CET).
    "guilt(?:y)? (?:when|if|for|about|on) (?:i )?(?:rest|resting|rest days|skip|skipping|miss|missing|not training|take a (?:rest )?day off|taking a (?:rest )?day(?: off)?|a rest day)",
    "(?:hate|dread|can'?t stand|can'?t handle) rest days",
    "rest days? (?:make|makes|made) me (?:feel )?(?:anxious|panic|guilty|fat|lazy|awful|terrible|worthless)",
    "(?:panic|anxious|freak(?:ing)? out|awful|terrible|a failure|worthless) (?:when|if|whenever) i (?:miss|skip|can'?t train|can'?t work out|don'?t train|take a day off)",
    "(?:if|when|whenever) i (?:miss|skip) (?:a |my |one )?(?:workout|session|run|training|day)(?: i)? (?:feel (?:like )?(?:a failure|awful|terrible|guilty|worthless|fat|anxious)|panic|freak out|get anxious)",
    // Exercising despite injury or illness (ACE/EDSNA cue; CET), in either word order.
    `${EXERCISE} (?:\\w+ ){0,4}?(?:through|despite|with|on) ${ILLNESS}`,
    "(?:can'?t|cannot|couldn'?t) relax (?:unless|until|if i (?:don'?t|haven'?t)|without)",
    "or i (?:can'?t relax|panic|feel (?:awful|guilty|terrible|fat))",
    "sneak(?:ing)? in (?:a |extra |some )?(?:runs?|workouts?|sessions?|training|cardio)",
    "(?:exercise|train|work out|run) until i(?:'m| am)? (?:shaking|sick|throw up|collapse|can'?t (?:stand|move|walk))",
    "(?:went to the gym|trained|ran|worked out|training|running) (?:while |when )?(?:sick|ill|injured|feverish)",
    "(?:fever|flu|sick|ill|injured|a cold|covid|injury),? (?:but|and|yet) (?:i )?(?:still )?(?:went to the gym|trained|ran|worked out|did (?:my|a|the) (?:workout|session|run|cardio)|exercised|lifted)",
    // Exercise to compensate for eating (CET weight-control exercise).
    "(?:extra|additional|another|second|double|two) (?:cardio )?(?:cardio|sessions?|workouts?|runs?|class(?:es)?|hours?)(?: sessions?)? (?:\\w+ ){0,2}?(?:to|so i can) (?:burn|make up|compensate|earn|undo)",
    "(?:worked out|trained|ran|exercised|did cardio) (?:twice|two times|three times|again|extra) (?:today |tonight )?to (?:make up|burn|compensate|undo)",
    "(?:exercise|exercising|train|training|work out|cardio|run|running) (?:\\w+ )?to (?:compensate|make up for|burn off|undo)",
    "burn(?:ed|ing|t)? (?:it )?off (?:\\w+ ){1,4}?with (?:extra |double |more )?(?:cardio|running|a run|training|exercise|workouts?|sessions?)",
    // Dependence and punishment.
    "(?:addicted|addiction) to (?:exercise|exercising|training|the gym|working out|running|cardio)",
    "exercise addiction",
    "punish(?:ing|ed)? myself (?:with|by|through) (?:exercise|training|running|cardio|workouts?|extra|more)",
    "(?:exercise|training|cardio|running) (?:is|as) (?:a )?punishment",
    "(?:can'?t|couldn'?t|cannot) (?:face|bear|stand|handle|tolerate) (?:to )?(?:a |the )?(?:day off|rest day|rest|skip|miss|skipping|missing|taking a day off)",
    "(?:feel|felt) (?:like )?(?:garbage|crap|awful|terrible|a failure|worthless|guilty|anxious|fat|lazy|horrible) (?:if|when|whenever) i (?:don'?t|didn'?t|can'?t|miss|skip)",
    "(?:painkillers|ibuprofen|cortisone) (?:\\w+ ){0,3}?(?:train|training|run|running|lift|lifting|work out|exercise)",
    "rest days? (?:are|is|feel|feels) (?:the worst|awful|terrible|torture|hell|unbearable|impossible)",
    "(?:ruined|ruins|wrecked) (?:\\w+ ){0,3}?(?:if|when|whenever) i (?:miss|skip|don'?t)",
    "(?:did|do|doing) (?:the |my |a )?(?:class|session|workout|run|training) (?:while |when )?(?:sick|ill|injured|feverish)",
    "(?:adding|add|added|extra|more) (?:sessions?|workouts?|cardio|runs?|classes) (?:\\w+ ){0,2}?to burn",
    "so i (?:wouldn'?t|don'?t|didn'?t|won'?t) (?:have to )?miss (?:my |a |the )?(?:workout|session|training|run|gym)",
    "(?:haven'?t|didn'?t|not) burn(?:ed|t)? enough",
    "(?:train|training|work out|run|exercise) even when (?:my body|i'?m (?:exhausted|sick|injured|hurt|in pain)|it hurts)",
    "body is (?:screaming|begging|telling me) (?:at me )?to (?:stop|rest)",
    `${EXERCISE} (?:\\w+ ){0,4}?to ${UNDO}`,
  ],
  emotional_distress: [
    "hopeless(?:ness)?",
    "worthless",
    "(?:can'?t|cannot|couldn'?t) cope",
    "(?:feel|feeling|i'?m|been|am|so) (?:really |so |very )?depressed",
    "(?:panic|anxiety) attacks?",
    "(?:crying|cried|cry) (?:all|every|myself to sleep)(?: (?:day|night|the time))?",
    "falling apart",
    "breaking down",
    "(?:nervous |mental )breakdown",
    "(?:can'?t|cannot|couldn'?t) get out of bed",
    "mental health (?:is|has been|was|feels) (?:\\w+ )?(?:bad|terrible|awful|rough|poor|a mess|struggling|declining|horrible)",
    "struggling (?:mentally|emotionally|with my mental health)",
    "(?:everything|life) (?:feels|seems|is) (?:pointless|meaningless|hopeless)",
    "nothing matters",
    "(?:i'?m|i am) not (?:ok|okay)(?! with)",
    // Feeling alone or overwhelmed once is ordinary; an intensifier makes it a cue.
    "(?:feel|feeling|felt) (?:so|really|very|completely|totally|utterly) (?:overwhelmed|alone|lonely|empty|miserable)",
    "(?:feel|feeling|felt) (?:empty|miserable)",
    "losing my mind",
    "(?:can'?t|cannot|couldn'?t) face (?:anyone|people|the world|the day|anything)",
    "(?:constant|sense of|knot of|full of) dread",
    "(?:feel|feeling|felt) trapped",
    "(?:can'?t|cannot|couldn'?t) see a way out",
    "(?:haven'?t|not) felt (?:joy|happy|happiness) in",
    "barely holding (?:it )?together",
    "melt ?downs?",
    "(?:feel|feeling|felt) (?:really |so |very )?(?:low|down) (?:all the time|every day|for weeks|constantly|most days)",
    "(?:can|could) (?:barely|hardly|not|n'?t) function",
    "nothing makes me happy",
    "(?:numb|flat|empty) (?:and (?:flat|empty|numb) )?(?:for|all) (?:weeks|days|months|the time)",
    "emotionally numb",
    "numb emotionally",
    "breaking point",
    "(?:feel|feeling) like i'?m drowning",
    "(?:can'?t|cannot|couldn'?t) stop crying",
    "feel like (?:a|such a) (?:failure|loser|disappointment) (?:at|in) (?:everything|life)",
    "feel like a burden",
    "(?:depression|anxiety) (?:is|has been|'s) (?:back|worse|getting worse|bad|awful)",
    "(?:depression|anxiety) (?:came|has come) back",
    "(?:hard|rough|tough|difficult) time (?:mentally|emotionally)",
    "(?:mentally|emotionally) in a (?:bad|dark) place",
    "(?:can'?t|couldn'?t|cannot) leave (?:the|my) (?:house|home|bed|room)",
    "anxiety (?:is |has been )?(?:so )?(?:bad|awful|terrible|crippling)",
    "hate myself",
    "dead inside",
    "pretending (?:to be|i'?m|that i'?m) (?:fine|okay|ok|happy)",
    "depress(?:ion|ive)(?! (?:meds|medication|is (?:better|under control|managed|gone)))",
    "(?:cry|cried|crying) (?:\\w+ ){0,6}?(?:every (?:day|night|morning)|all the time|daily)",
    // "Not coping" in general, not "not coping with the early starts".
    "(?:not|isn'?t|am not) coping(?! with (?!(?:anything|life|everything)))",
    "(?:everything|it all|life) (?:is|feels) too much",
    "shutting down",
    "(?:so|really|very|unbearably) lonely",
    ...SELF_HARM_PHRASES,
  ],
};

/**
 * Two-part cues: every pattern must occur in the same sentence (in any order), which catches the
 * many ways of saying "a behaviour + its motive" without listing each sentence. The hit is placed at
 * the first pattern for negation and hypothetical scope.
 */
export const COMPOSITE_PHRASES: Partial<Record<RedFlagKind, readonly (readonly string[])[]>> = {
  disordered_eating: [
    // Restricting food, with a compensation or weight motive.
    [
      "(?:skip(?:ped|ping|s)?|not eat(?:ing)?|(?:didn'?t|don'?t|won'?t|haven'?t) (?:eat|had|have)|no (?:breakfast|lunch|dinner|food|eating|meals?)|cut(?:ting)? (?:them |it |food |meals )?(?:down|out|back)|fast(?:ed|ing)?|(?:tea|water|coffee) only|only (?:tea|water|coffee)|(?:juice )?cleanse|detox|only eat(?:ing)? once)",
      "(?:make up|compensate|save calories|burn|undo|cancel|balance (?:it|that|things) out|get rid|because i (?:ate|had|binged|overate)|ate (?:\\w+ ){1,4}?so|ate (?:way |far )?too much|overe?at(?:ing)?|binge|lose weight|drop weight|(?:haven'?t|didn'?t|not) burn(?:ed|t)?|on rest days|days i (?:can'?t|don'?t) train|make weight|stay light|stay under|my number|photoshoot|weigh-?in|the deal i make|pizza night|pigged|weight dropping|the scale)",
    ],
    // Shame or disgust tied to eating.
    ["(?:ashamed|disgusting|disgusted|gross|hate myself)", "(?:ate|eating|eat|food|pizza|binge)"],
    // Extra exercise because of food eaten.
    [
      "(?:double|extra|another|second|longer|more) (?:spin |cardio |hiit )?(?:class|session|workout|run|cardio|hours?)",
      "(?:because i (?:ate|had)|to (?:cancel|burn|work) (?:it |that )?(?:out|off)|after (?:eating|i ate))",
    ],
  ],
  compulsive_exercise: [
    // Training done while ill or injured, in either order ("even with my bad shoulder I did the session").
    [`(?:even with|despite|with|through|while) ${ILLNESS}`, TRAINED],
    [
      "(?:even though|although|when|while) i (?:was|am|'m|felt) (?:sick|ill|injured|throwing up|feverish|hurt)",
      TRAINED,
    ],
    // Extra exercise because of food eaten.
    [
      "(?:double|extra|another|second|longer|more) (?:spin |cardio |hiit )?(?:class|session|workout|run|cardio|hours?)",
      "(?:because i (?:ate|had)|to (?:cancel|burn|work) (?:it |that )?(?:out|off)|after (?:eating|i ate))",
    ],
    // Training regardless of how the body feels.
    [
      "no matter (?:how (?:tired|sick|sore|hurt|injured|ill|exhausted)|what)",
      "(?:cardio|train|training|work out|working out|gym|run|running|session|exercise)",
    ],
    // A missed session followed by distress.
    [
      "(?:(?:if|when|whenever) i (?:miss|skip|don'?t (?:train|work out|go to the gym|exercise|run)|can'?t (?:get to |go to )?(?:the gym|train|work out|exercise|run))|(?:skipping|missing|missed) (?:a |one |my |the )?(?:session|workout|gym|training|run|day))",
      "(?:ruined|panic|anxious|guilt|guilty|awful|terrible|garbage|a failure|worthless|fat|freak|hate myself|stressed|irritable|end of the world|disaster|torture|unbearable)",
    ],
    // Rest or a day off, with fear of gaining weight.
    [
      "(?:rest days?|day off|days off|not training|miss(?:ing)? (?:a )?(?:session|workout))",
      "(?:gaining weight|gain weight|getting fat|feel fat|put on weight)",
    ],
  ],
};
