import "./exercise-list.css";

/**
 * Every main exercise of a session, in order, as a compact numbered list: a session the coach
 * edited by hand can hold many more than the engine's usual three or four, and the week card (coach)
 * and the portal's week show them all.
 */
export function ExerciseList({ names, label }: { names: readonly string[]; label: string }) {
  if (names.length === 0) return null;
  return (
    <ol className="exercise-list" aria-label={label}>
      {names.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an exercise may repeat; its position is its identity
        <li key={i}>{n}</li>
      ))}
    </ol>
  );
}
