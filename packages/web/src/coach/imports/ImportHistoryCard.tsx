import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { Card } from "../../ui/index.ts";
import { plural } from "./labels.ts";
import { loggedCountQuery } from "./queries.ts";

/** On the client page: how much logged history the client has, and the way to bring more in. */
export function ImportHistoryCard({ clientId }: { clientId: string }) {
  const logged = useQuery(loggedCountQuery(clientId));
  return (
    <Card
      title="Training history"
      actions={
        <Link href={`/clients/${clientId}/import`} className="btn btn-secondary btn-sm">
          Import history
        </Link>
      }
    >
      <p className="muted">
        {logged.data
          ? `${plural(logged.data.total, "logged session")} on file, imported ones included.`
          : logged.error
            ? "Could not count logged sessions."
            : "Counting logged sessions…"}{" "}
        Bring years of Strong, Hevy or FitNotes logs, a watch’s .fit activities or an Apple Health export.
      </p>
    </Card>
  );
}
