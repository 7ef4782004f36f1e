/**
 * Delivers queued notifications: e-mail through the configured SMTP relay, webhooks as signed
 * POSTs. Failures are retried with exponential backoff and jitter up to a cap; a notification
 * that keeps failing is marked failed and audited, never silently dropped.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../core/notifications/webhook-signature.js';
import { runCommand } from '../../storage/command.js';
import type { Database } from '../../storage/database.js';
import type { NotificationsTable } from '../../storage/schema.js';
import { PeriodicDaemon } from '../periodic.js';

export interface NotificationWorkerOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  /** Attempts before a notification is marked failed. */
  readonly maxAttempts?: number;
  /** How often the background loop looks for due notifications. */
  readonly pollMs?: number;
  readonly onError?: (error: unknown) => void;
}

const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 3_600_000;

/** Exponential backoff with ±20 % jitter, capped at an hour. */
export function notificationRetryDelay(attempts: number, random = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Why one delivery attempt failed; recorded on the notification, which is retried. */
class DeliveryFailed extends Error {
  override readonly name = 'DeliveryFailed';
}

export class NotificationWorker extends PeriodicDaemon {
  readonly name = 'notifications';
  readonly #options: NotificationWorkerOptions;
  readonly #mailer: Transporter | null;

  constructor(options: NotificationWorkerOptions) {
    super(options.pollMs ?? 2_000, options.onError);
    this.#options = options;
    this.#mailer = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    this.#mailer?.close();
  }

  /** One pass over every due notification; returns how many were attempted. */
  async runOnce(): Promise<number> {
    const now = this.#options.clock.now().toISOString();
    const due = await this.#options.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('created_at')
      .limit(100)
      .execute();
    for (const row of due) await this.#deliver(row);
    return due.length;
  }

  async #deliver(row: NotificationsTable): Promise<void> {
    let error: string | null = null;
    try {
      if (row.channel === 'email') await this.#sendEmail(row);
      else await this.#postWebhook(row);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const now = this.#options.clock.now();
    const attempts = row.attempts + 1;
    const failed = error !== null && attempts >= (this.#options.maxAttempts ?? 8);
    const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: this.#options.clock };
    await runCommand(this.#options.database, ctx, async (tx) => {
      await tx.db
        .updateTable('notifications')
        .set({
          attempts,
          status: error === null ? 'sent' : failed ? 'failed' : 'pending',
          last_error: error,
          sent_at: error === null ? now.toISOString() : null,
          next_attempt_at:
            error === null || failed
              ? row.next_attempt_at
              : new Date(now.getTime() + notificationRetryDelay(attempts)).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      return {
        value: null,
        audit: {
          actor: SYSTEM_ACTOR,
          action:
            error === null ? 'notification.sent' : failed ? 'notification.failed' : 'notification.retry',
          subjectType: 'notification',
          subjectId: row.id,
          details: { channel: row.channel, event: row.event, attempts, ...(error ? { error } : {}) },
        },
      };
    });
  }

  async #sendEmail(row: NotificationsTable): Promise<void> {
    if (!this.#mailer) throw new DeliveryFailed('no mail relay configured (COMITY_SMTP_URL)');
    await this.#mailer.sendMail({
      from: this.#options.mailFrom,
      to: row.target,
      subject: row.subject,
      text: row.body,
    });
  }

  async #postWebhook(row: NotificationsTable): Promise<void> {
    const hook = await this.#options.database.db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', row.target)
      .executeTakeFirst();
    if (!hook?.active) throw new DeliveryFailed('the webhook was removed or disabled');
    const response = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Comity-Webhooks/1',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(hook.secret, row.body, this.#options.clock.now()),
      },
      body: row.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status < 200 || response.status >= 300)
      throw new DeliveryFailed(`the receiver answered ${response.status}`);
  }
}
