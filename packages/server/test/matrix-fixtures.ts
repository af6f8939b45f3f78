/**
 * Inputs the authorization matrix (authorization-matrix.test.ts) needs to call every route.
 * ADD A LINE HERE when you add a route with a new path parameter or a request body:
 *  - PARAM_VALUES: how to get a value for `{param}` that points at a record of org A's client
 *    (`w.a.ids.clientId`, coached by `w.a.coach`, whose own login is `w.a.client`). It may create
 *    records through the API (e.g. `await w.a.coach.post(...)`); it runs before every call.
 *  - SAMPLE_BODIES: a VALID body for "METHOD /openapi/path", so the handler and its policy run.
 */

import { BUSINESS_SAMPLE_BODIES } from "./business/matrix-fixtures.ts";
import { CALENDAR_PARAM_VALUES } from "./calendar/matrix-fixtures.ts";
import { EXERCISE_PARAM_VALUES, LIBRARY_SAMPLE_BODIES } from "./exercises/matrix-fixtures.ts";
import { HABIT_PARAM_VALUES, HABIT_SAMPLE_BODIES } from "./habits/matrix-fixtures.ts";
import { IMPORT_PARAM_VALUES } from "./imports/matrix-fixtures.ts";
import { MESSAGING_SAMPLE_BODIES } from "./messaging/matrix-fixtures.ts";
import { METHOD_PARAM_VALUES, METHOD_SAMPLE_BODIES } from "./methods/method-fixtures.ts";
import { MONITORING_PARAM_VALUES, MONITORING_SAMPLE_BODIES } from "./monitoring/matrix-fixtures.ts";
import { NOTIFICATION_SAMPLE_BODIES } from "./notifications/matrix-fixtures.ts";
import { NUTRITION_PARAM_VALUES, NUTRITION_SAMPLE_BODIES } from "./nutrition/matrix-fixtures.ts";
import { PROGRAMMING_PARAM_VALUES, PROGRAMMING_SAMPLE_BODIES } from "./programming/matrix-fixtures.ts";
import { SAFETY_SAMPLE_BODIES } from "./safety/matrix-fixtures.ts";
import { inviteAndAccept, type Org, PASSWORD, profileInput, uniqueEmail } from "./support.ts";
import { WEEKLY_CHECKIN_PARAM_VALUES, WEEKLY_CHECKIN_SAMPLE_BODIES } from "./weekly-checkins/matrix-fixtures.ts";

export type World = { a: Org; b: Org };

export const PARAM_VALUES: Record<string, (w: World) => Promise<string> | string> = {
  id: (w) => w.a.ids.clientId,
  clientId: (w) => w.a.ids.clientId,
  token: async (w) =>
    (await w.a.owner.post<{ token: string }>("/api/invitations", { email: uniqueEmail("p"), role: "coach" })).body
      .token,
  // A fresh invitation sent by org A's coach each call (revoking one leaves nothing to resend).
  invitationId: async (w) =>
    (
      await w.a.coach.post<{ id: string }>("/api/invitations", {
        email: uniqueEmail("pending"),
        role: "client",
        clientId: w.a.ids.spareClientId,
      })
    ).body.id,
  // A fresh coach of org A each call: removing one must not take the world's coach away.
  userId: async (w) => {
    const joiner = w.a.owner.clone();
    joiner.cookie = undefined;
    joiner.csrfToken = undefined;
    return (await inviteAndAccept(w.a.owner, joiner, { role: "coach", name: "Removable coach" })).user.id;
  },
  ...PROGRAMMING_PARAM_VALUES,
  ...MONITORING_PARAM_VALUES,
  ...METHOD_PARAM_VALUES,
  ...NUTRITION_PARAM_VALUES,
  ...CALENDAR_PARAM_VALUES,
  ...WEEKLY_CHECKIN_PARAM_VALUES,
  ...HABIT_PARAM_VALUES,
  ...EXERCISE_PARAM_VALUES,
  ...IMPORT_PARAM_VALUES,
};

/**
 * Path parameters naming a record the whole organization shares (not one client's): every member
 * of org A whose role the route admits is a right caller, org B's members are not.
 */
export const ORG_SCOPED_PARAMS: ReadonlySet<string> = new Set(["methodId", "foodId", "exerciseId", "name"]);

export const SAMPLE_BODIES: Record<string, (w: World) => unknown> = {
  "POST /api/auth/signup": () => ({ organizationName: "M", name: "M", email: uniqueEmail("m"), password: PASSWORD }),
  "POST /api/auth/login": (w) => ({ email: w.b.ids.ownerEmail, password: PASSWORD }),
  "POST /api/invitations": (w) => ({ email: uniqueEmail("inv"), role: "client", clientId: w.a.ids.spareClientId }),
  "POST /api/invitations/{token}/accept": () => ({ name: "Matrix", password: PASSWORD }),
  "POST /api/clients": () => ({ name: "Matrix client", profile: profileInput() }),
  "PATCH /api/clients/{id}": () => ({ name: "Renamed by matrix" }),
  "POST /api/clients/{id}/assign": (w) => ({ coachUserId: w.a.ids.coachId }),
  // The same password: handled (400, nothing changes), so later calls can still sign in with PASSWORD.
  "POST /api/auth/password": () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }),
  "POST /api/members/{userId}/remove": () => ({}),
  "POST /api/members/reassign": (w) => ({
    clientIds: [w.a.ids.clientId],
    toCoachUserId: w.a.ids.coachId,
    note: "Matrix hand-over",
  }),
  "POST /api/auth/password-reset/request": () => ({ email: uniqueEmail("reset") }),
  // An unknown token: handled (400 naming body.token), nothing changes.
  "POST /api/auth/password-reset/complete": () => ({ token: "x".repeat(43), newPassword: PASSWORD }),
  "POST /api/auth/totp/confirm": () => ({ code: "000000" }),
  "POST /api/auth/totp/disable": () => ({ password: PASSWORD }),
  "PUT /api/exercise-mappings": () => ({ mappings: [{ name: "Matrix Curl", exerciseId: "barbell-curl" }] }),
  ...PROGRAMMING_SAMPLE_BODIES,
  ...LIBRARY_SAMPLE_BODIES,
  ...SAFETY_SAMPLE_BODIES,
  ...MONITORING_SAMPLE_BODIES,
  ...METHOD_SAMPLE_BODIES,
  ...NUTRITION_SAMPLE_BODIES,
  ...NOTIFICATION_SAMPLE_BODIES,
  ...MESSAGING_SAMPLE_BODIES,
  ...WEEKLY_CHECKIN_SAMPLE_BODIES,
  ...HABIT_SAMPLE_BODIES,
  ...BUSINESS_SAMPLE_BODIES,
};
