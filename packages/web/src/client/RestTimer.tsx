import { useEffect, useState } from "react";

type Props = { endsAt: number; onDone: () => void; onAdd: (seconds: number) => void };

/**
 * A rest countdown pinned above the tab bar. It counts against a fixed end time (not ticks), so a
 * backgrounded phone shows the right time when it wakes.
 */
export function RestTimer({ endsAt, onDone, onAdd }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.round((endsAt - now) / 1000));
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  useEffect(() => {
    if (left === 0) {
      navigator.vibrate?.(200);
    }
  }, [left]);
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, "0");
  return (
    <div className="rest-timer" role="timer" aria-label="Rest timer">
      <div>
        <div className="small">{left === 0 ? "Rest done — go!" : "Rest"}</div>
        <div className="time" aria-live={left === 0 ? "assertive" : "off"}>
          {mm}:{ss}
        </div>
      </div>
      <div className="btn-row">
        <button type="button" className="btn btn-secondary btn-md" onClick={() => onAdd(30)}>
          +30 s
        </button>
        <button type="button" className="btn btn-primary btn-md" onClick={onDone}>
          {left === 0 ? "Close" : "Skip"}
        </button>
      </div>
    </div>
  );
}
