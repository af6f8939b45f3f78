import type { StoredSessionItem } from "@spotter/contracts";

/**
 * Supersets and circuits as the pages show them: a section's items as runs (one item alone, or a
 * group's neighbouring members), labels (A1, A2) and the round's rest in words. The engine keeps
 * members contiguous, so a run is all of a group.
 */
export type PlanRun =
  | { kind: "single"; item: StoredSessionItem; index: number }
  | { kind: "group"; group: NonNullable<StoredSessionItem["group"]>; items: StoredSessionItem[]; index: number };

export function planRuns(items: StoredSessionItem[]): PlanRun[] {
  const runs: PlanRun[] = [];
  items.forEach((item, index) => {
    const prev = runs.at(-1);
    if (item.group && prev?.kind === "group" && prev.group.id === item.group.id) prev.items.push(item);
    else if (item.group) runs.push({ kind: "group", group: item.group, items: [item], index });
    else runs.push({ kind: "single", item, index });
  });
  return runs;
}

/** "A1" for the first member of group A; undefined outside a group. */
export const groupLabel = (item: StoredSessionItem): string | undefined =>
  item.group ? `${item.group.id}${item.group.position}` : undefined;

/** "Superset A" / "Circuit B". */
export const groupTitle = (g: NonNullable<StoredSessionItem["group"]>): string =>
  `${g.kind === "superset" ? "Superset" : "Circuit"} ${g.id}`;

/** "rest 90 s after the pair" / "rest 60 s after each round" / "no rest between rounds". */
export function groupRestText(g: NonNullable<StoredSessionItem["group"]>): string {
  const after = g.kind === "superset" ? "after the pair" : "after each round";
  return g.restAfterSeconds > 0 ? `rest ${g.restAfterSeconds} s ${after}` : `no rest ${after}`;
}
