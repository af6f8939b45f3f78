import type { WeeklyCheckIn, WeeklyCheckInAnswer } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { post } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Button, Card } from "../ui/index.ts";
import { isComplete, QuestionInput, type ResponseValue } from "./QuestionInput.tsx";
import { myWeeklyCheckInQuery, myWeeklyKey } from "./queries.ts";
import "./weekly-checkin.css";

/**
 * The weekly check-in on the portal's Today page: the organization's questionnaire (scales, choices,
 * free text, in the order the owner set), with the due date when the schedule opened one. Once sent
 * it says so; when the coach has replied it points to Messages. Nothing shows on error: the card
 * must never stand between a client and their session.
 */
export function WeeklyCheckInCard() {
  const current = useQuery(myWeeklyCheckInQuery());
  const [responses, setResponses] = useState<Record<string, ResponseValue>>({});
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
  const { questionnaire, dueDate } = current.data;
  const complete = isComplete(questionnaire.questions, responses);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    const answered: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(responses))
      if (typeof v === "number" || (typeof v === "string" && v.trim()))
        answered[k] = typeof v === "string" ? v.trim() : v;
    answer.mutate({ questionnaireVersion: questionnaire.version, responses: answered });
  };
  return (
    <Card title="Weekly check-in" className="weekly-card">
      <form onSubmit={submit} aria-label="Weekly check-in">
        <p className="weekly-lead">
          A minute to tell your coach how the week went.
          {dueDate ? (
            <> Due {new Date(`${dueDate}T12:00:00Z`).toLocaleDateString(undefined, { weekday: "long" })}.</>
          ) : null}
        </p>
        {questionnaire.questions.map((q) => (
          <QuestionInput
            key={q.id}
            q={q}
            value={responses[q.id]}
            onChange={(v) => setResponses((r) => ({ ...r, [q.id]: v }))}
          />
        ))}
        {answer.error ? <p role="alert">{answer.error.message}</p> : null}
        <Button type="submit" variant="primary" size="lg" busy={answer.isPending} disabled={!complete}>
          Send to my coach
        </Button>
      </form>
    </Card>
  );
}
