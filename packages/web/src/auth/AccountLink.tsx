import { Link, useLocation } from "wouter";
import "./account.css";

/** A compact link to the account page for the portal's crowded phone header (a person icon). */
export function AccountLink() {
  const [loc] = useLocation();
  return (
    <Link
      href="/account"
      className="account-link"
      aria-label="Account"
      title="Account"
      aria-current={loc === "/account" ? "page" : undefined}
    >
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </Link>
  );
}
