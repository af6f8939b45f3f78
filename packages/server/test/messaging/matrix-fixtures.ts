/** The messaging routes' bodies for the authorization matrix (spread into ../matrix-fixtures.ts). */
import type { Org } from "../support.ts";

type World = { a: Org; b: Org };

export const MESSAGING_SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/clients/{id}/messages": () => ({
    body: "Matrix says hello",
    attachment: { kind: "chart", chart: "load" },
  }),
  "POST /api/clients/{id}/messages/read": () => ({ seq: 1 }),
  "POST /api/me/messages": () => ({ body: "Matrix client says hello" }),
  "POST /api/me/messages/read": () => ({ seq: 1 }),
};
