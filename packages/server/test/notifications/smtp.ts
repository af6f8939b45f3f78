import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  /** Resolves with the first accepted message matching, at once if it already arrived. */
  find: (match: (m: ParsedMail) => boolean) => Promise<ParsedMail>;
  /** How many messages were refused (SMTP 451) so far. */
  refused: () => number;
  close: () => Promise<void>;
};

/**
 * A real SMTP server in this process (smtp-server), parsing what arrives with mailparser. It
 * answers `451` (try again later) to the first `refuseFirst` messages, as a struggling mail
 * server would, then accepts.
 */
export async function startTestSmtp(options: { refuseFirst?: number } = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let waiters: { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      if (refused < (options.refuseFirst ?? 0)) {
        refused++;
        stream.on("end", () => callback(Object.assign(new Error("try again later"), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          for (const w of waiters.filter((x) => x.match(mail))) w.resolve(mail);
          waiters = waiters.filter((x) => !x.match(mail));
          callback();
        },
        (e: Error) => callback(e),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    find: (match) => {
      const got = received.find(match);
      return got ? Promise.resolve(got) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address(es) a parsed message was sent to. */
export const toAddresses = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
