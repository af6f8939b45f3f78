import { normalizeSession, type Session } from "./session-types.ts";

/** Accepts `[...]`, `{items: [...]}` or `{sessions: [...]}` and returns sessions newest first. */
export function normalizeSessionList(raw: unknown): Session[] {
  const r = raw as { items?: unknown[]; sessions?: unknown[] } | unknown[] | undefined;
  const list = Array.isArray(r) ? r : (r?.items ?? r?.sessions ?? []);
  return list.map(normalizeSession).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
