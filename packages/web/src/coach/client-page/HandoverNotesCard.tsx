import type { HandoverNoteList } from "@spotter/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import { Card } from "../../ui/index.ts";
import { clientKey } from "./queries.ts";

const handoverQuery = (clientId: string) =>
  queryOptions({
    queryKey: [...clientKey(clientId), "handover-notes"],
    queryFn: ({ signal }) => get<HandoverNoteList>(`/api/members/handover-notes/${clientId}`, signal),
  });

/** What the previous coach (or the owner) wrote when this client changed hands; nothing when none. */
export function HandoverNotesCard({ clientId }: { clientId: string }) {
  const notes = useQuery(handoverQuery(clientId));
  const items = notes.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title="Hand-over notes">
      <ul className="list">
        {items.map((n) => (
          <li key={n.id}>
            <p className="muted">
              {new Date(n.createdAt).toLocaleDateString()} · {n.from ? `from ${n.from.name}` : "new assignment"}
              {n.to ? ` to ${n.to.name}` : ""}
              {n.author ? ` · written by ${n.author.name}` : ""}
            </p>
            <p style={{ whiteSpace: "pre-wrap" }}>{n.note}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
