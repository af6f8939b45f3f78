import type { SignupRequest } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { Button, Field, FormErrors } from "../ui/index.ts";
import { AuthLayout } from "./AuthLayout.tsx";
import { useAuth } from "./AuthProvider.tsx";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useSignUp } from "./mutations.ts";

const FIELDS = ["organizationName", "name", "email", "password"];

export function SignUpPage() {
  const { adopt } = useAuth();
  const [, navigate] = useLocation();
  const [form, setForm] = useState<SignupRequest>({ organizationName: "", name: "", email: "", password: "" });
  const signUp = useSignUp();
  const error = signUp.error ?? undefined;
  const set = (k: keyof SignupRequest) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    signUp.mutate(form, {
      onSuccess: async (me) => {
        navigate("/profile");
        await adopt(me);
      },
    });
  }

  return (
    <AuthLayout
      title="Create your coaching business"
      footer={
        <p>
          Already have an account? <Link href="/">Sign in</Link>
        </p>
      }
    >
      <FormErrors errors={error?.fields ?? []}>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} claimed={FIELDS} />
          <Field label="Business name" name="organizationName">
            <input
              type="text"
              autoComplete="organization"
              value={form.organizationName}
              onChange={set("organizationName")}
            />
          </Field>
          <Field label="Your name" name="name">
            <input type="text" autoComplete="name" value={form.name} onChange={set("name")} />
          </Field>
          <Field label="Email" name="email">
            <input type="email" autoComplete="email" value={form.email} onChange={set("email")} />
          </Field>
          <Field label="Password" name="password" hint="At least 10 characters.">
            <input type="password" autoComplete="new-password" value={form.password} onChange={set("password")} />
          </Field>
          <Button type="submit" variant="primary" size="lg" busy={signUp.isPending} className="btn-block">
            Create account
          </Button>
        </form>
      </FormErrors>
    </AuthLayout>
  );
}
