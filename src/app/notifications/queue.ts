/**
 * Notifications are queued in the same transaction as the change they announce (so a rolled
 * back change never notifies anyone) and delivered afterwards by the notification worker.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../storage/database.js';

export interface EmailNotification {
  readonly to: string;
  readonly event: string;
  readonly subject: string;
  readonly text: string;
}

export async function queueEmail(tx: Tx, mail: EmailNotification, now: Date): Promise<string> {
  const id = randomUUID();
  await tx.db
    .insertInto('notifications')
    .values({
      id,
      channel: 'email',
      target: mail.to,
      event: mail.event,
      subject: mail.subject,
      body: mail.text,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
    })
    .execute();
  return id;
}

/** One delivery per active webhook subscribed to the event (or to every event, `*`). */
export async function queueWebhookEvent(
  tx: Tx,
  event: string,
  data: Record<string, unknown>,
  now: Date,
): Promise<string[]> {
  const hooks = await tx.db.selectFrom('webhooks').select(['id', 'events']).where('active', '=', 1).execute();
  const ids: string[] = [];
  for (const hook of hooks) {
    const events = JSON.parse(hook.events) as string[];
    if (!events.includes('*') && !events.includes(event)) continue;
    const id = randomUUID();
    const body = JSON.stringify({ id, event, occurredAt: now.toISOString(), data });
    await tx.db
      .insertInto('notifications')
      .values({
        id,
        channel: 'webhook',
        target: hook.id,
        event,
        subject: event,
        body,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now.toISOString(),
        last_error: null,
        created_at: now.toISOString(),
        sent_at: null,
      })
      .execute();
    ids.push(id);
  }
  return ids;
}
