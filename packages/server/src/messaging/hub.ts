import type { MessageStreamEvent, Role } from "@spotter/contracts";

/**
 * The per-process fan-out of conversation events to open streams (server-sent events). It does no
 * I/O of its own: runtime.ts feeds it after a commit (PGlite) or from PostgreSQL NOTIFY (every API
 * node gets every event and delivers to its own streams).
 */

/** One event about one client's thread, with who may see it beyond the owner and the client. */
export type HubEvent = {
  organizationId: string;
  clientId: string;
  /** Coaches assigned to the client when the event happened (co-coaching: all of them). */
  coachUserIds: string[];
  event: MessageStreamEvent;
};

/**
 * An open stream. `threadClientId` set: the stream of one thread (authorised for it when it
 * opened). Unset: an inbox stream that sees what its caller's role sees (owner: the whole
 * organization; coach: the clients assigned to them; client: their own thread).
 */
export type Subscriber = {
  organizationId: string;
  userId: string;
  role: Role;
  ownClientId?: string;
  threadClientId?: string;
  send: (event: MessageStreamEvent) => void;
};

export function sees(sub: Subscriber, e: HubEvent): boolean {
  if (sub.organizationId !== e.organizationId) return false;
  if (sub.threadClientId) return sub.threadClientId === e.clientId;
  if (sub.role === "owner") return true;
  if (sub.role === "coach") return e.coachUserIds.includes(sub.userId);
  return sub.ownClientId === e.clientId;
}

export class MessageHub {
  /** By organization, so a publish looks only at that organization's streams. */
  private readonly byOrg = new Map<string, Set<Subscriber>>();
  private count = 0;

  subscribe(sub: Subscriber): () => void {
    let set = this.byOrg.get(sub.organizationId);
    if (!set) {
      set = new Set();
      this.byOrg.set(sub.organizationId, set);
    }
    set.add(sub);
    this.count++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.count--;
      set.delete(sub);
      if (set.size === 0) this.byOrg.delete(sub.organizationId);
    };
  }

  /** Delivers to every stream that may see the event; returns how many got it. */
  publish(e: HubEvent): number {
    let delivered = 0;
    for (const sub of this.byOrg.get(e.organizationId) ?? []) {
      if (!sees(sub, e)) continue;
      try {
        sub.send(e.event);
        delivered++;
      } catch {
        // A stream that fails to write is closing; its close handler unsubscribes it.
      }
    }
    return delivered;
  }

  get size(): number {
    return this.count;
  }
}
