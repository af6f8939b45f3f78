import type { CheckInRequest } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { CheckinResultCard } from "../triage/CheckinResultCard.tsx";
import { Button, Card, Field } from "../ui/index.ts";
import { useCheckIn } from "./mutations.ts";
import { Scale } from "./Scale.tsx";

/** Hooper/McLean items, 1-7 with 1 = best (the engine's WELLNESS_SCALE direction). */
const ITEMS = [
  { key: "sleepQuality", legend: "Sleep quality", low: "Very good", high: "Very bad" },
  { key: "fatigue", legend: "Fatigue", low: "Very fresh", high: "Exhausted" },
  { key: "soreness", legend: "Muscle soreness", low: "None", high: "Very sore" },
  { key: "stress", legend: "Stress", low: "Very relaxed", high: "Very stressed" },
  { key: "mood", legend: "Mood", low: "Very positive", high: "Very low" },
] as const;
type ItemKey = (typeof ITEMS)[number]["key"];

const RED_FLAGS = [
  { key: "chestPain", text: "Chest pain or pressure" },
  { key: "dizzinessOrFainting", text: "Dizziness or fainting" },
  { key: "neurologicalSymptoms", text: "Numbness, weakness on one side, or trouble speaking or seeing" },
  { key: "sharpPain", text: "Sharp, stabbing or sudden pain" },
] as const;

/** All five items once each has a score (the send button waits for that). */
function answers(scores: Partial<Record<ItemKey, number>>): Record<ItemKey, number> | undefined {
  const out: Partial<Record<ItemKey, number>> = {};
  for (const { key } of ITEMS) {
    const v = scores[key];
    if (v === undefined) return undefined;
    out[key] = v;
  }
  return out as Record<ItemKey, number>;
}

/** The one-minute daily readiness check-in. */
export function CheckinPage() {
  const [scores, setScores] = useState<Partial<Record<ItemKey, number>>>({});
  const [sleepHours, setSleepHours] = useState("7.5");
  const [flags, setFlags] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState("");
  const checkIn = useCheckIn();
  const result = checkIn.data;
  const answered = answers(scores);
  const complete = answered !== undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!answered) return;
    const body: CheckInRequest = {
      date: new Date().toISOString().slice(0, 10),
      sleepHours: Number(sleepHours),
      ...answered,
      redFlags: flags,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    checkIn.mutate(body);
  }

  if (result)
    return (
      <>
        <h1 tabIndex={-1}>Check-in</h1>
        <CheckinResultCard result={result} flagged={Object.values(flags).some(Boolean)} />
      </>
    );
  return (
    <form onSubmit={onSubmit} aria-label="Daily check-in">
      <h1 tabIndex={-1}>Daily check-in</h1>
      <p className="muted">About a minute. 1 is best, 7 is worst.</p>
      <Card>
        <Field label="Hours slept">
          <input
            type="number"
            min={0}
            max={16}
            step={0.5}
            inputMode="decimal"
            value={sleepHours}
            onChange={(e) => setSleepHours(e.target.value)}
          />
        </Field>
        {ITEMS.map((i) => (
          <Scale
            key={i.key}
            name={i.key}
            legend={i.legend}
            min={1}
            max={7}
            value={scores[i.key]}
            onChange={(v) => setScores((s) => ({ ...s, [i.key]: v }))}
            lowLabel={i.low}
            highLabel={i.high}
          />
        ))}
        <fieldset className="plain">
          <legend className="label">Since yesterday, have you had any of these?</legend>
          {RED_FLAGS.map((f) => (
            <label key={f.key} className="check">
              <input
                type="checkbox"
                checked={Boolean(flags[f.key])}
                onChange={(e) => setFlags((x) => ({ ...x, [f.key]: e.target.checked }))}
              />
              {f.text}
            </label>
          ))}
        </fieldset>
        <Field label="Anything else? (optional)">
          <textarea value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        {checkIn.error ? (
          <p className="notice notice-red" role="alert">
            {checkIn.error.message}
          </p>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="lg"
          busy={checkIn.isPending}
          disabled={!complete}
          className="btn-block"
        >
          {complete ? "Send check-in" : "Answer all five to send"}
        </Button>
      </Card>
    </form>
  );
}
