import { lazy, Suspense } from "react";
import { Spinner } from "../../ui/index.ts";

// The library carries the exercise form and the catalog table: loaded on first visit only.
const ExerciseLibraryPage = lazy(() =>
  import("./ExerciseLibraryPage.tsx").then((m) => ({ default: m.ExerciseLibraryPage })),
);

export function ExercisesRoute() {
  return (
    <Suspense fallback={<Spinner label="Loading the exercise library…" />}>
      <ExerciseLibraryPage />
    </Suspense>
  );
}
