import type { NudgePreferencesView } from "@spotter/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { put } from "../api/client.ts";
import { useApiMutation } from "../api/mutation.ts";
import { Button } from "../ui/index.ts";
import { myNudgePrefsKey, myNudgePrefsQuery } from "./queries.ts";

/** The client's reminder settings, folded away: switch reminders off, quiet hours, time zone. */
export function NudgeSettings() {
  const prefs = useQuery(myNudgePrefsQuery());
  const [draft, setDraft] = useState<NudgePreferencesView | null>(null);
  const save = useApiMutation({
    request: (body: NudgePreferencesView) => put<NudgePreferencesView>("/api/me/nudge-preferences", body),
    invalidates: () => [myNudgePrefsKey],
  });
  if (!prefs.data) return null;
  const v = draft ?? prefs.data;
  const set = (patch: Partial<NudgePreferencesView>) => setDraft({ ...v, ...patch });
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <details className="nudge-settings">
      <summary>Reminder settings</summary>
      <label className="nudge-row">
        <input type="checkbox" checked={!v.optedOut} onChange={(e) => set({ optedOut: !e.target.checked })} />
        Remind me before a session and ask after a missed one
      </label>
      <div className="nudge-row">
        <label>
          Quiet from <input type="time" value={v.quietStart} onChange={(e) => set({ quietStart: e.target.value })} />
        </label>
        <label>
          to <input type="time" value={v.quietEnd} onChange={(e) => set({ quietEnd: e.target.value })} />
        </label>
      </div>
      <p className="nudge-row">
        Time zone: {v.timeZone}
        {browserZone && browserZone !== v.timeZone ? (
          <Button size="sm" onClick={() => set({ timeZone: browserZone })}>
            Use {browserZone}
          </Button>
        ) : null}
      </p>
      {save.error ? <p role="alert">{save.error.message}</p> : null}
      <Button
        variant="primary"
        disabled={!draft}
        busy={save.isPending}
        onClick={() => draft && save.mutate(draft, { onSuccess: () => setDraft(null) })}
      >
        Save reminder settings
      </Button>
    </details>
  );
}
