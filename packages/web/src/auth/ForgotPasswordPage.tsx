import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useRequestPasswordReset } from "./mutations.ts";

/** Asks for a reset email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const ask = useRequestPasswordReset();
  const error = ask.error ?? undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    ask.mutate({ email });
  }

  return (
    <AuthLayout title="Reset your password" footer={<Link href="/">Back to sign in</Link>}>
      {ask.isSuccess ? (
        <p role="status">
          If <strong>{email}</strong> has a Spotter account, an email with a reset link is on its way. The link works
          once, for 30 minutes.
        </p>
      ) : (
        <FormErrors errors={error?.fields ?? []}>
          <form onSubmit={onSubmit} noValidate>
            <FormErrorSummary error={error} claimed={["email"]} />
            <p className="muted">We email you a link to choose a new password.</p>
            <Field label="Email" name="email">
              <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            </Field>
            <Button type="submit" variant="primary" size="lg" busy={ask.isPending} className="btn-block">
              Email me a reset link
            </Button>
          </form>
        </FormErrors>
      )}
    </AuthLayout>
  );
}
