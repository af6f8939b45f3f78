import type { FieldError } from "@spotter/contracts";
import type { ApiError } from "../api/api-error.ts";
import { unclaimedErrors } from "../ui/index.ts";

/**
 * The message at the top of a form: the server's message plus any field errors that no visible
 * field shows (so nothing the server said is lost).
 */
export function FormErrorSummary({ error, claimed = [] }: { error: ApiError | undefined; claimed?: string[] }) {
  if (!error) return null;
  const rest: FieldError[] = unclaimedErrors(error.fields, claimed);
  return (
    <div className="form-errors" role="alert">
      <strong>{error.fields.length ? "Please fix the highlighted fields." : error.message}</strong>
      {rest.length ? (
        <ul>
          {rest.map((f) => (
            <li key={f.path}>
              {f.path.replace(/^body\./, "")}: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
