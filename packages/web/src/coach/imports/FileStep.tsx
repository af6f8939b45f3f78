import { useId, useState } from "react";
import { Button, Card } from "../../ui/index.ts";

type Props = { error?: string | undefined; onChoose: (file: File, unit: "kg" | "lb") => void };

/** The file input, what each app's export is called, and the unit Strong's classic export omits. */
export function FileStep({ error, onChoose }: Props) {
  const fileId = useId();
  const unitId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [unit, setUnit] = useState<"kg" | "lb">("kg");
  return (
    <Card title="Choose a file">
      <ul className="small import-sources">
        <li>
          <strong>Hevy</strong>: Settings → Export data → workouts CSV. <strong>Strong</strong>: Settings → Export data
          (CSV). <strong>FitNotes</strong>: Settings → Spreadsheet export (CSV).
        </li>
        <li>
          <strong>Garmin or other watch</strong>: a strength activity’s <code>.fit</code> file.
        </li>
        <li>
          <strong>Apple Health</strong>: Health app → profile → Export All Health Data; unzip and choose{" "}
          <code>export.xml</code> (any size: it is read as it uploads).
        </li>
        <li>
          <strong>Oura</strong>: the trends CSV, or <code>sleep.csv</code> / <code>dailyreadiness.csv</code> of the data
          export. <strong>WHOOP</strong>: <code>physiological_cycles.csv</code> of Export WHOOP Data.
        </li>
        <li>
          <strong>Velocity (VBT) file</strong>: one row per rep with{" "}
          <code>date, exercise, set, rep, load_kg, mean_velocity_m_s</code>; reps attach to sets already logged.
        </li>
      </ul>
      {error ? (
        <p className="notice notice-red" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={fileId}>Export file</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,.fit,.xml,text/csv,application/xml,text/xml"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={unitId}>Weights in a Strong export that does not say its unit</label>
        <select id={unitId} value={unit} onChange={(e) => setUnit(e.target.value as "kg" | "lb")}>
          <option value="kg">kg</option>
          <option value="lb">lb</option>
        </select>
      </div>
      <div className="btn-row">
        <Button variant="primary" disabled={!file} onClick={() => file && onChoose(file, unit)}>
          Upload and preview
        </Button>
      </div>
    </Card>
  );
}
