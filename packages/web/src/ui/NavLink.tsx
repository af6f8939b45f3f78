import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";

/** A link that marks itself `aria-current="page"` (styled via that attribute, not a class). */
export function NavLink({ href, children, exact }: { href: string; children: ReactNode; exact?: boolean }) {
  const [loc] = useLocation();
  const active = exact ? loc === href : loc === href || loc.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
