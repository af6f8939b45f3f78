import { useMe } from "../auth/index.ts";
import { Thread } from "./Thread.tsx";

/** The portal's Messages tab: the client's one conversation with their coaches (live updates come from the portal's stream). */
export function MessagesPage() {
  const me = useMe();
  return (
    <>
      <h1 tabIndex={-1}>Messages</h1>
      <p className="muted small">Your coach usually replies within the time your plan promises.</p>
      <Thread threadRef="me" myUserId={me.user.id} />
    </>
  );
}
