import type { StoredSessionItem } from "@spotter/contracts";
import type { ReactNode } from "react";
import { groupRestText, groupTitle } from "./plan-groups.ts";
import "./groups.css";

/**
 * A superset or circuit drawn as one box: its title, how it is done (one set of each in turn)
 * and the rest after each round; the members render inside. `actions` holds the coach's buttons.
 */
export function GroupFrame({
  group,
  children,
  actions,
}: {
  group: NonNullable<StoredSessionItem["group"]>;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const title = groupTitle(group);
  return (
    <section className="plan-group" aria-label={title} data-group-id={group.id}>
      <div className="plan-group-head">
        <p className="plan-group-title">
          <strong>{title}</strong> <span>· one set of each in turn, {groupRestText(group)}</span>
        </p>
        {actions}
      </div>
      {children}
    </section>
  );
}
