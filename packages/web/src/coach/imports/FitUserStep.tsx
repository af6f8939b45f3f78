import { useId, useState } from "react";
import { Button, Card } from "../../ui/index.ts";

type Props = { message: string; onChoose: (user: number) => void; onRestart: () => void };

/**
 * A weight-scale file shared by several people: the server lists its users (index, and what the
 * scale knows of each) and imports only the one the coach names, never everyone's weight.
 */
export function FitUserStep({ message, onChoose, onRestart }: Props) {
  const id = useId();
  const [user, setUser] = useState("");
  const n = Number(user);
  const valid = user.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= 254;
  return (
    <Card title="Which scale user is this client?">
      <p className="notice notice-yellow" role="status">
        {/* The server's wording ends with the API parameter's name; the field below is that choice. */}
        {message.replace(/: choose this client's with fitUser$/, ".")} Enter the number of this client's scale user.
      </p>
      <div className="field">
        <label htmlFor={id}>Scale user number</label>
        <input id={id} type="number" min={0} max={254} value={user} onChange={(e) => setUser(e.target.value)} />
      </div>
      <div className="btn-row">
        <Button variant="primary" disabled={!valid} onClick={() => onChoose(n)}>
          Preview this user's weigh-ins
        </Button>
        <Button variant="ghost" onClick={onRestart}>
          Choose another file
        </Button>
      </div>
    </Card>
  );
}
