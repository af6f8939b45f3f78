import type { ExerciseEntry } from "@spotter/contracts";
import type { Method, MethodSlot, SlotPrescription } from "@spotter/engine";
import { groupRestText, groupTitle } from "../../sessions/plan-groups.ts";
import { label } from "../labels.ts";
import "../../sessions/groups.css";

/** "3 × 8-10 @ RPE 7, rest 120 s, last set AMRAP" — a dose in the words of a training log. */
export function doseText(d: SlotPrescription | undefined): string {
  if (!d) return "goal's default dose";
  const reps = Array.isArray(d.reps) ? `${d.reps[0]}-${d.reps[1]}` : String(d.reps);
  const effort = d.rpe !== undefined ? ` @ RPE ${d.rpe}` : d.percent1rm !== undefined ? ` @ ${d.percent1rm}% 1RM` : "";
  const top = d.topSet ? `top set of ${d.topSet.reps} @ RPE ${d.topSet.rpe}, then ` : "";
  const extras = [
    d.topSet ? `back-off at ${d.topSet.backoffPct}%` : "",
    d.restSeconds !== undefined ? `rest ${d.restSeconds} s` : "",
    d.amrap ? "last set AMRAP" : "",
  ].filter(Boolean);
  return [`${top}${d.sets} × ${reps}${effort}`, ...extras].join(", ");
}

type Props = { method: Method; catalog: ExerciseEntry[] };

/**
 * A day's supersets and circuits as the session pages print them: per slot its label (A1, A2) and,
 * on a group's first member, the group's title and rest ("Superset A · rest 90 s after the pair").
 */
function groupsOf(slots: MethodSlot[]): { label?: string; head?: string }[] {
  const members = new Map<string, number>();
  for (const s of slots) if (s.group) members.set(s.group.id, (members.get(s.group.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return slots.map(({ group }) => {
    if (!group) return {};
    const position = (seen.get(group.id) ?? 0) + 1;
    seen.set(group.id, position);
    const size = members.get(group.id) ?? 0;
    const g = { ...group, position, size, kind: size > 2 ? ("circuit" as const) : ("superset" as const) };
    return {
      label: `${group.id}${position}`,
      head: position === 1 ? `${groupTitle(g)} · ${groupRestText(g)}` : undefined,
    };
  });
}

/**
 * Week 1 as the method writes it (an accumulation block opens a roadmap): days, slots, first-choice
 * exercise, dose. No loads: there is no endpoint that drafts a session from an unsaved method, and
 * loads come from each client's own history when their session is drafted.
 */
export function WeekOnePreview({ method, catalog }: Props) {
  const names = new Map(catalog.map((e) => [e.id, e.name]));
  return (
    <section className="card method-preview" aria-labelledby="week1-title">
      <header className="card-head">
        <h2 className="card-title" id="week1-title">
          Week 1 preview
        </h2>
      </header>
      <p className="field-hint">
        The structure of an accumulation week. Loads are set per client when their session is drafted.
      </p>
      <ol className="preview-days">
        {method.days.map((day, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: days are positions in the week
          <li key={i}>
            <h3>
              Day {i + 1}: {day.label || "(no label)"}
            </h3>
            <ul>
              {groupsOf(day.slots).map(({ label: member, head }, j) => {
                const s = day.slots[j] as MethodSlot;
                const first = s.exerciseIds?.[0];
                const what = first
                  ? (names.get(first) ?? first)
                  : s.exerciseIds
                    ? "No exercise chosen yet"
                    : `Any ${label(s.pattern).toLowerCase()} exercise (engine's pick)`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions in the day
                  <li key={j}>
                    {head ? <div className="small">{head}</div> : null}
                    {member ? <span className="group-label">{member}</span> : null}
                    <strong>{s.label ?? what}</strong>
                    {s.label ? ` — ${what}` : ""}
                    <span className="muted"> · {label(s.role)}</span>
                    <br />
                    <span className="small">{doseText(s.prescription?.accumulation)}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
