/**
 * Reading and acting on alerts. A person opening a received alert sends the sender an `opened`
 * receipt (once); answering sends the answer and an `answered` receipt. The sender reads, for
 * each recipient, the signed rungs of the ladder — accepted, delivered, opened, answered — and
 * the answer.
 */
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { send } from '../../federation/messages/message-type.js';
import { deliverySummaries } from '../../federation/outbox/status.js';
import { runCommand } from '../../storage/command.js';
import type { AlertsReceivedTable, AlertsSentTable } from '../../storage/schema.js';
import type { AppDeps } from '../deps.js';
import { requireFederation } from '../require-federation.js';
import { ALERT_ANSWER } from './messages.js';

export interface RecipientView {
  readonly state: string;
  readonly peer: string;
  readonly messageId: string;
  readonly delivery: 'pending' | 'accepted' | 'rejected';
  readonly lastError: string | null;
  /** Signed times of the recipient's receipts, by rung. */
  readonly receipts: Readonly<Partial<Record<'accepted' | 'delivered' | 'opened' | 'answered', string>>>;
  readonly answer: string | null;
  readonly answeredAt: string | null;
}

export interface SentAlertView {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly tlp: string;
  readonly sentBy: string | null;
  readonly createdAt: string;
  readonly recipients: readonly RecipientView[];
}

export interface ReceivedAlertView {
  readonly fromNode: string;
  readonly fromState: string;
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly tlp: string;
  readonly recipients: readonly string[];
  readonly sentAt: string;
  readonly receivedAt: string;
  readonly openedAt: string | null;
  readonly answer: string | null;
  readonly answeredAt: string | null;
}

/** Sent alerts with their recipients and delivery, in two queries however many alerts. */
async function present(deps: AppDeps, rows: readonly AlertsSentTable[]): Promise<SentAlertView[]> {
  if (rows.length === 0) return [];
  const recipients = await deps.database.db
    .selectFrom('alert_recipients')
    .selectAll()
    .where(
      'alert_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('state')
    .execute();
  const summaries = new Map(
    (
      await deliverySummaries(
        deps.database,
        recipients.map((r) => r.message_id),
      )
    ).map((s) => [s.messageId, s]),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    tlp: row.tlp,
    sentBy: row.sent_by,
    createdAt: row.created_at,
    recipients: recipients
      .filter((r) => r.alert_id === row.id)
      .map((r) => {
        const summary = summaries.get(r.message_id);
        return {
          state: r.state,
          peer: r.peer,
          messageId: r.message_id,
          delivery: summary?.status ?? 'pending',
          lastError: summary?.lastError ?? null,
          receipts: Object.fromEntries((summary?.receipts ?? []).map((x) => [x.receiptType, x.signedAt])),
          answer: r.answer,
          answeredAt: r.answered_at,
        };
      }),
  }));
}

function received(row: AlertsReceivedTable): ReceivedAlertView {
  return {
    fromNode: row.from_node,
    fromState: row.from_state,
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    tlp: row.tlp,
    recipients: JSON.parse(row.recipients) as string[],
    sentAt: row.sent_at,
    receivedAt: row.received_at,
    openedAt: row.opened_at,
    answer: row.answer,
    answeredAt: row.answered_at,
  };
}

export async function sentAlert(deps: AppDeps, id: string): Promise<SentAlertView> {
  const row = await deps.database.db
    .selectFrom('alerts_sent')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('alert', id);
  return (await present(deps, [row]))[0] as SentAlertView;
}

export async function listAlerts(deps: AppDeps, limit = 50) {
  const sent = await deps.database.db
    .selectFrom('alerts_sent')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  const got = await deps.database.db
    .selectFrom('alerts_received')
    .selectAll()
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
  // The States an alert can go to: those served by an active peer.
  const reachable = await deps.database.db
    .selectFrom('peers')
    .select(['state', 'node_id'])
    .where('status', '=', 'active')
    .orderBy('state')
    .execute();
  return {
    sent: await present(deps, sent),
    received: got.map(received),
    reachable: reachable.map((r) => ({ state: r.state, nodeId: r.node_id })),
  };
}

async function requireReceived(deps: AppDeps, fromNode: string, id: string): Promise<AlertsReceivedTable> {
  const row = await deps.database.db
    .selectFrom('alerts_received')
    .selectAll()
    .where('from_node', '=', fromNode)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('alert', id);
  return row;
}

/** A person opened the alert: recorded once, with an `opened` receipt to its sender. */
export async function openAlert(
  deps: AppDeps,
  ctx: CommandContext,
  fromNode: string,
  id: string,
): Promise<ReceivedAlertView> {
  const federation = requireFederation(deps);
  const row = await requireReceived(deps, fromNode, id);
  if (row.opened_at) return received(row);
  return runCommand(deps.database, ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const updated = await tx.db
      .updateTable('alerts_received')
      .set({ opened_at: now, opened_by: ctx.actor.id })
      .where('from_node', '=', fromNode)
      .where('id', '=', id)
      .where('opened_at', 'is', null)
      .executeTakeFirst();
    const audit = [];
    if (Number(updated.numUpdatedRows) > 0)
      audit.push((await federation.sendReceipt(tx, row.message_id, 'opened')).audit);
    return {
      value: received({ ...row, opened_at: row.opened_at ?? now }),
      audit: [
        {
          actor: ctx.actor,
          action: 'alert.open',
          subjectType: 'alert',
          subjectId: id,
          details: { from: fromNode },
        },
        ...audit,
      ],
    };
  });
}

/** Answers the alert to its sender, with an `answered` receipt; opening it first if need be. */
export async function answerAlert(
  deps: AppDeps,
  ctx: CommandContext,
  fromNode: string,
  id: string,
  text: string,
): Promise<ReceivedAlertView> {
  const federation = requireFederation(deps);
  const answer = text.trim();
  if (answer === '')
    throw new ValidationError('the answer is empty', [{ path: '/body/text', message: 'required' }]);
  await openAlert(deps, ctx, fromNode, id);
  return runCommand(deps.database, ctx, async (tx) => {
    const row = (await tx.db
      .selectFrom('alerts_received')
      .selectAll()
      .where('from_node', '=', fromNode)
      .where('id', '=', id)
      .executeTakeFirst()) as AlertsReceivedTable;
    if (row.answered_at)
      throw new ConflictError('alert_already_answered', `alert ${id} was already answered from this node`);
    const now = ctx.clock.now().toISOString();
    await tx.db
      .updateTable('alerts_received')
      .set({ answer, answered_at: now, answered_by: ctx.actor.id })
      .where('from_node', '=', fromNode)
      .where('id', '=', id)
      .execute();
    const sent = await send(tx, federation, ALERT_ANSWER, fromNode, { alertId: id, text: answer });
    const receipt = await federation.sendReceipt(tx, row.message_id, 'answered');
    return {
      value: received({ ...row, answer, answered_at: now }),
      audit: [
        {
          actor: ctx.actor,
          action: 'alert.answer',
          subjectType: 'alert',
          subjectId: id,
          details: { from: fromNode },
        },
        sent.audit,
        receipt.audit,
      ],
    };
  });
}
