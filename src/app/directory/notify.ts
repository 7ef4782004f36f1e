/**
 * A directory alert reaches people, not only a table: the officer on call at the node's 24/7
 * desk gets an e-mail, and subscribed webhooks the `directory.alert` event, queued in the
 * transaction that raised the alert (a rolled-back refusal notifies nobody).
 */
import type { Tx } from '../../storage/database.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { nodeAlertRecipients } from '../notifications/recipients.js';

const WHAT = {
  split_view: 'two different lists signed by the same directory key were seen (a split view)',
  refused: 'a copy of the directory was refused',
  conflict: 'the directory lists a key that differs from the one trusted here',
} as const;

export async function notifyDirectoryAlert(
  tx: Tx,
  alert: {
    readonly directoryId: string;
    readonly kind: keyof typeof WHAT;
    readonly detail: string;
    readonly source: string | null;
  },
  now: Date,
): Promise<void> {
  const text = [
    `Directory ${alert.directoryId}: ${WHAT[alert.kind]}.`,
    alert.detail,
    alert.source ? `Shown by: ${alert.source}.` : '',
    'No trust was changed. Look into it on the Directories page of the console (`comity directory show`).',
  ]
    .filter((line) => line !== '')
    .join('\n\n');
  for (const person of await nodeAlertRecipients(tx.db, 1, now))
    if (person.email)
      await queueEmail(
        tx,
        {
          to: person.email,
          event: 'directory.alert',
          subject: `Comity directory alert: ${alert.directoryId}`,
          text,
        },
        now,
      );
  await queueWebhookEvent(tx, 'directory.alert', { ...alert }, now);
}
