import type { ReactNode } from "react";
import { Link } from "wouter";

type Props = { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; back?: { href: string; label: string } };

export function PageHead({ title, subtitle, actions, back }: Props) {
  return (
    <header className="page-head">
      <div>
        {back ? (
          <p className="crumbs">
            <Link href={back.href}>← {back.label}</Link>
          </p>
        ) : null}
        <h1 tabIndex={-1}>{title}</h1>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
      </div>
      {actions ? <div className="btn-row no-print">{actions}</div> : null}
    </header>
  );
}
