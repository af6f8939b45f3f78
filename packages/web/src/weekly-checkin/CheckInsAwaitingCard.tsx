import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { Badge, Card, ErrorState } from "../ui/index.ts";
import { awaitingCheckInsQuery } from "./queries.ts";

/** "in 5 h" / "in 2 d 3 h" until `dueAt`, from the browser's clock (a display only; the server decides overdue). */
function timeLeft(dueAt: string): string {
  const h = Math.max(0, Math.round((Date.parse(dueAt) - Date.now()) / 3_600_000));
  return h >= 48 ? `${Math.floor(h / 24)} d ${h % 24} h left` : `${h} h left`;
}

/**
 * The coach's Today list of answered check-ins still owed a reply, soonest due first, with the time
 * left under the client's tier promise; past-promise ones are marked (they also escalate to the
 * owners by notification). Hidden when nothing is waiting.
 */
export function CheckInsAwaitingCard() {
  const awaiting = useQuery(awaitingCheckInsQuery());
  if (awaiting.error)
    return (
      <Card title="Check-ins to answer">
        <ErrorState error={awaiting.error} what="check-ins" onRetry={() => void awaiting.refetch()} />
      </Card>
    );
  const items = awaiting.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card
      title={`Check-ins to answer (${items.length})`}
      actions={awaiting.data?.overdue ? <Badge tone="red">{awaiting.data.overdue} past the promise</Badge> : undefined}
    >
      <ul className="list" data-testid="checkins-awaiting">
        {items.map((i) => (
          <li key={i.id} className="row-between">
            <Link href={`/clients/${i.clientId}#weekly-checkin`}>{i.clientName}</Link>
            {i.overdue ? (
              <Badge tone="red">Reply overdue ({i.promiseHours} h promise)</Badge>
            ) : (
              <span className="small muted">
                {timeLeft(i.dueAt)} · {i.promiseHours} h promise ({i.tierName})
              </span>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
