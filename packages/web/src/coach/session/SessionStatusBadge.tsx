import type { SessionStatus } from "@spotter/contracts";
import { Badge } from "../../ui/index.ts";

const TONE = { draft: "yellow", published: "blue", logged: "green" } as const;
const TEXT = { draft: "Draft", published: "Published", logged: "Logged" } as const;

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return <Badge tone={TONE[status] ?? "neutral"}>{TEXT[status] ?? status}</Badge>;
}
