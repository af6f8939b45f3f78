import { createECDH, randomBytes, randomUUID } from "node:crypto";

/** A browser's subscription at a real push service's address (nothing is pushed in the matrix). */
const subscription = () => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/matrix-${randomUUID()}`,
  keys: {
    p256dh: createECDH("prime256v1").generateKeys().toString("base64url"),
    auth: randomBytes(16).toString("base64url"),
  },
});

/**
 * Authorization-matrix bodies for /api/notifications: every member manages only their own
 * notifications, so the ids here need not exist (ids that are not the caller's are ignored).
 */
export const NOTIFICATION_SAMPLE_BODIES: Record<string, () => unknown> = {
  "POST /api/notifications/read": () => ({ ids: [randomUUID()] }),
  "PUT /api/notifications/preferences": () => ({
    email: { message: true, check_in_due: true },
    push: { nudge: false },
  }),
  "POST /api/notifications/push/subscriptions": subscription,
  "DELETE /api/notifications/push/subscriptions": () => ({ endpoint: subscription().endpoint }),
};
