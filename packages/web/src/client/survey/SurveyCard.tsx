import type { SurveyAnswerRequest, SurveyStatus } from "@spotter/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { get, post } from "../../api/client.ts";
import { Button, Card } from "../../ui/index.ts";
import "./survey.css";

const surveyKey = ["me", "survey"] as const;
const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The satisfaction survey on the client's Today page: one 0-10 question and an optional comment,
 * shown only when it is due (never answered, or 30 days since the last answer). Nothing shows on
 * error: the survey must never stand between a client and their session.
 */
export function SurveyCard() {
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: surveyKey,
    queryFn: ({ signal }) => get<SurveyStatus>("/api/business/survey", signal),
  });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const answer = useMutation({
    mutationFn: (body: SurveyAnswerRequest) => post<SurveyStatus>("/api/business/survey", body),
    onSuccess: (next) => qc.setQueryData(surveyKey, next),
  });
  if (answer.isSuccess)
    return (
      <Card title="Thank you" className="survey-card">
        <p role="status">Thanks for telling us. Your coach team reads every answer.</p>
      </Card>
    );
  if (!status.data?.due) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (score === null) return;
    answer.mutate(comment.trim() ? { score, comment: comment.trim() } : { score });
  };
  return (
    <Card title="Quick question" className="survey-card">
      <form onSubmit={submit}>
        <fieldset className="survey-scale">
          <legend>How likely are you to recommend us to a friend?</legend>
          <div className="survey-options">
            {SCORES.map((s) => (
              <label key={s} className={`survey-option${score === s ? " is-picked" : ""}`}>
                <input type="radio" name="score" value={s} checked={score === s} onChange={() => setScore(s)} />
                <span>{s}</span>
              </label>
            ))}
          </div>
          <p className="survey-ends" aria-hidden="true">
            <span>Not likely</span>
            <span>Very likely</span>
          </p>
        </fieldset>
        <label className="survey-comment">
          <span>Anything to add? (optional)</span>
          <textarea value={comment} maxLength={1000} rows={2} onChange={(e) => setComment(e.currentTarget.value)} />
        </label>
        <Button type="submit" variant="primary" disabled={score === null} busy={answer.isPending}>
          Send
        </Button>
        {answer.error ? <p role="alert">{answer.error.message}</p> : null}
      </form>
    </Card>
  );
}
