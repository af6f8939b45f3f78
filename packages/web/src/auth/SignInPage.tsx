import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { useApiMutation } from "../api/mutation.ts";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuth } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";

export function SignInPage() {
  const { signIn } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // Signing in swaps this page for the app, so success needs no handling here.
  const login = useApiMutation({ request: () => signIn(email, password) });
  const error = login.error ?? undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    login.mutate();
  }

  return (
    <AuthLayout
      title="Sign in"
      footer={
        <p>
          New coach? <Link href="/signup">Create your coaching business</Link>
        </p>
      }
    >
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={["email", "password"]} />
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
          <Button type="submit" variant="primary" size="lg" busy={login.isPending} className="btn-block">
            Sign in
          </Button>
        </form>
      </FormErrors>
    </AuthLayout>
  );
}
