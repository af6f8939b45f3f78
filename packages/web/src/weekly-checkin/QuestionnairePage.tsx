import type { QuestionnaireView, QuestionnaireWrite } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { put } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Button, Card, ErrorState, PageHead, Spinner } from "../ui/index.ts";
import { newQuestion, type Question, QuestionEditor } from "./QuestionEditor.tsx";
import { questionnaireKey, questionnaireQuery } from "./queries.ts";
import "./weekly-checkin.css";

/**
 * The check-in questionnaire builder (owner and coaches): questions in order, each a scale, a choice
 * or free text, required or not; saving makes a new version, so check-ins already answered keep the
 * questions they answered. Core scales (energy, sleep, stress, confidence on 1–5) feed the week's
 * summary; the rest is shown to the coach as answered.
 */
export function QuestionnairePage() {
  const current = useQuery(questionnaireQuery());
  // Owned here: a save re-mounts the builder on the new version (its key), the outcome stays.
  const save = useSave();
  return (
    <>
      <PageHead
        title="Check-in questions"
        subtitle="What every client is asked at their weekly or biweekly check-in (their tier sets the cadence)."
      />
      {current.error ? (
        <ErrorState error={current.error} what="the questionnaire" onRetry={() => void current.refetch()} />
      ) : !current.data ? (
        <Spinner label="Loading the questionnaire…" />
      ) : (
        <>
          <Builder key={current.data.version} saved={current.data} save={save} />
          {save.isSuccess && save.data.version === current.data.version ? (
            <p role="status">Saved as version {save.data.version}.</p>
          ) : null}
        </>
      )}
    </>
  );
}

type Save = ReturnType<typeof useSave>;
const useSave = () =>
  useApiMutation({
    request: (body: QuestionnaireWrite) => put<QuestionnaireView>("/api/weekly-checkins/questionnaire", body),
    invalidates: () => [questionnaireKey],
  });

function Builder({ saved, save }: { saved: QuestionnaireView; save: Save }) {
  const [questions, setQuestions] = useState<Question[]>(saved.questions);
  const set = (i: number, q: Question) => setQuestions((qs) => qs.map((x, j) => (j === i ? q : x)));
  const move = (i: number, d: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [q] = next.splice(i, 1);
      if (q) next.splice(i + d, 0, q);
      return next;
    });
  const fieldError = (i: number) =>
    save.error?.fields
      .filter((f) => f.path.startsWith(`body.questions.${i}.`) || f.path === `body.questions.${i}`)
      .map((f) => `${f.path.split(".").slice(3).join(" ") || "question"}: ${f.message}`)
      .join("; ");
  const changed = JSON.stringify(questions) !== JSON.stringify(saved.questions);
  return (
    <div className="qb">
      <Card
        title={`Questions (${questions.length})`}
        actions={<span className="muted small">Version {saved.version}</span>}
      >
        <p className="muted small">
          Photo questions are not offered yet: Spotter has no file storage for client uploads.
        </p>
        <div className="qb-list">
          {questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              q={q}
              index={i}
              count={questions.length}
              onChange={(n) => set(i, n)}
              onMove={(d) => move(i, d)}
              onRemove={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
              error={fieldError(i) || undefined}
            />
          ))}
        </div>
        <div className="btn-row qb-add">
          <Button size="sm" onClick={() => setQuestions((qs) => [...qs, newQuestion("scale")])}>
            Add scale question
          </Button>
          <Button size="sm" onClick={() => setQuestions((qs) => [...qs, newQuestion("choice")])}>
            Add choice question
          </Button>
          <Button size="sm" onClick={() => setQuestions((qs) => [...qs, newQuestion("text")])}>
            Add text question
          </Button>
        </div>
      </Card>
      {save.error && !save.error.fields.length ? <p role="alert">{save.error.message}</p> : null}
      <div className="btn-row">
        <Button
          variant="primary"
          busy={save.isPending}
          disabled={!changed}
          onClick={() =>
            save.mutate({
              questions: questions.map((q) =>
                q.kind === "choice" ? { ...q, options: q.options.filter((o) => o.trim()) } : q,
              ),
            })
          }
        >
          Save questionnaire
        </Button>
        <Button variant="ghost" disabled={!changed} onClick={() => setQuestions(saved.questions)}>
          Discard changes
        </Button>
      </div>
    </div>
  );
}
