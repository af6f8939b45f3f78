import type { StoredSessionItem } from "@spotter/contracts";
import { useState } from "react";
import { GroupFrame } from "../../sessions/GroupFrame.tsx";
import { groupLabel, groupTitle, planRuns } from "../../sessions/plan-groups.ts";
import { Button, Field } from "../../ui/index.ts";
import type { ItemOp } from "./mutations.ts";
import { PlanItemCard } from "./PlanItemCard.tsx";

type Props = {
  items: StoredSessionItem[];
  editable: boolean;
  onOp: (op: ItemOp) => Promise<unknown>;
  busyItem: string | undefined;
  busy: boolean;
};

/** Default rest after a superset's round: a typical accessory rest (trainer defaults 60-90 s). */
const DEFAULT_GROUP_REST = 90;

/**
 * One section of a draft: items alone or inside their superset/circuit box. In a draft the coach
 * ticks two or more neighbouring exercises to group them (the rest after each round is asked
 * here), and ungroups a box with one button; moves keep a group together (the server's rule).
 */
export function PlanSectionEditor({ items, editable, onOp, busyItem, busy }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const [rest, setRest] = useState(String(DEFAULT_GROUP_REST));
  const indexes = items.flatMap((it, i) => (selected.includes(it.id) ? [i] : [])).sort((a, b) => a - b);
  const neighbours = indexes.every((x, k) => x === indexes[0]! + k);
  const ungrouped = indexes.every((i) => !items[i]!.group);
  const kind = indexes.length === 2 ? "superset" : "circuit";
  const toggle = (id: string) => (on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const group = () =>
    onOp({ op: "group", itemIds: indexes.map((i) => items[i]!.id), restAfterSeconds: Number(rest) }).then(
      () => setSelected([]),
      () => undefined,
    );

  const card = (it: StoredSessionItem, i: number) => (
    <PlanItemCard
      key={`${it.id}-${it.exerciseId}-${it.load}-${it.sets}-${it.reps}-${groupLabel(it) ?? ""}`}
      item={it}
      editable={editable}
      onOp={onOp}
      busy={busyItem === it.id}
      first={i === 0}
      last={i === items.length - 1}
      label={groupLabel(it)}
      select={editable ? { checked: selected.includes(it.id), onChange: toggle(it.id) } : undefined}
    />
  );

  return (
    <>
      {editable && indexes.length >= 2 ? (
        <fieldset className="group-bar no-print">
          <legend className="visually-hidden">Group the selected exercises</legend>
          {!neighbours || !ungrouped ? (
            <p className="muted" role="status">
              {!neighbours
                ? "Select exercises that are next to each other (move them first)."
                : "One of them is already in a group: ungroup it first."}
            </p>
          ) : (
            <>
              <Field label="Rest after each round (s)">
                <input type="number" min={0} max={600} value={rest} onChange={(e) => setRest(e.target.value)} />
              </Field>
              <Button variant="primary" size="sm" busy={busy} onClick={() => void group()}>
                Group as {kind}
              </Button>
            </>
          )}
          <Button size="sm" variant="ghost" onClick={() => setSelected([])}>
            Clear selection
          </Button>
        </fieldset>
      ) : null}
      {planRuns(items).map((run) =>
        run.kind === "single" ? (
          card(run.item, run.index)
        ) : (
          <GroupFrame
            key={`g-${run.group.id}-${run.items[0]!.id}`}
            group={run.group}
            actions={
              editable ? (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Ungroup ${groupTitle(run.group)}`}
                  onClick={() => void onOp({ op: "ungroup", itemId: run.items[0]!.id }).catch(() => undefined)}
                >
                  Ungroup
                </Button>
              ) : undefined
            }
          >
            {run.items.map((it, k) => card(it, run.index + k))}
          </GroupFrame>
        ),
      )}
    </>
  );
}
