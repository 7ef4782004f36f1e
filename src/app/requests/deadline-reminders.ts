/**
 * Reminders before a deadline falls due: whoever is on call for the node's authority (or its
 * head, for a pack reminder that escalates) gets an e-mail naming the deadline, its due time in
 * their own time zone and the rule that asked for it; webhooks get `request.deadline_reminder`.
 * Each reminder is sent once per deadline instant, recorded in the same transaction as the
 * e-mails it queues, with an audit event.
 */
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { toWorkingCalendar } from '../../core/legal/deadlines/compute.js';
import { type DeadlineReminder, remindersDue } from '../../core/legal/deadlines/reminders-due.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import { localTime } from '../../core/notifications/on-call.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { queueEmail, queueWebhookEvent } from '../notifications/queue.js';
import { nodeAlertRecipients } from '../notifications/recipients.js';

export interface ReminderDeps {
  readonly database: Database;
  readonly registry: RegimeRegistry;
  readonly clock: Clock;
  readonly lastCallHours: number;
}

/** Sends what is due for one request; returns how many reminders went out. */
export async function sendDeadlineReminders(
  deps: ReminderDeps,
  id: string,
  state: RequestState,
): Promise<number> {
  const calendar = deps.registry.calendarOf(state.requestedState);
  if (!calendar) return 0;
  const instrument = deps.registry.resolve(
    state.regime,
    state.instrument,
    state.requestingState,
    state.requestedState,
  ).instrument;
  const now = deps.clock.now();
  const due = remindersDue(state, instrument, toWorkingCalendar(calendar), now, deps.lastCallHours);
  if (due.length === 0) return 0;
  const sent = await deps.database.db
    .selectFrom('deadline_reminders_sent')
    .select(['reminder_id', 'due_at'])
    .where('request_id', '=', id)
    .execute();
  const fresh = due.filter((r) => !sent.some((s) => s.reminder_id === r.id && s.due_at === r.dueAt));
  let count = 0;
  for (const reminder of fresh) if (await send(deps, id, state, reminder)) count++;
  return count;
}

async function send(deps: ReminderDeps, id: string, state: RequestState, reminder: DeadlineReminder) {
  const now = deps.clock.now();
  const recipients = await nodeAlertRecipients(deps.database.db, reminder.level === 'escalate' ? 3 : 1, now);
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, clock: deps.clock };
  return deps.database.transact(async (tx) => {
    // Another instance may have sent it meanwhile: the primary key decides, nothing goes twice.
    const inserted = await tx.db
      .insertInto('deadline_reminders_sent')
      .values({
        request_id: id,
        reminder_id: reminder.id,
        due_at: reminder.dueAt,
        sent_at: now.toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    for (const r of recipients.filter((x) => x.email))
      await queueEmail(
        tx,
        {
          to: r.email!,
          event: 'request.deadline_reminder',
          subject: `[Comity] Due ${localTime(reminder.dueAt, r.timezone)}: ${reminder.label} of the ${state.instrument} request ${state.requestingState} → ${state.requestedState}`,
          text: [
            `The ${reminder.label} of request ${id} (${state.regime} ${state.instrument}, ${state.requestingState} → ${state.requestedState}) falls due at ${localTime(reminder.dueAt, r.timezone)} (${reminder.dueAt}).`,
            `Current status: ${state.status}.`,
            `Reminder: ${reminder.id} (${reminder.source}).`,
          ].join('\n'),
        },
        now,
      );
    await queueWebhookEvent(
      tx,
      'request.deadline_reminder',
      { requestId: id, deadline: reminder.deadlineId, dueAt: reminder.dueAt, reminder: reminder.id },
      now,
    );
    await appendAudit(tx, ctx, [
      {
        actor: SYSTEM_ACTOR,
        action: 'request.deadline_reminder',
        subjectType: 'request',
        subjectId: id,
        details: {
          reminder: reminder.id,
          deadline: reminder.deadlineId,
          dueAt: reminder.dueAt,
          level: reminder.level,
          recipients: recipients.map((r) => r.id),
        },
      },
    ]);
    return true;
  });
}
