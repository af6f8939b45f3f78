import type { ReactNode } from "react";

type Props = {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  as?: "section" | "div";
};

export function Card({ title, actions, children, className, as: Tag = "section" }: Props) {
  return (
    <Tag className={`card${className ? ` ${className}` : ""}`}>
      {title || actions ? (
        <header className="card-head">
          {title ? <h2 className="card-title">{title}</h2> : <span />}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </Tag>
  );
}
