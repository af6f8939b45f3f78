import type { PgBoss } from "pg-boss";
import type { Database } from "../db/open.ts";
import { type Clock, systemClock } from "../programming/clock.ts";
import { type DeliveryStats, deliverDueEmails } from "./deliver.ts";
import { type EscalationStats, runEscalations } from "./escalation.ts";
import { createSmtpMailer, type MailConfig, type Mailer } from "./mailer.ts";
import { pruneNotifications } from "./prune.ts";
import { deliverDuePushes, type PushStats } from "./push-deliver.ts";
import { vapidKeys } from "./push-keys.ts";
import { type PushSender, webPushSender } from "./push-sender.ts";
import { setWaker } from "./wake.ts";

export const DELIVER_QUEUE = "spotter-notify-deliver";
/** Every minute: the safety net that sends what is due (new emails and retries after backoff). */
export const DELIVER_CRON = "* * * * *";
export const ESCALATE_QUEUE = "spotter-escalate";
export const ESCALATE_CRON = "* * * * *";
export const PRUNE_QUEUE = "spotter-notify-prune";
/** 04:05 UTC daily, after the daily pass. */
export const PRUNE_CRON = "5 4 * * *";
const BATCH = 100;
/** notify() wakes delivery; several notifications within this window share one run. */
const WAKE_DEBOUNCE_MS = 500;

export type NotificationJobs = {
  /** Queue one delivery run now (what notify() asks for after recording). */
  deliverNow: () => Promise<string | null>;
  /** Queue one escalation run now. */
  escalateNow: () => Promise<string | null>;
  stop: () => Promise<void>;
};

/**
 * Works the notification queues on an already-started pg-boss (the monitoring jobs' instance:
 * `startMonitoringJobs(...).boss`), on PostgreSQL and on PGlite alike. Email goes through SMTP when
 * `mail` is set (see mailConfigFromEnv), otherwise each email is recorded as skipped.
 */
export async function startNotificationJobs(
  database: Database,
  boss: PgBoss,
  options: {
    mail: MailConfig | null;
    /** A mailer to use instead of SMTP from `mail` (tests). */
    mailer?: Mailer;
    clock?: Clock;
    deliverCron?: string;
    escalateCron?: string;
    onDelivery?: (stats: DeliveryStats) => void;
    /** Browser push: default web-push with the server's VAPID keys (push-keys.ts); null turns it off. */
    pushSender?: PushSender | null;
    onPush?: (stats: PushStats) => void;
    onEscalation?: (stats: EscalationStats) => void;
  },
): Promise<NotificationJobs> {
  const clock = options.clock ?? systemClock;
  const mailer = options.mailer ?? (options.mail ? createSmtpMailer(options.mail) : null);
  await boss.createQueue(DELIVER_QUEUE);
  await boss.createQueue(ESCALATE_QUEUE);
  await boss.schedule(DELIVER_QUEUE, options.deliverCron ?? DELIVER_CRON, null, { tz: "UTC" });
  await boss.schedule(ESCALATE_QUEUE, options.escalateCron ?? ESCALATE_CRON, null, { tz: "UTC" });
  await boss.createQueue(PRUNE_QUEUE);
  await boss.schedule(PRUNE_QUEUE, PRUNE_CRON, null, { tz: "UTC" });
  await boss.work(PRUNE_QUEUE, async () => ({ deleted: await pruneNotifications(database, { now: clock.now() }) }));
  const deliverNow = () => boss.send(DELIVER_QUEUE, null);
  let pushSender: Promise<PushSender | null> | null = null;
  const push = () => {
    pushSender ??=
      options.pushSender !== undefined
        ? Promise.resolve(options.pushSender)
        : vapidKeys(database).then(webPushSender, () => {
            pushSender = null; // try again on the next run
            return null;
          });
    return pushSender;
  };
  await boss.work(DELIVER_QUEUE, async () => {
    const stats = await deliverDueEmails(database, { mailer, mail: options.mail, now: clock.now(), limit: BATCH });
    options.onDelivery?.(stats);
    const pushed = await deliverDuePushes(database, { sender: await push(), now: clock.now(), limit: BATCH });
    options.onPush?.(pushed);
    if (stats.claimed === BATCH || pushed.claimed === BATCH) await deliverNow(); // more are due: keep going
    return { ...stats, push: pushed };
  });
  await boss.work(ESCALATE_QUEUE, async () => {
    const stats = await runEscalations(database, { now: clock.now() });
    options.onEscalation?.(stats);
    if (stats.owner || stats.onCall) await deliverNow();
    return stats;
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  setWaker(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void deliverNow().catch(() => {});
    }, WAKE_DEBOUNCE_MS);
  });
  return {
    deliverNow,
    escalateNow: () => boss.send(ESCALATE_QUEUE, null),
    // The schedules stay (other nodes share them); pg-boss itself stops with the monitoring jobs.
    stop: async () => {
      setWaker(null);
      if (timer) clearTimeout(timer);
      mailer?.close();
    },
  };
}
