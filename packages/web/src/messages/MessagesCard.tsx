import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useMe } from "../auth/index.ts";
import { Card } from "../ui/index.ts";
import { threadQuery } from "./queries.ts";
import { Thread } from "./Thread.tsx";
import { useMessageStream } from "./useMessageStream.ts";

/** The coach's conversation with one client, live while the client page is open. */
export function MessagesCard({ clientId }: { clientId: string }) {
  const me = useMe();
  useMessageStream(`/api/clients/${clientId}/messages/stream`, { myUserId: me.user.id, threadRef: clientId });
  const unread = useQuery(threadQuery(clientId)).data?.unread ?? 0;
  // Links from Today and from notifications end in #messages: bring the card into view.
  useEffect(() => {
    if (window.location.hash === "#messages") document.getElementById("messages")?.scrollIntoView();
  }, []);
  return (
    <div id="messages">
      <Card
        title={
          <>
            Messages
            {unread > 0 ? (
              <span className="unread-badge">
                {unread}
                <span className="visually-hidden"> unread</span>
              </span>
            ) : null}
          </>
        }
      >
        <Thread threadRef={clientId} myUserId={me.user.id} attachCharts sessionHref={(id) => `/sessions/${id}`} />
      </Card>
    </div>
  );
}
