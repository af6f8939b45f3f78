import type { MethodSlot, SlotGroup } from "@spotter/engine";
import { NumField, TextField } from "./inputs.tsx";

/** Rest after a round when a slot first joins a group (a typical accessory rest). */
const DEFAULT_REST_AFTER = 90;

/**
 * A slot's superset/circuit fields: the group's letter (neighbouring slots with the same letter
 * are done in rounds), the rest after each round and the short rest between exercises. The day
 * keeps the members' rests equal (syncGroupRests); the method's validation names any field left wrong.
 */
export function SlotGroupFields({
  group,
  path,
  onChange,
}: {
  group: SlotGroup | undefined;
  path: string;
  onChange: (g: SlotGroup | undefined) => void;
}) {
  const p = `${path}.group`;
  return (
    <fieldset className="choice slot-group">
      <legend>Superset or circuit</legend>
      <div className="slot-grid">
        <TextField
          label="Group letter (optional)"
          name={`${p}.id`}
          hint="Give neighbouring slots the same letter (A) to do them in rounds"
          value={group?.id ?? ""}
          onChange={(v) => {
            const id = v.trim();
            onChange(id ? { restAfterSeconds: DEFAULT_REST_AFTER, ...group, id } : undefined);
          }}
        />
        {group ? (
          <>
            <NumField
              label="Rest after each round (s)"
              name={`${p}.restAfterSeconds`}
              min={0}
              max={600}
              value={group.restAfterSeconds}
              onChange={(v) => onChange({ ...group, restAfterSeconds: v as number })}
            />
            <NumField
              label="Rest between exercises (s)"
              name={`${p}.restBetweenSeconds`}
              min={0}
              max={60}
              value={group.restBetweenSeconds ?? 0}
              onChange={(v) => {
                const { restBetweenSeconds: _, ...rest } = group;
                onChange(v === undefined ? rest : { ...rest, restBetweenSeconds: v });
              }}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}

/**
 * After slot `i` changed: a slot that joined a group takes the group's rests from a member already
 * in it; a member whose rests changed passes them to every member, so they never disagree.
 */
export function syncGroupRests(slots: MethodSlot[], i: number, before: MethodSlot): MethodSlot[] {
  const g = slots[i]?.group;
  if (!g) return slots;
  const joined = before.group?.id !== g.id;
  const source = joined ? slots.find((s, j) => j !== i && s.group?.id === g.id)?.group : g;
  if (!source) return slots;
  const rests = { restAfterSeconds: source.restAfterSeconds, restBetweenSeconds: source.restBetweenSeconds };
  return slots.map((s) => {
    if (s.group?.id !== g.id) return s;
    const next: SlotGroup = { ...s.group, ...rests };
    if (next.restBetweenSeconds === undefined) delete next.restBetweenSeconds;
    return { ...s, group: next };
  });
}
