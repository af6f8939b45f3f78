import type { PortalSafety } from "@spotter/contracts";

const REFERRAL_LABEL: Record<string, string> = {
  physician: "A doctor",
  gp: "Your GP",
  physiotherapist: "A physiotherapist",
  mental_health_professional: "A mental-health professional",
  eating_disorder_specialist: "An eating-disorder specialist",
  emergency_services: "Emergency services",
};
const referral = (r: string) => {
  const text = REFERRAL_LABEL[r] ?? r.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * What the client sees while a red flag is open (training paused: the coach's referral message for
 * each flag) or while published work waits for a coach's decision (a missing clearance). Hard
 * sessions are hidden by the server, not here: this only says why.
 */
export function SafetyNotice({ safety }: { safety: PortalSafety }) {
  if (safety.paused)
    return (
      <section className="safety-notice safety-red" role="alert" aria-labelledby="safety-title">
        <h2 id="safety-title">Training is paused</h2>
        <p>
          Your coach needs to check something you reported before you train hard again. Intense sessions are hidden
          until then.
        </p>
        {safety.messages.map((m) => (
          <article key={m.kind} className="safety-message">
            <h3>{m.subject}</h3>
            <p>{m.body}</p>
            {m.referTo.length ? (
              <>
                <p className="safety-refer">Who to see:</p>
                <ul className="safety-refer-list">
                  {m.referTo.map((r) => (
                    <li key={r}>{referral(r)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        ))}
        <p className="safety-emergency">If you feel unwell now, call your local emergency number.</p>
      </section>
    );
  if (safety.hiddenSessions > 0)
    return (
      <section className="safety-notice safety-yellow" role="status">
        <h2>Waiting for your coach</h2>
        <p>
          {safety.hiddenSessions === 1 ? "A session is" : `${safety.hiddenSessions} sessions are`} on hold until your
          coach reviews your health information (for example a clearance or a medication change).
        </p>
      </section>
    );
  return null;
}
