import type { CoachCapacity } from "@spotter/contracts";
import { useState } from "react";
import { Button, Card } from "../../ui/index.ts";
import { CoachClients } from "./CoachClients.tsx";
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
          <CoachClients
            key={coach.userId}
            coach={coach}
            selected={selected}
            onToggle={toggle}
            onReassign={setReassigning}
          />
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
