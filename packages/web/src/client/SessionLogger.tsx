import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "wouter";
import { toApiError } from "../api/api-error.ts";
import { post } from "../api/client.ts";
import { allItems, PLAN_SECTIONS, SECTION_LABEL, type Session } from "../api/session-types.ts";
import { Button, Card, Field } from "../ui/index.ts";
import { useUnits } from "../units/index.ts";
import { ExerciseLogger } from "./ExerciseLogger.tsx";
import { type SetDraft, toLogRequest, useLogDraft } from "./log-draft.ts";
import { RestTimer } from "./RestTimer.tsx";
import { Scale } from "./Scale.tsx";

const FEEL = ["Awful", "Poor", "OK", "Good", "Great"];

export function SessionLogger({ session, onLogged }: { session: Session; onLogged: () => void }) {
  const { unit, suggest } = useUnits();
  useEffect(() => suggest(session.unit), [session.unit, suggest]);
  const items = useMemo(() => allItems(session), [session]);
  const { draft, setDraft, clear } = useLogDraft(session, items, unit);
  const [restEnds, setRestEnds] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [waitingForNetwork, setWaitingForNetwork] = useState(false);
  // A log finished offline goes out by itself when the connection returns.
  const sendRef = useRef<() => Promise<void>>(async () => {});
  useEffect(() => {
    if (!waitingForNetwork) return;
    const retry = () => void sendRef.current();
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

  async function send() {
    setBusy(true);
    setError(undefined);
    try {
      await post(`/api/sessions/${session.id}/log`, toLogRequest(draft, items));
      clear();
      setWaitingForNetwork(false);
      onLogged();
    } catch (err) {
      const a = toApiError(err);
      setWaitingForNetwork(a.isOffline);
      setError(
        a.isOffline
          ? "You're offline. Your log is saved on this phone and is sent as soon as you're back online."
          : a.message,
      );
      setBusy(false);
    }
  }
  sendRef.current = send;
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void send();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Log today's session">
      <h1 tabIndex={-1}>Today's session</h1>
      <p className="muted">
        {session.plan.estimatedMinutes ? `About ${Math.round(session.plan.estimatedMinutes)} min · ` : ""}
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
            {session.plan[sec].map((it) => (
              <ExerciseLogger
                key={it.id}
                item={it}
                sets={draft.sets[it.id] ?? []}
                pain={draft.pain[it.id]}
                onSet={setSet(it.id)}
                onPain={(p) => setDraft((d) => ({ ...d, pain: { ...d.pain, [it.id]: p } }))}
                onDone={(sec) => setRestEnds(Date.now() + sec * 1000)}
              />
            ))}
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
        <Button type="submit" variant="primary" size="lg" busy={busy} className="btn-block">
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
