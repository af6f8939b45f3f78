import type { SignalKind } from "@spotter/engine";

export type MessageTemplate = { kind: SignalKind; level: "yellow" | "red"; subject: string; body: string };

/**
 * Messages a coach can send per flag kind, in our own words. They describe what the check-in or
 * log showed, frame it as uncertain, never name a condition, and point to a qualified professional
 * for reds. `{name}` is replaced by the client's first name in the web app.
 */
export const MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  red(
    "chest_pain",
    "About the chest discomfort you mentioned",
    "you mentioned chest pain or pressure. I can't tell what is behind it, and it is worth having a doctor check it before we train again. If it is happening now or feels severe, please call emergency services.",
  ),
  red(
    "dizziness_fainting",
    "Dizziness or feeling faint",
    "you reported feeling dizzy or faint. There are many possible reasons and I can't judge which applies, so please see a doctor before your next hard session. Let's keep today very easy or rest.",
  ),
  red(
    "neurological",
    "The symptoms you described",
    "you described symptoms like numbness, weakness, or changes in vision or speech. These need a medical opinion soon; if they came on suddenly, please seek emergency care now. Training is paused until you've been checked.",
  ),
  red(
    "severe_pain",
    "The pain you rated as severe",
    "you rated your pain as severe. I'd like a physiotherapist or doctor to look at it before we load that area again. Until then we'll leave it out of your plan.",
  ),
  red(
    "sharp_pain",
    "The sharp pain you reported",
    "you described a sharp or sudden pain. That may need a closer look by a physiotherapist or doctor, so we'll pause exercises that load the area until we know more.",
  ),
  red(
    "disordered_eating",
    "Checking in about food and eating",
    "some of your answers about eating stood out to me. I may be reading too much into them, and there is no judgement here. Would you be open to talking with your GP or an eating-disorder specialist? I'm happy to help you find someone.",
  ),
  red(
    "compulsive_exercise",
    "How training feels right now",
    "some of what you shared suggests training might feel hard to step away from, even when rest would help. I may be wrong, but I'd like us to talk, and a sports psychologist or your GP could help too. Rest days are part of the plan.",
  ),
  red(
    "emotional_distress",
    "Checking in on you",
    "from your check-in it sounds like things may be heavy right now. You don't have to go through it alone. Please consider talking to your GP or a mental-health professional. If you are thinking of harming yourself, call your local emergency number or a crisis line now.",
  ),
  yellow(
    "low_readiness",
    "Today's readiness",
    "your check-in suggests you may be less recovered than usual. I've adjusted today so you can train without digging a deeper hole. Tell me if something is going on.",
  ),
  yellow(
    "readiness_streak",
    "A few low days in a row",
    "your readiness has been lower than your normal for several days. It could be sleep, stress or training; let's figure it out together and ease the load this week.",
  ),
  yellow(
    "short_sleep",
    "Sleep",
    "you've been sleeping less than usual. It can affect how training feels, so I may keep loads steady until sleep picks up.",
  ),
  yellow(
    "hrv_below_baseline",
    "Your HRV trend",
    "your HRV has been below your normal range. On its own it doesn't tell us much, so how are you feeling overall?",
  ),
  yellow(
    "sleep_and_hrv",
    "Short sleep and lower HRV",
    "short sleep and HRV below your normal showed up together. That may mean you're under-recovered, so today we'll go easier.",
  ),
  yellow(
    "missed_sessions",
    "Missed sessions",
    "I noticed a few sessions didn't happen. No problem at all; life happens. When we restart we'll come back a little lighter. What would make training easier to fit in?",
  ),
  yellow(
    "adherence_drop",
    "Training rhythm",
    "you've trained less often than your usual lately. Is the schedule still working for you? We can adjust it.",
  ),
  yellow(
    "load_spike",
    "Training load jumped",
    "your training load rose quickly compared with recent weeks. That alone isn't a problem, but with the fatigue you reported I'd like to trim volume a little.",
  ),
  yellow(
    "monotony",
    "Variety in your week",
    "your training days have looked very similar in load. Adding an easier day may help you recover between hard ones.",
  ),
  yellow(
    "performance_drop",
    "Your lifts this week",
    "your estimated strength dipped at a similar effort. It may be fatigue or a one-off; we'll hold loads and see how the next sessions go.",
  ),
  yellow(
    "persistent_soreness",
    "Lingering soreness",
    "soreness has stayed high for several days. Let's trim volume a little and see whether it settles; tell me if it feels like more than normal soreness.",
  ),
  yellow(
    "staleness",
    "Feeling flat",
    "your wellness answers have stayed poor for over a week. A lighter week may help; let's talk about what else is going on.",
  ),
  yellow(
    "moderate_pain",
    "The pain you mentioned",
    "you reported some pain. Can you tell me where and when it shows up? We'll keep exercises that aggravate it out for now.",
  ),
  yellow(
    "repeated_pain",
    "Pain that keeps coming back",
    "the same area has hurt on several days. It may be worth having a physiotherapist take a look; meanwhile we'll work around it.",
  ),
  yellow(
    "pain_after_new_exercise",
    "Pain after the new exercise",
    "pain started after we added a new exercise. I'll swap it for an alternative and we'll see whether the pain settles.",
  ),
];

function red(kind: SignalKind, subject: string, text: string): MessageTemplate {
  return { kind, level: "red", subject, body: `Hi {name}, ${text}` };
}
function yellow(kind: SignalKind, subject: string, text: string): MessageTemplate {
  return { kind, level: "yellow", subject, body: `Hi {name}, ${text}` };
}
