import type { SessionDto, StoredSessionItem } from "@spotter/contracts";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "wouter";
import { GroupFrame } from "../sessions/GroupFrame.tsx";
import { planRuns } from "../sessions/plan-groups.ts";
import { allItems, estimatedMinutes, PLAN_SECTIONS, SECTION_LABEL } from "../sessions/plan-view.ts";
import { Button, Card, Field } from "../ui/index.ts";
import { useUnits } from "../units/index.ts";
import { ExerciseLogger } from "./ExerciseLogger.tsx";
import { type SetDraft, toLogRequest, useLogDraft } from "./log-draft.ts";
import { useLogSession } from "./mutations.ts";
import { RestTimer } from "./RestTimer.tsx";
import { Scale } from "./Scale.tsx";

const FEEL = ["Awful", "Poor", "OK", "Good", "Great"];

export function SessionLogger({ session, onLogged }: { session: SessionDto; onLogged: () => void }) {
  const { unit, suggest } = useUnits();
  useEffect(() => suggest(session.plan.unit), [session.plan.unit, suggest]);
  const items = useMemo(() => allItems(session), [session]);
  const { draft, setDraft, clear } = useLogDraft(session.id, items, unit);
  const log = useLogSession(session.id);
  const [restEnds, setRestEnds] = useState<number>();
  const waitingForNetwork = log.error?.isOffline === true;
  // A log finished offline goes out by itself when the connection returns.
  const sendRef = useRef<() => void>(() => {});
  useEffect(() => {
    if (!waitingForNetwork) return;
    const retry = () => sendRef.current();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [waitingForNetwork]);
  const done = items.reduce((n, it) => n + (draft.sets[it.id]?.filter((s) => s.done).length ?? 0), 0);
  const total = items.reduce((n, it) => n + (draft.sets[it.id]?.length ?? 0), 0);

  if (session.status === "logged") {
    return (
      <>
        <h1 tabIndex={-1}>Today</h1>
        <Card title="Session logged">
          <p>
            Nice work. Your coach can see your log
            {session.log?.sessionRpe !== undefined ? ` (session RPE ${session.log.sessionRpe})` : ""}.
          </p>
          <Link href="/history">See your history</Link>
        </Card>
      </>
    );
  }

  const setSet = (itemId: string) => (i: number, patch: Partial<SetDraft>) =>
    setDraft((d) => ({
      ...d,
      sets: { ...d.sets, [itemId]: (d.sets[itemId] ?? []).map((s, j) => (j === i ? { ...s, ...patch } : s)) },
    }));

  // Each exercise is logged on its own, inside its superset's box when it has one.
  const exercise = (it: StoredSessionItem) => (
    <ExerciseLogger
      key={it.id}
      item={it}
      sets={draft.sets[it.id] ?? []}
      pain={draft.pain[it.id]}
      onSet={setSet(it.id)}
      onPain={(p) => setDraft((d) => ({ ...d, pain: { ...d.pain, [it.id]: p } }))}
      onDone={(sec) => setRestEnds(Date.now() + sec * 1000)}
    />
  );

  function send() {
    log.mutate(toLogRequest(draft, items), {
      onSuccess: () => {
        clear();
        onLogged();
      },
    });
  }
  const error = log.error
    ? log.error.isOffline
      ? "You're offline. Your log is saved on this phone and is sent as soon as you're back online."
      : log.error.message
    : undefined;
  sendRef.current = send;
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    send();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Log today's session">
      <h1 tabIndex={-1}>Today's session</h1>
      <p className="muted">
        {session.plan.estimatedMinutes ? `About ${estimatedMinutes(session)} min · ` : ""}
        <span role="status">
          {done} of {total} sets done
        </span>
      </p>
      {PLAN_SECTIONS.map((sec) =>
        session.plan[sec].length ? (
          <section key={sec} aria-labelledby={`c-${sec}`}>
            <h2 id={`c-${sec}`} className="section-label">
              {SECTION_LABEL[sec]}
            </h2>
            {planRuns(session.plan[sec]).map((run) =>
              run.kind === "single" ? (
                exercise(run.item)
              ) : (
                <GroupFrame key={`g-${run.group.id}-${run.items[0]!.id}`} group={run.group}>
                  {run.items.map(exercise)}
                </GroupFrame>
              ),
            )}
          </section>
        ) : null,
      )}
      <Card title="How was it?">
        <Scale
          name="srpe"
          legend="Session effort (0–10)"
          min={0}
          max={10}
          value={draft.sessionRpe}
          onChange={(v) => setDraft((d) => ({ ...d, sessionRpe: v }))}
          lowLabel="Rest"
          highLabel="Maximal"
        />
        <Scale
          name="feel"
          legend="How do you feel?"
          min={1}
          max={5}
          value={draft.feel}
          onChange={(v) => setDraft((d) => ({ ...d, feel: v }))}
          lowLabel={FEEL[0] ?? ""}
          highLabel={FEEL[4] ?? ""}
        />
        <Field label="Notes for your coach">
          <textarea value={draft.notes} onChange={(e) => setDraft((d) => ({ ...d, notes: e.target.value }))} />
        </Field>
        {error ? (
          <p className="notice notice-red" role="alert">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="primary" size="lg" busy={log.isPending} className="btn-block">
          Finish and send to coach
        </Button>
      </Card>
      {restEnds ? (
        <RestTimer
          endsAt={restEnds}
          onDone={() => setRestEnds(undefined)}
          onAdd={(s) => setRestEnds(restEnds + s * 1000)}
        />
      ) : null}
    </form>
  );
}
