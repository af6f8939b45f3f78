import { Card } from "../../ui/index.ts";

/**
 * "Your data" / "Client data": everything stored about the client as JSON or as one CSV (long
 * form: section, row, field, value), from GET /api/clients/:id/export(.csv). Plain links: the
 * browser sends the session cookie and saves the file. Shared by the coach's client page and the
 * portal's History tab.
 */
export function DataExportCard({ clientId, own }: { clientId: string; own: boolean }) {
  return (
    <Card title={own ? "Your data" : "Client data"}>
      <p className="muted">
        {own
          ? "Everything Spotter stores about you: sessions, logs, check-ins, habits, messages, imports and more."
          : "Everything stored about this client, for a data request or a hand-over."}
      </p>
      <div className="btn-row">
        <a className="btn btn-secondary btn-md" href={`/api/clients/${clientId}/export`} download="spotter-export.json">
          Download JSON
        </a>
        <a className="btn btn-secondary btn-md" href={`/api/clients/${clientId}/export.csv`} download>
          Download CSV
        </a>
      </div>
    </Card>
  );
}
