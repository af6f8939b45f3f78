import type { ReactNode } from "react";

export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="auth-page" id="main">
      <div className="auth-box">
        <p className="brand brand-lg">
          <img src="/icons/icon.svg" alt="" width="32" height="32" /> Spotter
        </p>
        <h1>{title}</h1>
        {children}
        {footer ? <div className="auth-footer">{footer}</div> : null}
      </div>
    </main>
  );
}
