import type { NotificationView } from "@spotter/contracts";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocation } from "wouter";
import { useMe } from "../auth/index.ts";
import { NudgeSettings } from "../habits/NudgeSettings.tsx";
import { Badge, Button, Card, EmptyState, ErrorState, PageHead, Spinner } from "../ui/index.ts";
import { KIND_LABEL, whenLabel } from "./labels.ts";
import { useMarkAllRead, useMarkRead } from "./mutations.ts";
import { PreferencesCard } from "./PreferencesCard.tsx";
import { notificationListQuery } from "./queries.ts";
import "./notifications.css";

/** The notification centre (coach and portal): newest first, unread marked, email preferences below. */
export function NotificationsPage() {
  const me = useMe();
  const res = useInfiniteQuery(notificationListQuery());
  const markAll = useMarkAllRead();
  const items = res.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = res.data?.pages[0]?.unreadCount ?? 0;
  return (
    <>
      <PageHead
        title="Notifications"
        subtitle={unread ? `${unread} unread` : "You're all caught up."}
        actions={
          unread ? (
            <Button size="sm" busy={markAll.isPending} onClick={() => markAll.mutate()}>
              Mark all read
            </Button>
          ) : null
        }
      />
      {res.error ? (
        <ErrorState error={res.error} what="your notifications" onRetry={() => void res.refetch()} />
      ) : !res.data ? (
        <Spinner label="Loading notifications…" />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing yet">
          {me.role === "client"
            ? "Messages and reminders from your coach will show up here."
            : "Red flags, overdue items and messages will show up here."}
        </EmptyState>
      ) : (
        <ul className="notif-list" aria-label="Notifications, newest first">
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} />
          ))}
        </ul>
      )}
      {res.hasNextPage ? (
        <Button size="sm" variant="ghost" busy={res.isFetchingNextPage} onClick={() => void res.fetchNextPage()}>
          Show older
        </Button>
      ) : null}
      <PreferencesCard role={me.role === "client" ? "client" : "coach"} />
      {me.role === "client" ? (
        <Card title="Reminders">
          <NudgeSettings />
        </Card>
      ) : null}
    </>
  );
}

function NotificationItem({ n }: { n: NotificationView }) {
  const markRead = useMarkRead();
  const [, navigate] = useLocation();
  const unread = n.readAt === null;
  const open = () => {
    if (unread) markRead.mutate([n.id]);
    if (n.linkPath) navigate(n.linkPath);
  };
  return (
    <li
      className={`notif${unread ? " notif-unread" : ""}${n.urgency === "high" ? " notif-high" : ""}`}
      data-testid="notification"
      data-kind={n.kind}
    >
      <div className="notif-meta">
        <Badge tone={n.kind === "red_flag" ? "red" : n.kind === "overdue_escalation" ? "yellow" : "neutral"}>
          {KIND_LABEL[n.kind]}
        </Badge>
        <time dateTime={n.createdAt} className="muted">
          {whenLabel(n.createdAt, Date.now())}
        </time>
        {unread ? <span className="notif-dot">Unread</span> : null}
      </div>
      <h2 className="notif-subject">{n.subject}</h2>
      <p className="notif-body">{n.body}</p>
      <div className="btn-row">
        {n.linkPath ? (
          <Button size="sm" variant="primary" onClick={open}>
            Open
          </Button>
        ) : null}
        {unread ? (
          <Button size="sm" variant="ghost" busy={markRead.isPending} onClick={() => markRead.mutate([n.id])}>
            Mark read
          </Button>
        ) : null}
      </div>
    </li>
  );
}
