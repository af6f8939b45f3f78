import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { useApiMutation } from "../api/mutation.ts";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuth } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";

export function SignInPage() {
  const { signIn, state } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  // Signing in swaps this page for the app, so success needs no handling here.
  const login = useApiMutation({ request: () => signIn(email, password, code.trim() || undefined) });
  const error = login.error ?? undefined;
  // The password was right and the account has two-factor on: ask for the code (and keep asking).
  const [needsCode, setNeedsCode] = useState(false);
  if (error?.code === "two_factor_required" && !needsCode) setNeedsCode(true);
  const ended = state.status === "anon" && state.ended;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    login.mutate();
  }

  return (
    <AuthLayout
      title={needsCode ? "Two-factor sign-in" : "Sign in"}
      footer={
        <>
          <p>
            <Link href="/forgot-password">Forgot your password?</Link>
          </p>
          <p>
            New coach? <Link href="/signup">Create your coaching business</Link>
          </p>
        </>
      }
    >
      {ended && !login.isPending && !error ? (
        <p className="notice" role="status">
          You were signed out. Sign in again to continue.
        </p>
      ) : null}
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["email", "password", "code"]} />
          <Field label="Email" name="email">
            <input
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label="Password" name="password">
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {needsCode ? (
            <Field
              label="Code from your authenticator app"
              name="code"
              hint="The 6 digits shown now, or one of your recovery codes."
            >
              <input
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                // biome-ignore lint/a11y/noAutofocus: the code field appears in answer to the user's own submit
                autoFocus
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            </Field>
          ) : null}
          <Button type="submit" variant="primary" size="lg" busy={login.isPending} className="btn-block">
            Sign in
          </Button>
        </form>
      </FormErrors>
    </AuthLayout>
  );
}
