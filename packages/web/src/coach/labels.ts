/** Human words for the engine's closed vocabularies. Unknown ids fall back to a readable form. */
const OVERRIDES: Record<string, string> = {
  fat_loss: "Fat loss",
  general_health: "General health",
  squat_rack: "Squat rack",
  smith_machine: "Smith machine",
  pullup_bar: "Pull-up bar",
  dip_station: "Dip station",
  suspension_trainer: "Suspension trainer (TRX)",
  jump_rope: "Jump rope",
  medicine_ball: "Medicine ball",
  trap_bar: "Trap bar",
  ab_wheel: "Ab wheel",
  foam_roller: "Foam roller",
  upper_back: "Upper back",
  ai_led_self_guided: "AI-led, self-guided",
  assisted_hybrid: "Assisted hybrid",
  human_in_loop_premium: "Human-in-the-loop premium",
  ai_first_human_escalation: "AI-first with human escalation",
  full_service_concierge: "Full-service concierge",
  lower_back: "Lower back",
};

export function label(id: string): string {
  const o = OVERRIDES[id];
  if (o) return o;
  const s = id.replace(/[_-]+/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "2 y 3 mo" from months of training. */
export function trainingAge(months: number): string {
  if (months <= 0) return "New to training";
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (y === 0) return `${m} mo`;
  return m ? `${y} y ${m} mo` : `${y} y`;
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}
