import type { CoachingModel } from "@spotter/engine";

/**
 * What each demo client's last weeks looked like, so the Today queue, roster lights and client
 * charts tell a story a newcomer can follow: most clients steady (green), a few drifting (yellow),
 * one who needs the coach now (red), and a couple with nothing logged yet.
 */
export type Story =
  /** Normal ups and downs around their own baseline. */
  | "steady"
  /** Steady, but a rough night and heavy legs today: readiness "low" → a green load hold. */
  | "off_day"
  /** The last week: sleep down to ~5 h, fatigue creeping up, HRV sliding below their band. */
  | "short_sleep_low_hrv"
  /** Soreness ≥ 5/7 on most of the last 7 days. */
  | "persistent_soreness"
  /** Three planned sessions missed in the last two weeks, fatigue high. */
  | "missed_with_fatigue"
  /** Yesterday's check-in answered "yes" to dizziness or fainting (a red flag). */
  | "dizziness"
  /** Joined a few days ago: a handful of check-ins, baseline still building. */
  | "new"
  /** No check-ins yet. */
  | "none";

export type Persona = {
  story: Story;
  /** The coaching model of the service tier the client is on (the org's default is hybrid). */
  model?: CoachingModel;
  /** Wears an HRV / resting-HR tracker and enters its morning reading. */
  wearable?: boolean;
};

/** By demo email (see roster.ts). Clients not listed here are steady, on the default tier. */
export const DEMO_PERSONAS: Record<string, Persona> = {
  "maya.chen@demo.spotter.local": { story: "steady", model: "human_in_loop_premium", wearable: true },
  "jonas.weber@demo.spotter.local": { story: "short_sleep_low_hrv", wearable: true },
  "priya.nair@demo.spotter.local": { story: "steady", model: "ai_led_self_guided" },
  "tom.okafor@demo.spotter.local": { story: "steady", model: "ai_led_self_guided", wearable: true },
  "elena.rossi@demo.spotter.local": { story: "off_day", model: "human_in_loop_premium" },
  "sam.patel@demo.spotter.local": { story: "missed_with_fatigue", wearable: true },
  "aisha.bello@demo.spotter.local": { story: "steady" },
  "lucas.martin@demo.spotter.local": { story: "steady", model: "human_in_loop_premium", wearable: true },
  "hannah.k@demo.spotter.local": { story: "off_day", model: "ai_led_self_guided" },
  "diego.alvarez@demo.spotter.local": { story: "dizziness", model: "human_in_loop_premium" },
  "freya.l@demo.spotter.local": { story: "steady", wearable: true },
  "omar.haddad@demo.spotter.local": { story: "persistent_soreness" },
  "grace.kim@demo.spotter.local": { story: "new", model: "ai_first_human_escalation" },
  "ben.t@demo.spotter.local": { story: "steady", model: "full_service_concierge", wearable: true },
  "chloe.dubois@demo.spotter.local": { story: "none" },
  "kwame.mensah@demo.spotter.local": { story: "steady", wearable: true },
  "ruth.goldberg@demo.spotter.local": { story: "none" },
};

export const personaFor = (email: string | null): Persona =>
  (email ? DEMO_PERSONAS[email] : undefined) ?? { story: "steady" };
