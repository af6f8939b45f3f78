import { useUnits } from "../../units/index.ts";

/**
 * "Print week (PDF)": the week's sessions with every prescription as a PDF to carry into the gym
 * (GET /api/clients/:id/week.pdf), loads in the reader's unit. A plain link: the browser sends the
 * session cookie and saves the file. Shared by the coach's week page and the portal's Week tab.
 */
export function PrintWeekLink({ clientId, start, label }: { clientId: string; start: string; label: string }) {
  const { unit } = useUnits();
  const query = new URLSearchParams({ start, units: unit });
  return (
    <a className="btn btn-ghost btn-md" href={`/api/clients/${clientId}/week.pdf?${query.toString()}`} download>
      {label}
    </a>
  );
}
