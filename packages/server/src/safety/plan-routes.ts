/**
 * Every API write route, classified once: the ones that can change what a client trains (and so
 * must go through the safety guard) and the ones that cannot, with why. The guard attaches to every
 * PLAN_CHANGING route at registration (safety/route-guard.ts); test/safety/route-coverage.test.ts
 * fails when a write route is in neither list, so a new plan-changing route cannot skip the guard.
 */

/** Where the guard finds the client a request is about. */
export type ClientLocator = "params.id" | "session" | "proposal" | "flag" | "self" | "organization";

/**
 * What the route does to a plan, and where the safety rule that applies to it is enforced:
 * - draft: changes a draft or what the next draft is built from (roadmap, method, dosing, history);
 *   drafts never reach a client unpublished, and generation caps intensity while a clearance is open;
 * - publish: the publish gate (refused while a red is open or a clearance is missing and the plan is
 *   vigorous, unless the coach records an override: audited and stored on the plan);
 * - decision: a coach's decision on a proposal or flag (a human decision, audited);
 * - automation: changes what automation may do (tiers): pending proposals are re-decided under the
 *   new policy, never auto-applied while a red is open;
 * - screening: changes the screen, clearances or medication facts the gate reads (audited).
 */
export type PlanIntent = "draft" | "publish" | "decision" | "automation" | "screening";

export const PLAN_CHANGING: Readonly<Record<string, { intent: PlanIntent; client: ClientLocator }>> = {
  "POST /api/clients/:id/sessions": { intent: "draft", client: "params.id" },
  "POST /api/clients/:id/week/generate": { intent: "draft", client: "params.id" },
  "PATCH /api/clients/:id/week": { intent: "draft", client: "params.id" },
  "POST /api/clients/:id/week/publish": { intent: "publish", client: "params.id" },
  "PATCH /api/sessions/:sessionId": { intent: "draft", client: "session" },
  "DELETE /api/sessions/:sessionId": { intent: "draft", client: "session" },
  "POST /api/sessions/:sessionId/publish": { intent: "publish", client: "session" },
  "POST /api/sessions/:sessionId/log": { intent: "draft", client: "session" },
  "POST /api/clients/:id/roadmap": { intent: "draft", client: "params.id" },
  "PUT /api/clients/:id/roadmap": { intent: "draft", client: "params.id" },
  "PUT /api/clients/:id/method": { intent: "draft", client: "params.id" },
  "POST /api/clients/:id/imports": { intent: "draft", client: "params.id" },
  "POST /api/clients/:id/imports/apple-health": { intent: "draft", client: "params.id" },
  // Wearable HRV/resting HR feed readiness; velocities join the logged history.
  "POST /api/clients/:id/imports/daily": { intent: "draft", client: "params.id" },
  "POST /api/clients/:id/imports/velocity": { intent: "draft", client: "params.id" },
  "PUT /api/trainer-profile": { intent: "draft", client: "organization" },
  "POST /api/methods": { intent: "draft", client: "organization" },
  "PUT /api/methods/:methodId": { intent: "draft", client: "organization" },
  "DELETE /api/methods/:methodId": { intent: "draft", client: "organization" },
  "POST /api/methods/:methodId/assign": { intent: "draft", client: "organization" },
  "POST /api/clients/:id/method/template": { intent: "draft", client: "params.id" },
  "POST /api/exercises": { intent: "draft", client: "organization" },
  "PUT /api/exercises/:exerciseId": { intent: "draft", client: "organization" },
  "DELETE /api/exercises/:exerciseId": { intent: "draft", client: "organization" },
  "POST /api/exercises/:exerciseId/archive": { intent: "draft", client: "organization" },
  "POST /api/proposals/:proposalId/approve": { intent: "decision", client: "proposal" },
  "POST /api/proposals/:proposalId/reject": { intent: "decision", client: "proposal" },
  "POST /api/proposals/:proposalId/undo": { intent: "decision", client: "proposal" },
  "POST /api/proposals/:proposalId/ask-human": { intent: "decision", client: "proposal" },
  "POST /api/flags/:flagId/resolve": { intent: "decision", client: "flag" },
  // The reply's action: a minor change opens a proposal routed by tier (decideProposal), an escalation a flag.
  "POST /api/clients/:id/weekly-checkins/:weeklyCheckInId/send": { intent: "decision", client: "params.id" },
  "PUT /api/clients/:id/tier": { intent: "automation", client: "params.id" },
  "POST /api/tiers": { intent: "automation", client: "organization" },
  "PUT /api/tiers/:tierId": { intent: "automation", client: "organization" },
  "POST /api/clients": { intent: "screening", client: "organization" },
  "PATCH /api/clients/:id": { intent: "screening", client: "params.id" },
  "POST /api/clients/:id/clearances": { intent: "screening", client: "params.id" },
  "POST /api/clients/:id/intake-review/confirm": { intent: "screening", client: "params.id" },
  "POST /api/clients/:id/checkins": { intent: "screening", client: "params.id" },
  "POST /api/me/checkins": { intent: "screening", client: "self" },
};

/**
 * Write routes that cannot change a training plan, by URL prefix, with the reason. A prefix here
 * covers an area whose writes touch accounts, messages or nutrition only.
 */
export const NOT_PLAN_CHANGING: readonly { prefix: string; why: string }[] = [
  { prefix: "/api/auth/", why: "sign-in, sessions and the caller's account" },
  { prefix: "/api/invitations", why: "invitations create logins, not plans" },
  { prefix: "/api/members", why: "organization membership" },
  { prefix: "/api/team", why: "organization membership" },
  { prefix: "/api/message-templates", why: "the wording of messages" },
  { prefix: "/api/messages", why: "messages between coach and client" },
  { prefix: "/api/me/messages", why: "messages between coach and client" },
  { prefix: "/api/notifications", why: "who is told, not what is trained" },
  { prefix: "/api/me/notifications", why: "who is told, not what is trained" },
  { prefix: "/api/clients/:id/messages", why: "messages between coach and client" },
  { prefix: "/api/weekly-checkins/questionnaire", why: "the questions a check-in asks, not a plan" },
  { prefix: "/api/me/weekly-checkins", why: "the client's weekly answers (screened notes), not a plan" },
  { prefix: "/api/clients/:id/habits", why: "habits beside training (a cue and a tick), not the plan" },
  { prefix: "/api/me/habits", why: "the client's habit ticks, not the plan" },
  { prefix: "/api/me/nudges", why: "the client's answer to 'what got in the way?', read by the coach" },
  { prefix: "/api/me/nudge-preferences", why: "when the client is reminded, not what is trained" },
  { prefix: "/api/clients/:id/nudge-preferences", why: "when the client is reminded, not what is trained" },
  { prefix: "/api/clients/:id/nutrition", why: "nutrition targets and logs, not training" },
  { prefix: "/api/me/nutrition", why: "nutrition logs, not training" },
  { prefix: "/api/foods", why: "the organization's food list (nutrition)" },
  { prefix: "/api/business", why: "the owner's business settings and survey, not training" },
  { prefix: "/api/clients/:id/archive", why: "archiving stops planning altogether" },
  { prefix: "/api/clients/:id/restore", why: "restores the record as it was (the gate reads it again)" },
  { prefix: "/api/clients/:id/assign", why: "which coach, not what is trained" },
  { prefix: "/api/clients/:id/export", why: "a copy of the data" },
  { prefix: "/api/clients/:id/calendar-feed", why: "a read-only calendar URL of published sessions" },
  { prefix: "/api/calendar/coach-feed", why: "the coach's own read-only calendar URL of their clients' sessions" },
  { prefix: "/api/clients/:id/imports/preview", why: "a dry run: nothing stored" },
  { prefix: "/api/clients/:id/imports/apple-health/preview", why: "a dry run: nothing stored" },
  { prefix: "/api/clients/:id/imports/daily/preview", why: "a dry run: nothing stored" },
  { prefix: "/api/clients/:id/imports/velocity/preview", why: "a dry run: nothing stored" },
  { prefix: "/api/clients/:id/invitation", why: "a login for the client" },
  {
    prefix: "/api/exercise-mappings",
    why: "names for later imports, saved or removed; nothing is stored until an import commits, and that goes through the guard",
  },
  { prefix: "/api/methods/:methodId/export", why: "a copy of a method" },
  { prefix: "/api/methods/import", why: "adds a method to the library; no client follows it until assigned" },
];

/** Exact write routes that cannot change a plan (not prefixes: a sibling route must be classified). */
export const NOT_PLAN_CHANGING_EXACT: readonly { route: string; why: string }[] = [
  { route: "DELETE /api/clients/:id", why: "erasure: no plan is left to reach anyone" },
  {
    route: "POST /api/clients/:id/method/preview",
    why: "a dry run: drafts week 1 of an unsaved method for the editor's preview; nothing is stored",
  },
];

export function classify(route: string): { plan: true; intent: PlanIntent } | { plan: false; why: string } | null {
  const entry = PLAN_CHANGING[route];
  if (entry) return { plan: true, intent: entry.intent };
  const exact = NOT_PLAN_CHANGING_EXACT.find((e) => e.route === route);
  if (exact) return { plan: false, why: exact.why };
  const url = route.slice(route.indexOf(" ") + 1);
  const prefix = NOT_PLAN_CHANGING.find((e) => url === e.prefix || url.startsWith(e.prefix));
  return prefix ? { plan: false, why: prefix.why } : null;
}
