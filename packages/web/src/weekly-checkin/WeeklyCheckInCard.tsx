import type { WeeklyCheckIn, WeeklyCheckInAnswer } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Scale } from "../client/Scale.tsx";
import { Button, Card } from "../ui/index.ts";
import { myWeeklyCheckInQuery, myWeeklyKey } from "./queries.ts";
import "./weekly-checkin.css";

type Scores = Partial<Record<"energy" | "sleep" | "stress" | "adherenceConfidence", number>>;

const QUESTIONS = [
  { key: "energy", legend: "Energy this week", low: "Very low", high: "Very high" },
  { key: "sleep", legend: "Sleep this week", low: "Poor", high: "Great" },
  { key: "stress", legend: "Stress this week", low: "Low", high: "High" },
  { key: "adherenceConfidence", legend: "Confident about next week's plan?", low: "Not at all", high: "Very" },
] as const;

/**
 * The weekly check-in on the portal's Today page: four 1–5 scales and one free text. Once sent it
 * says so; when the coach has replied it points to Messages. Nothing shows on error: the card
 * must never stand between a client and their session.
 */
export function WeeklyCheckInCard() {
  const current = useQuery(myWeeklyCheckInQuery());
  const [scores, setScores] = useState<Scores>({});
  const [note, setNote] = useState("");
  const answer = useApiMutation({
    request: (body: WeeklyCheckInAnswer) => post<WeeklyCheckIn>("/api/me/weekly-checkins", body),
    invalidates: () => [myWeeklyKey],
  });
  if (!current.data) return null;
  const checkIn = current.data.checkIn;
  if (checkIn?.status === "closed")
    return (
      <Card title="Weekly check-in" className="weekly-card">
        <p>
          Your coach replied to this week's check-in. <Link href="/messages">Read it in Messages</Link>
        </p>
      </Card>
    );
  if (checkIn)
    return (
      <Card title="Weekly check-in" className="weekly-card">
        <p role="status">Sent. Your coach will reply in Messages.</p>
      </Card>
    );
  const complete = QUESTIONS.every((q) => scores[q.key] !== undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    const { energy, sleep, stress, adherenceConfidence } = scores as Required<Scores>;
    answer.mutate({ energy, sleep, stress, adherenceConfidence, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <Card title="Weekly check-in" className="weekly-card">
      <form onSubmit={submit} aria-label="Weekly check-in">
        <p className="weekly-lead">A minute to tell your coach how the week went.</p>
        {QUESTIONS.map((q) => (
          <Scale
            key={q.key}
            name={`weekly-${q.key}`}
            legend={q.legend}
            min={1}
            max={5}
            value={scores[q.key]}
            onChange={(v) => setScores((s) => ({ ...s, [q.key]: v }))}
            lowLabel={q.low}
            highLabel={q.high}
          />
        ))}
        <label className="weekly-note">
          Wins, and what got in the way (optional)
          <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        {answer.error ? <p role="alert">{answer.error.message}</p> : null}
        <Button type="submit" variant="primary" size="lg" busy={answer.isPending} disabled={!complete}>
          Send to my coach
        </Button>
      </form>
    </Card>
  );
}
