import type { StoredSessionItem } from "@spotter/contracts";
import { BODY_REGIONS, type BodyRegion } from "@spotter/engine";
import { groupLabel } from "../sessions/plan-groups.ts";
import { effortText, loadKg, prescription } from "../sessions/plan-view.ts";
import { formatLoad, useUnits } from "../units/index.ts";
import { effortScale, type PainDraft, type SetDraft } from "./log-draft.ts";

type Props = {
  item: StoredSessionItem;
  sets: SetDraft[];
  pain: PainDraft | undefined;
  onSet: (index: number, patch: Partial<SetDraft>) => void;
  onPain: (p: PainDraft | undefined) => void;
  /** Called when a set is ticked done, to start the rest timer. */
  onDone: (restSeconds: number) => void;
};

const regionLabel = (r: string) => (r.charAt(0).toUpperCase() + r.slice(1)).replace("_", " ");

/** One exercise in the client's log: the prescription, cues, a row per set, and a pain report. */
export function ExerciseLogger({ item, sets, pain, onSet, onPain, onDone }: Props) {
  const { unit } = useUnits();
  const scale = effortScale(item);
  const timed = item.seconds !== undefined && item.reps === undefined;
  // Timed drills without a load (warm-up, mobility) need only the time and a tick.
  const kg = loadKg(item);
  const effort = effortText(item.effort);
  const showLoad = kg !== undefined || !timed;
  const showEffort = item.effort !== undefined;
  const cols = `set-row cols-${showLoad ? "l" : ""}${showEffort ? "e" : ""}`;
  return (
    <article className="exercise" aria-label={item.name}>
      <div className="exercise-head">
        <h3>
          {item.group ? <span className="group-label">{groupLabel(item)}</span> : null}
          {item.name}
        </h3>
        <div className="plan-item-meta">
          <strong>{prescription(item)}</strong>
          {kg !== undefined ? <span>{formatLoad(kg, unit)}</span> : null}
          {effort ? <span>{effort}</span> : null}
          {item.group && item.group.position < item.group.size ? (
            <span>
              {item.restSeconds ? `Rest ${item.restSeconds} s, then` : "Then"} {item.group.id}
              {item.group.position + 1}
            </span>
          ) : item.restSeconds ? (
            <span>Rest {item.restSeconds} s</span>
          ) : null}
        </div>
        {item.cues.length ? (
          <ul className="cues">
            {item.cues.slice(0, 3).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : null}
        {item.reasons.length ? (
          <details className="why">
            <summary>Why this?</summary>
            <ul>
              {item.reasons
                .filter((r) => r.message)
                .map((r, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reasons can repeat a rule
                  <li key={n}>{r.message}</li>
                ))}
            </ul>
          </details>
        ) : null}
      </div>
      <div className={`${cols} set-head`} aria-hidden="true">
        <span>Set</span>
        {showLoad ? <span>{unit}</span> : null}
        <span>{timed ? "sec" : "reps"}</span>
        {showEffort ? <span>{scale.toUpperCase()}</span> : null}
        <span />
      </div>
      {sets.map((s, i) => {
        const n = i + 1;
        const what = `${item.name} set ${n}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: sets are positional
          <div key={i} className={`${cols}${s.done ? " is-done" : ""}`}>
            <span className="set-index">{n}</span>
            {showLoad ? (
              <input
                type="number"
                inputMode="decimal"
                min={0}
                step={unit === "kg" ? 0.5 : 1}
                aria-label={`${what} load (${unit})`}
                value={s.load}
                onChange={(e) => onSet(i, { load: e.target.value })}
              />
            ) : null}
            <input
              type="number"
              inputMode="numeric"
              min={0}
              aria-label={`${what} ${timed ? "seconds" : "reps"}`}
              value={s.reps}
              onChange={(e) => onSet(i, { reps: e.target.value })}
            />
            {showEffort ? (
              <select
                aria-label={`${what} ${scale.toUpperCase()}`}
                value={s.effort}
                onChange={(e) => onSet(i, { effort: e.target.value })}
              >
                <option value="">–</option>
                {(scale === "rir"
                  ? ["0", "1", "2", "3", "4", "5"]
                  : ["6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10"]
                ).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            ) : null}
            <button
              type="button"
              className="set-done"
              aria-pressed={s.done}
              aria-label={`${what} done`}
              onClick={() => {
                onSet(i, { done: !s.done });
                if (!s.done && item.restSeconds) onDone(item.restSeconds);
              }}
            >
              ✓
            </button>
          </div>
        );
      })}
      {pain ? (
        <div className="pain-row">
          <div className="field">
            <label htmlFor={`pain-r-${item.id}`}>Where did it hurt?</label>
            <select
              id={`pain-r-${item.id}`}
              value={pain.region}
              onChange={(e) => onPain({ ...pain, region: e.target.value as BodyRegion })}
            >
              {BODY_REGIONS.map((r) => (
                <option key={r} value={r}>
                  {regionLabel(r)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`pain-s-${item.id}`}>0–10</label>
            <input
              id={`pain-s-${item.id}`}
              type="number"
              min={0}
              max={10}
              inputMode="numeric"
              value={pain.severity}
              onChange={(e) => onPain({ ...pain, severity: e.target.value })}
            />
          </div>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onPain(undefined)}>
            No pain after all
          </button>
        </div>
      ) : (
        <div className="pain-toggle">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label={`Report pain on ${item.name}`}
            onClick={() => onPain({ region: "knee", severity: "3" })}
          >
            Report pain
          </button>
        </div>
      )}
    </article>
  );
}
