import type { WeekResponse } from "@spotter/contracts";
import { Card } from "../../ui/index.ts";
import { BLOCK_NAMES, shortDate } from "./format.ts";

const DAY_LETTERS = ["M", "T", "W", "T", "F", "S", "S"];

/** The block containing the shown week and the next, one row per week; a row opens its week. */
export function BlockView({
  data,
  shown,
  onOpen,
}: {
  data: WeekResponse;
  shown: string;
  onOpen: (start: string) => void;
}) {
  return (
    <Card title="Block view">
      {data.blocks.map((b) => (
        <section
          key={b.index}
          className="block-view"
          aria-label={`Block ${b.index + 1}: ${BLOCK_NAMES[b.kind] ?? b.kind}`}
        >
          <h3>
            Block {b.index + 1}: {BLOCK_NAMES[b.kind] ?? b.kind} <span className="muted">· {b.focus}</span>
          </h3>
          <table className="block-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                {DAY_LETTERS.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the seven weekday columns are fixed
                  <th key={i} scope="col">
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.weeks.map((w) => (
                <tr key={w.start} className={w.start === shown ? "is-shown" : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(w.start)}>
                      {shortDate(w.start)}
                    </button>
                  </th>
                  {w.days.map((d) => {
                    const s = d.sessions[0];
                    return (
                      <td key={d.date} className={s ? `is-${s.status}` : d.planned ? "is-planned" : undefined}>
                        {d.planned ? d.planned.label : ""}
                        {s ? <span className="visually-hidden"> ({s.status})</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="block-legend">
        <span className="is-planned">Planned</span>
        <span className="is-draft">Draft</span>
        <span className="is-published">Published</span>
        <span className="is-logged">Logged</span>
      </p>
    </Card>
  );
}
