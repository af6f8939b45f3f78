import { GOALS, type Goal } from "@spotter/engine";
import { useQuery } from "@tanstack/react-query";
import { Field } from "../../ui/index.ts";
import { label } from "../labels.ts";
import { methodsQuery } from "./queries.ts";

type Props = { value: Partial<Record<Goal, string>>; onChange: (next: Partial<Record<Goal, string>>) => void };

/**
 * The Trainer Profile's default method per goal: a client with no method of their own follows the
 * one set here for their primary goal ("Spotter's choice" leaves it to the engine's default).
 */
export function DefaultMethodsFieldset({ value, onChange }: Props) {
  const methods = useQuery(methodsQuery());
  const items = methods.data?.items ?? [];
  return (
    <fieldset>
      <legend>Default method per goal</legend>
      <p className="muted small">Clients without a method of their own follow the one set for their primary goal.</p>
      <div className="grid-2">
        {GOALS.map((goal) => (
          <Field key={goal} label={label(goal)} name={`defaultMethods.${goal}`}>
            <select
              value={value[goal] ?? ""}
              onChange={(e) => {
                const next = { ...value };
                if (e.target.value) next[goal] = e.target.value;
                else delete next[goal];
                onChange(next);
              }}
            >
              <option value="">Spotter's choice</option>
              {items
                .filter((m) => m.goals.includes(goal) || m.id === value[goal])
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                    {m.source === "organization" ? " (yours)" : ""}
                  </option>
                ))}
            </select>
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
