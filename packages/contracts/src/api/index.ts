/** HTTP request/response schemas, one file per resource. */
export * from "./account-security.ts";
export * from "./auth.ts";
export * from "./calendar.ts";
export * from "./checkin-questionnaire.ts";
export * from "./clients.ts";
export * from "./habits.ts";
export * from "./imports.ts";
export * from "./imports-daily-velocity.ts";
export * from "./invitations.ts";
export * from "./meal-plans.ts";
export * from "./members.ts";
export * from "./messaging.ts";
export * from "./monitoring.ts";
export * from "./nutrition.ts";
export * from "./rehearse.ts";
export * from "./team.ts";
export * from "./weekly-checkins.ts";
