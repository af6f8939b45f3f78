/** The weekly check-in routes' inputs for the authorization matrix (spread into ../matrix-fixtures.ts). */
import { DEFAULT_QUESTIONS } from "@spotter/engine";
import type { Org } from "../support.ts";

type World = { a: Org; b: Org };

export const WEEKLY_CHECKIN_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/me/weekly-checkins": () => ({ energy: 4, sleep: 3, stress: 2, adherenceConfidence: 4, note: "Good week" }),
  // The default questions plus an optional one, so the legacy answers below still answer it.
  "PUT /api/weekly-checkins/questionnaire": () => ({
    questions: [
      ...DEFAULT_QUESTIONS,
      {
        id: "motivation",
        kind: "scale",
        prompt: "Motivation",
        required: false,
        min: 0,
        max: 10,
        minLabel: "",
        maxLabel: "",
      },
    ],
  }),
  "POST /api/clients/{id}/weekly-checkins/{weeklyCheckInId}/send": () => ({
    body: "Thanks, plan stays.",
    action: "no_change",
  }),
};

/** Org A's client answers this week's check-in (a 409 once it was replied to), then its id is read back. */
export const WEEKLY_CHECKIN_PARAM_VALUES: Record<string, (w: World) => Promise<string>> = {
  weeklyCheckInId: async (w) => {
    await w.a.client.post("/api/me/weekly-checkins", { energy: 4, sleep: 4, stress: 2, adherenceConfidence: 4 });
    const list = await w.a.coach.get<{ items: { id: string }[] }>(`/api/clients/${w.a.ids.clientId}/weekly-checkins`);
    const id = list.body.items[0]?.id;
    if (!id) throw new Error("weekly check-in fixture: nothing answered");
    return id;
  },
};
