import type { ExerciseMappingList } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { Button, ErrorState, Spinner } from "../../ui/index.ts";
import { mappingsQuery, useRemoveMapping } from "./queries.ts";

/**
 * The organization's saved name mappings, each removable (DELETE /api/exercise-mappings/:name): a
 * removed name is matched against the catalog again by later previews and imports; workouts
 * already imported keep what they were stored with. `onRemoved` previews the file again.
 */
export function SavedMappings({ onRemoved }: { onRemoved: () => void }) {
  const list = useQuery(mappingsQuery());
  const remove = useRemoveMapping();
  if (list.error)
    return <ErrorState error={list.error} what="your saved mappings" onRetry={() => void list.refetch()} />;
  if (!list.data) return <Spinner label="Loading your saved mappings…" />;
  const items: ExerciseMappingList["items"] = list.data.items;
  return (
    <section aria-labelledby="saved-mappings-h">
      <h3 id="saved-mappings-h" className="import-h3">
        Your organization's saved mappings
      </h3>
      {items.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="list" aria-label="Saved mappings">
          {items.map((m) => (
            <li key={m.name} className="row-between">
              <span>
                {m.name} → {m.exerciseId === null ? <em>left out</em> : (m.exerciseName ?? m.exerciseId)}
              </span>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove the mapping for ${m.name}`}
                busy={remove.isPending && remove.variables === m.name}
                disabled={remove.isPending}
                onClick={() => remove.mutate(m.name, { onSuccess: onRemoved })}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {remove.error ? (
        <p className="notice notice-red" role="alert">
          {remove.error.message}
        </p>
      ) : null}
    </section>
  );
}
