import type { CalendarFeedCreated, CalendarFeedStatus } from "@spotter/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, get, post } from "../../api/client.ts";
import { useApiMutation } from "../../api/mutation.ts";
import { Button, Card, ErrorState, Spinner } from "../../ui/index.ts";
import "./calendar.css";
import { feedUrls } from "./feed-urls.ts";

/** `clientId` "coach": the signed-in coach's own feed of their clients (GET/POST/DELETE /api/calendar/coach-feed). */
const feedPath = (clientId: string) =>
  clientId === COACH ? "/api/calendar/coach-feed" : `/api/clients/${clientId}/calendar-feed`;
const feedKey = (clientId: string) => ["calendar-feed", clientId] as const;
const COACH = "coach";

export const calendarFeedQuery = (clientId: string) =>
  queryOptions({
    queryKey: feedKey(clientId),
    queryFn: ({ signal }) => get<CalendarFeedStatus>(feedPath(clientId), signal),
  });

/**
 * "Subscribe in your calendar": the client's planned sessions in their calendar app through a
 * secret link. The server keeps only a hash, so the link is shown once, right after it is made;
 * making a new one (rotate) stops the old one, "Turn off" stops it altogether.
 */
export function CalendarFeedCard({ clientId }: { clientId: string | typeof COACH }) {
  const status = useQuery(calendarFeedQuery(clientId));
  const [issued, setIssued] = useState<CalendarFeedCreated | null>(null);
  const [copied, setCopied] = useState(false);
  const issue = useApiMutation({
    request: () => post<CalendarFeedCreated>(feedPath(clientId)),
    invalidates: () => [feedKey(clientId)],
  });
  const revoke = useApiMutation({
    request: () => api<{ ok: true }>("DELETE", feedPath(clientId)),
    invalidates: () => [feedKey(clientId)],
  });
  const make = () =>
    issue.mutate(undefined, {
      onSuccess: (d) => {
        setIssued(d);
        setCopied(false);
      },
    });
  const turnOff = () => revoke.mutate(undefined, { onSuccess: () => setIssued(null) });

  if (status.isPending) return <Spinner label="Loading calendar link…" />;
  if (status.error)
    return <ErrorState error={status.error} what="your calendar link" onRetry={() => void status.refetch()} />;
  const urls = issued ? feedUrls(issued.path, window.location.origin) : null;
  const copy = async () => {
    if (!urls) return;
    await navigator.clipboard?.writeText(urls.https).catch(() => undefined);
    setCopied(true);
  };
  const error = issue.error ?? revoke.error;
  const live = status.data.active || issued !== null;

  return (
    <Card
      title={clientId === COACH ? "Your clients in your calendar" : "Subscribe in your calendar"}
      className={clientId === COACH ? "calendar-feed is-coach" : "calendar-feed"}
    >
      {clientId === COACH ? (
        <p className="muted small">
          Your clients' sessions (drafts marked) and their weekly check-ins due appear in your calendar and update when
          sessions move. The link shows client names, so keep it to yourself.
        </p>
      ) : (
        <p className="muted small">
          Your planned sessions appear in your phone's calendar and update when your coach moves them. The link shows
          only session titles and dates. Anyone with the link can see them, so keep it to yourself.
        </p>
      )}
      {urls ? (
        <>
          <label className="calendar-feed-url">
            <span className="small">Your private calendar link</span>
            <input type="text" readOnly value={urls.https} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p className="muted small calendar-feed-note">Shown once: we keep no copy. Make a new link if you lose it.</p>
          <div className="btn-row">
            <a className="btn btn-primary btn-md" href={urls.webcal}>
              Add to calendar
            </a>
            <Button onClick={() => void copy()}>{copied ? "Copied" : "Copy link"}</Button>
          </div>
        </>
      ) : status.data.active ? (
        <p className="small">
          Your calendar link is on. For your privacy it is shown only once; make a new link to see it again (the old one
          stops working).
        </p>
      ) : null}
      {/* Keys: the create and rotate buttons are different elements, so no style carries over between them. */}
      <div className={`btn-row${live ? " calendar-feed-manage" : ""}`}>
        {live ? (
          <>
            <Button key="rotate" size="sm" busy={issue.isPending} onClick={make}>
              Make a new link
            </Button>
            <Button key="off" size="sm" variant="ghost" busy={revoke.isPending} onClick={turnOff}>
              Turn off
            </Button>
          </>
        ) : (
          <Button key="create" variant="primary" busy={issue.isPending} onClick={make}>
            Create calendar link
          </Button>
        )}
      </div>
      {error ? (
        <p className="notice notice-red" role="alert">
          {error.message}
        </p>
      ) : null}
    </Card>
  );
}
