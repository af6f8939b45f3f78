/** The nutrition routes' bodies for the authorization matrix (spread into ../matrix-fixtures.ts). */
import type { Org } from "../support.ts";

type World = { a: Org; b: Org };
// The matrix runs on the system clock; the routes refuse dates more than a day ahead of it.
const today = () => new Date().toISOString().slice(0, 10);
const measurement = () => ({
  date: today(),
  weight: { value: 176, unit: "lb" },
  circumferences: { waist: { value: 33, unit: "in" } },
});
const intake = () => ({ date: today(), kcal: 2200, proteinG: 150, carbsG: 230, fatG: 70 });

export const NUTRITION_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/clients/{id}/nutrition/measurements": measurement,
  "POST /api/clients/{id}/nutrition/intake": intake,
  "PUT /api/clients/{id}/nutrition/settings": () => ({ goal: "lose", ratePctPerWeek: 0.5 }),
  "POST /api/me/nutrition/measurements": measurement,
  "POST /api/me/nutrition/intake": intake,
};

/** `{measurementId}`: a fresh weigh-in of org A's client each call (deleting one leaves the next). */
export const NUTRITION_PARAM_VALUES: Record<string, (w: World) => Promise<string>> = {
  measurementId: async (w) => {
    const res = await w.a.coach.post<{ id: string }>(`/api/clients/${w.a.ids.clientId}/nutrition/measurements`, {
      date: today(),
      weight: { value: 80, unit: "kg" },
    });
    if (res.status !== 201) throw new Error(`matrix: measurement failed ${res.status}`);
    return res.body.id;
  },
};
