/**
 * The plain values of coach–client messaging (limits and kinds), apart from the zod schemas in
 * messaging.ts, which re-exports them.
 */

/** Longest message body (characters); a longer text is a 400 naming `body`. */
export const MESSAGE_BODY_MAX = 4000;
export const MESSAGE_PAGE_MAX = 100;
export const MESSAGE_PAGE_DEFAULT = 50;

export const ATTACHMENT_KINDS = ["session", "proposal", "chart"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
/** Charts the coach page and portal draw for one client. */
export const CHART_KINDS = ["readiness", "load", "progress", "weight"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const MESSAGE_AUTHOR_ROLES = ["client", "coach", "owner"] as const;
