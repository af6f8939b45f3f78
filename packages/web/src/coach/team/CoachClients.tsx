import type { CoachCapacity } from "@spotter/contracts";
import { useId, useRef, useState } from "react";
import { Link } from "wouter";
import { Badge, Button } from "../../ui/index.ts";

/**
 * How many of a coach's clients show before "Show all": enough to recognise the coach's book at a
 * glance, few enough that 20 coaches of 500 clients each render ~200 rows instead of 10,000.
 */
const FIRST_CLIENTS = 10;

/**
 * One coach's load and clients on the Team page: the first FIRST_CLIENTS clients in the server's
 * order (by name), and a control to show the rest. Selection lives with the caller, so a client
 * selected and then folded away stays selected (and is counted beside the control).
 */
export function CoachClients({
  coach,
  selected,
  onToggle,
  onReassign,
}: {
  coach: CoachCapacity;
  selected: ReadonlySet<string>;
  onToggle: (clientId: string) => void;
  onReassign: (clientIds: string[]) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const moreRef = useRef<HTMLParagraphElement>(null);
  const folds = coach.clients.length > FIRST_CLIENTS;
  const shown = showAll || !folds ? coach.clients : coach.clients.slice(0, FIRST_CLIENTS);
  const selectedHidden = showAll ? 0 : coach.clients.slice(shown.length).filter((c) => selected.has(c.id)).length;
  function onShowToggle() {
    setShowAll(!showAll);
    // Folding a long list pulls the page up under the reader: keep the control they pressed in view.
    if (showAll) requestAnimationFrame(() => moreRef.current?.scrollIntoView({ block: "nearest" }));
  }
  return (
    <section className="capacity-coach" aria-label={`${coach.name}'s clients`}>
      <header className="capacity-head">
        <h3>
          {coach.name} {coach.status === "deactivated" ? <Badge tone="red">Deactivated</Badge> : null}
        </h3>
        <p className="capacity-figures">
          <strong data-testid={`capacity-clients-${coach.userId}`}>{coach.activeClients}</strong>{" "}
          {coach.activeClients === 1 ? "client" : "clients"} · <strong>{coach.reviewsPerWeek}</strong>{" "}
          {coach.reviewsPerWeek === 1 ? "review" : "reviews"}/week
        </p>
        {coach.byTier.length ? (
          <p className="badge-row">
            {coach.byTier.map((t) => (
              <Badge key={t.tierId ?? "none"}>
                {t.tierName}: {t.clients} · {t.reviewsPerWeek}/wk
              </Badge>
            ))}
          </p>
        ) : null}
      </header>
      {shown.length ? (
        <ul className="capacity-clients" id={listId}>
          {shown.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={selected.has(c.id)} onChange={() => onToggle(c.id)} />{" "}
                <span className="visually-hidden">Select {c.name}</span>
              </label>
              <Link href={`/clients/${c.id}`}>{c.name}</Link>{" "}
              <span className="muted capacity-tier" title={c.tierName}>
                {c.tierName}
              </span>
              <Button size="sm" variant="ghost" onClick={() => onReassign([c.id])} aria-label={`Reassign ${c.name}`}>
                Reassign
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No active clients.</p>
      )}
      {folds ? (
        <p className="capacity-more" ref={moreRef}>
          <Button size="sm" aria-expanded={showAll} aria-controls={listId} onClick={onShowToggle}>
            {showAll ? "Show fewer" : `Show all ${coach.clients.length} clients`}
          </Button>
          {selectedHidden ? (
            <span className="muted">
              {selectedHidden} selected {selectedHidden === 1 ? "client" : "clients"} not shown
            </span>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
