import type { MessageTemplate } from "@spotter/contracts";
import { useRef, useState } from "react";
import { Button, Dialog } from "../ui/index.ts";
import { fillTemplate } from "./format.ts";

/** A message template filled with the client's first name, for the coach to copy into their own channel. */
export function MessageDialog({
  template,
  clientName,
  onClose,
}: {
  template: MessageTemplate | undefined;
  clientName: string;
  onClose: () => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<"yes" | "select" | undefined>();
  const text = template ? `${template.subject}\n\n${fillTemplate(template.body, clientName)}` : "";

  async function copy() {
    try {
      await navigator.clipboard.writeText(area.current?.value ?? text);
      setCopied("yes");
    } catch {
      // Clipboard blocked (permissions, insecure origin): select the text so Ctrl+C works.
      area.current?.select();
      setCopied("select");
    }
  }

  return (
    <Dialog
      open={template !== undefined}
      onClose={() => {
        setCopied(undefined);
        onClose();
      }}
      title={`Message to ${clientName}`}
    >
      <p className="muted small">Edit as you like, then copy it into your usual channel. Spotter does not send it.</p>
      <label className="label" htmlFor="triage-message-text">
        Message
      </label>
      <textarea id="triage-message-text" ref={area} className="triage-message" defaultValue={text} rows={8} />
      <div className="btn-row">
        <Button variant="primary" onClick={() => void copy()}>
          Copy message
        </Button>
        <span role="status" className="small">
          {copied === "yes" ? "Copied." : copied === "select" ? "Selected: press Ctrl+C (⌘C) to copy." : ""}
        </span>
      </div>
    </Dialog>
  );
}
