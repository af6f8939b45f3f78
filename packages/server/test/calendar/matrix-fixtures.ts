/**
 * Authorization-matrix values for calendar feeds: `{feedToken}` is a live feed token of org A's
 * client, issued by their coach each call (issuing rotates, so every call gets a working one).
 */
import type { World } from "../matrix-fixtures.ts";

export const CALENDAR_PARAM_VALUES: Record<string, (w: World) => Promise<string>> = {
  feedToken: async (w) => {
    const res = await w.a.coach.post<{ token: string }>(`/api/clients/${w.a.ids.clientId}/calendar-feed`);
    if (res.status !== 200) throw new Error(`issuing a calendar feed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  },
  /** A live coach feed token of org A's coach (issued each call, like feedToken). */
  coachFeedToken: async (w) => {
    const res = await w.a.coach.post<{ token: string }>("/api/calendar/coach-feed");
    if (res.status !== 200) throw new Error(`issuing a coach calendar feed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  },
};
