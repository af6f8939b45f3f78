import type { ExerciseEntry } from "@spotter/contracts";
import { label } from "../labels.ts";

/** "barbell + bench" for one way of doing it; "Bodyweight" when it needs nothing. */
export const equipmentText = (e: ExerciseEntry) =>
  e.equipment.map((opt) => (opt.length ? opt.map(label).join(" + ") : "Bodyweight")).join(" or ");

/** A demonstration link: a plain anchor to an http(s) URL the server validated; never embedded. */
export function MediaLink({ e }: { e: ExerciseEntry }) {
  if (!e.mediaUrl) return <span className="muted">—</span>;
  return (
    <a
      href={e.mediaUrl}
      target="_blank"
      rel="noopener noreferrer nofollow"
      aria-label={`Demo of ${e.name} (opens a new tab)`}
    >
      Demo ↗
    </a>
  );
}
