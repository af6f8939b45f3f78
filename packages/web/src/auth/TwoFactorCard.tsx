import type { AccountSecurity } from "@spotter/contracts";
import { type FormEvent, useState } from "react";
import { Badge, Button, Card, Field, FormErrors } from "../ui/index.ts";
import { FormErrorSummary } from "./FormErrorSummary.tsx";
import { useTotpConfirm, useTotpDisable, useTotpEnrol } from "./mutations.ts";

/**
 * Two-factor sign-in with an authenticator app: scan the QR (or type the secret), confirm with a
 * first code, keep the recovery codes (shown once). Turning it off needs the password.
 */
export function TwoFactorCard({ security }: { security: AccountSecurity }) {
  const enrol = useTotpEnrol();
  const confirm = useTotpConfirm();
  const disable = useTotpDisable();
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const { enabled, recoveryCodesLeft } = security.twoFactor;
  const codes = confirm.data?.recoveryCodes;

  function onConfirm(e: FormEvent) {
    e.preventDefault();
    confirm.mutate({ code }, { onSuccess: () => setCode("") });
  }
  function onDisable(e: FormEvent) {
    e.preventDefault();
    disable.mutate(
      { password },
      {
        onSuccess: () => {
          setPassword("");
          enrol.reset();
          confirm.reset();
        },
      },
    );
  }

  return (
    <Card
      title="Two-factor sign-in"
      actions={enabled ? <Badge tone="green">On</Badge> : <Badge tone="neutral">Off</Badge>}
    >
      {codes ? (
        <div className="notice notice-yellow" role="status">
          <p>
            <strong>Save these recovery codes now.</strong> Each works once if your phone is lost; they are not shown
            again.
          </p>
          <ul className="recovery-codes" data-testid="recovery-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {enabled ? (
        <FormErrors errors={disable.error?.fields ?? []}>
          <form onSubmit={onDisable} noValidate>
            <FormErrorSummary error={disable.error ?? undefined} claimed={["password"]} />
            <p className="muted">
              Sign-in asks for a code from your authenticator app. {recoveryCodesLeft} recovery codes left.
            </p>
            <Field label="Password (to turn two-factor off)" name="password">
              <input
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
            <Button type="submit" variant="secondary" busy={disable.isPending}>
              Turn off two-factor
            </Button>
          </form>
        </FormErrors>
      ) : enrol.data ? (
        <FormErrors errors={confirm.error?.fields ?? []}>
          <form onSubmit={onConfirm} noValidate>
            <FormErrorSummary error={confirm.error ?? undefined} claimed={["code"]} />
            <p>Scan this with an authenticator app (or type the secret), then enter the code it shows.</p>
            <div className="totp-setup">
              {/* The server renders the QR from the otpauth URI; it holds no script or external reference. */}
              <img
                className="totp-qr"
                alt="QR code of the two-factor secret"
                width="180"
                height="180"
                src={`data:image/svg+xml;utf8,${encodeURIComponent(enrol.data.qrSvg)}`}
              />
              <div>
                <p className="muted">Secret</p>
                <p>
                  <code data-testid="totp-secret">{enrol.data.secret}</code>
                </p>
              </div>
            </div>
            <Field label="Code from the app" name="code">
              <input
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            </Field>
            <Button type="submit" variant="primary" busy={confirm.isPending}>
              Turn on two-factor
            </Button>
          </form>
        </FormErrors>
      ) : (
        <>
          <p className="muted">
            Protect your clients' data with a second step at sign-in: a code from an authenticator app on your phone.
          </p>
          {enrol.error ? <FormErrorSummary error={enrol.error} /> : null}
          <Button variant="primary" busy={enrol.isPending} onClick={() => enrol.mutate()}>
            Set up two-factor
          </Button>
        </>
      )}
    </Card>
  );
}
