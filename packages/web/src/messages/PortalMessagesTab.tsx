import { useQuery } from "@tanstack/react-query";
import { useMe } from "../auth/index.ts";
import { NavLink } from "../ui/index.ts";
import { myUnreadQuery } from "./queries.ts";
import { useMessageStream } from "./useMessageStream.ts";

/**
 * The portal's Messages tab link with its unread count. It also holds the portal's one live stream,
 * so the count and the open conversation update on every tab.
 */
export function PortalMessagesTab() {
  const me = useMe();
  useMessageStream("/api/me/messages/stream", { myUserId: me.user.id, threadRef: "me" });
  const unread = useQuery(myUnreadQuery()).data?.unread ?? 0;
  return (
    <NavLink href="/messages">
      Messages
      {unread > 0 ? (
        <span className="unread-badge" data-testid="portal-unread">
          {unread}
          <span className="visually-hidden"> unread</span>
        </span>
      ) : null}
    </NavLink>
  );
}
