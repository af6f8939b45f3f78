import type { MessageTemplate } from "@spotter/contracts";
import { Link } from "wouter";
import { Composer } from "../messages/Thread.tsx";
import { Dialog } from "../ui/index.ts";
import { fillTemplate } from "./format.ts";

/**
 * A message template filled with the client's first name, editable, sent into the client's thread
 * in Spotter (the client reads it in the portal's Messages tab).
 */
export function MessageDialog({
  template,
  clientId,
  clientName,
  onClose,
}: {
  template: MessageTemplate | undefined;
  clientId: string;
  clientName: string;
  onClose: () => void;
}) {
  const text = template ? `${template.subject}\n\n${fillTemplate(template.body, clientName)}` : "";
  return (
    <Dialog open={template !== undefined} onClose={onClose} title={`Message to ${clientName}`}>
      <p className="muted small">
        Edit as you like, then send it to {clientName}'s conversation.{" "}
        <Link href={`/clients/${clientId}#messages`}>Open the conversation</Link>
      </p>
      {template ? (
        <Composer
          key={`${clientId}:${template.kind}`}
          threadRef={clientId}
          initialText={text}
          label="Message"
          onSent={onClose}
        />
      ) : null}
    </Dialog>
  );
}
