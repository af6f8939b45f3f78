import { randomUUID } from "node:crypto";

/**
 * Authorization-matrix bodies for /api/notifications: every member manages only their own
 * notifications, so the ids here need not exist (ids that are not the caller's are ignored).
 */
export const NOTIFICATION_SAMPLE_BODIES: Record<string, () => unknown> = {
  "POST /api/notifications/read": () => ({ ids: [randomUUID()] }),
  "PUT /api/notifications/preferences": () => ({ email: { message: true, check_in_due: true } }),
};
