import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useCompletePasswordReset } from "./mutations.ts";

/**
 * The emailed link lands here as /reset-password#<token>: the fragment never reaches a server,
 * so no log or Referer carries the token. It is read once and removed from the address bar.
 */
function takeToken(): string {
  const token = window.location.hash.replace(/^#/, "");
  if (token) window.history.replaceState(null, "", window.location.pathname);
  return token;
}

export function ResetPasswordPage() {
  const [token] = useState(takeToken);
  const [password, setPassword] = useState("");
  const reset = useCompletePasswordReset();
  const error = reset.error ?? undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    reset.mutate({ token, newPassword: password });
  }

  if (!token)
    return (
      <AuthLayout title="Reset link missing" footer={<Link href="/forgot-password">Ask for a new link</Link>}>
        <p className="muted">Open the link from the email again, or ask for a new one.</p>
      </AuthLayout>
    );
  return (
    <AuthLayout title="Choose a new password" footer={<Link href="/">Back to sign in</Link>}>
      {reset.isSuccess ? (
        <p role="status">
          Your password is changed and every device was signed out. <Link href="/">Sign in</Link> with the new one.
        </p>
      ) : (
        <FormErrors errors={error?.fields ?? []}>
          <form onSubmit={onSubmit} noValidate>
            <FormErrorSummary error={error} claimed={["newPassword"]} />
            {error?.fields?.some((f) => f.path === "body.token") ? (
              <p>
                <Link href="/forgot-password">Ask for a new link</Link>
              </p>
            ) : null}
            <Field label="New password" name="newPassword" hint="At least 10 characters.">
              <input
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
            <Button type="submit" variant="primary" size="lg" busy={reset.isPending} className="btn-block">
              Set new password
            </Button>
          </form>
        </FormErrors>
      )}
    </AuthLayout>
  );
}
