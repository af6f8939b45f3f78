import nodemailer from "nodemailer";

/** How email leaves Spotter: an SMTP URL and the From address, or nothing (email skipped). */
export type MailConfig = {
  /** e.g. `smtp://user:pass@mail.example.com:587` or `smtps://…:465`. */
  smtpUrl: string;
  /** e.g. `Spotter <no-reply@example.com>`. */
  from: string;
  /** Public base URL for links in emails (SPOTTER_PUBLIC_URL); links are omitted without it. */
  publicUrl?: string;
};

export type OutgoingMail = { to: string; subject: string; text: string };

/** Sends one message; throws on failure (the error's code is recorded, never the message). */
export type Mailer = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

/**
 * Reads SPOTTER_SMTP_URL and SPOTTER_MAIL_FROM (default `Spotter <no-reply@localhost>`), and
 * SPOTTER_PUBLIC_URL for links. Null when SPOTTER_SMTP_URL is unset: notifications still show
 * in-app and their email copy is recorded as skipped (`smtp_not_configured`).
 */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const smtpUrl = env.SPOTTER_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  const publicUrl = env.SPOTTER_PUBLIC_URL?.trim().replace(/\/$/, "");
  return {
    smtpUrl,
    from: env.SPOTTER_MAIL_FROM?.trim() || "Spotter <no-reply@localhost>",
    ...(publicUrl ? { publicUrl } : {}),
  };
}

/** A nodemailer SMTP transport behind the small Mailer interface (one connection per message: volumes are small). */
export function createSmtpMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // A slow or dead server must not hold the delivery job: fail the attempt and retry later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/**
 * A short, body-free code for a failed send: nodemailer's `code` (ECONNECTION, EAUTH, EENVELOPE,
 * EMESSAGE…) with the SMTP reply code when there is one, e.g. `EENVELOPE:451`.
 */
export function mailErrorCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code.slice(0, 40) : "ERROR";
  return typeof e?.responseCode === "number" ? `${code}:${e.responseCode}` : code;
}
