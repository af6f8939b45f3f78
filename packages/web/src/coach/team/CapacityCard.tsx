import type { CoachCapacity } from "@spotter/contracts";
import { useState } from "react";
import { Link } from "wouter";
import { Badge, Button, Card } from "../../ui/index.ts";
import { ReassignDialog } from "./ReassignDialog.tsx";

/**
 * Each coach's load: active clients and the reviews per week their tiers promise (a tier's review
 * cadence as reviews per week: daily 7, twice weekly 2, weekly 1, every two weeks 0.5, monthly
 * 12/52), with their clients, which can be selected and reassigned together.
 */
export function CapacityCard({ coaches }: { coaches: CoachCapacity[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reassigning, setReassigning] = useState<string[] | null>(null);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Card
      title="Coaches and their clients"
      actions={
        <Button
          variant="primary"
          size="sm"
          disabled={selected.size === 0}
          onClick={() => setReassigning([...selected])}
        >
          Reassign selected ({selected.size})
        </Button>
      }
    >
      <p className="muted">
        Reviews per week add up each client's tier cadence (daily 7, twice weekly 2, weekly 1, every two weeks 0.5,
        monthly 12/52); a client without a tier counts under the default tier.
      </p>
      <div className="capacity-grid">
        {coaches.map((coach) => (
          <section key={coach.userId} className="capacity-coach" aria-label={`${coach.name}'s clients`}>
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
            {coach.clients.length ? (
              <ul className="capacity-clients">
                {coach.clients.map((c) => (
                  <li key={c.id}>
                    <label>
                      <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />{" "}
                      <span className="visually-hidden">Select {c.name}</span>
                    </label>
                    <Link href={`/clients/${c.id}`}>{c.name}</Link> <span className="muted">{c.tierName}</span>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setReassigning([c.id])}
                      aria-label={`Reassign ${c.name}`}
                    >
                      Reassign
                    </Button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No active clients.</p>
            )}
          </section>
        ))}
      </div>
      <ReassignDialog
        clientIds={reassigning}
        coaches={coaches}
        onClose={(done) => {
          if (done) setSelected(new Set());
          setReassigning(null);
        }}
      />
    </Card>
  );
}
