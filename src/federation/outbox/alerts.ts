/**
 * A message that waits too long is never dropped: an alert is recorded (a row the API shows to
 * the sender's 24/7 officer, and an audit event) and the message keeps waiting. A message the
 * peer refused for good is alerted at once, with the peer's reason.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import { SYSTEM_ACTOR } from '../../core/context.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database, Tx } from '../../storage/database.js';
import type { DeliveryAlertsTable } from '../../storage/schema.js';

/** Raises `undelivered` alerts for messages pending longer than `alertAfterMs`; returns how many. */
export async function raiseOverdueAlerts(
  database: Database,
  ctx: CommandContext,
  alertAfterMs: number,
): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - alertAfterMs).toISOString();
  const overdue = await database.db
    .selectFrom('outbox')
    .select(['message_id', 'peer', 'created_at'])
    .where('status', '=', 'pending')
    .where('alerted_at', 'is', null)
    .where('created_at', '<=', cutoff)
    .orderBy('seq')
    .limit(1000)
    .execute();
  if (overdue.length === 0) return 0;
  return database.transact(async (tx) => {
    for (const row of overdue)
      await recordAlert(tx, ctx, {
        messageId: row.message_id,
        peer: row.peer,
        reason: 'undelivered',
        detail: `not accepted by ${row.peer} since ${row.created_at}; still queued and retried`,
      });
    return overdue.length;
  });
}

/** Records one alert, marks the message alerted, and audits it, in `tx`. */
export async function recordAlert(
  tx: Tx,
  ctx: CommandContext,
  alert: { messageId: string; peer: string; reason: string; detail: string },
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await tx.db
    .insertInto('delivery_alerts')
    .values({
      id: randomUUID(),
      message_id: alert.messageId,
      peer: alert.peer,
      reason: alert.reason,
      detail: alert.detail,
      raised_at: now,
      resolved_at: null,
    })
    .execute();
  await tx.db
    .updateTable('outbox')
    .set({ alerted_at: now })
    .where('message_id', '=', alert.messageId)
    .execute();
  const entry: AuditEntry = {
    actor: SYSTEM_ACTOR,
    action: 'federation.delivery.alert',
    subjectType: 'message',
    subjectId: alert.messageId,
    details: { peer: alert.peer, reason: alert.reason, detail: alert.detail },
  };
  await appendAudit(tx, ctx, [entry]);
}

export interface DeliveryAlert {
  readonly id: string;
  readonly messageId: string;
  readonly peer: string;
  readonly reason: string;
  readonly detail: string;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
}

/** Alerts, open ones first then newest; `open` filters to unresolved ones. */
export async function listAlerts(
  database: Database,
  options: { open?: boolean; messageId?: string } = {},
): Promise<DeliveryAlert[]> {
  let query = database.db.selectFrom('delivery_alerts').selectAll();
  if (options.open) query = query.where('resolved_at', 'is', null);
  if (options.messageId) query = query.where('message_id', '=', options.messageId);
  const rows = await query.orderBy('raised_at', 'desc').limit(500).execute();
  return rows.map(toAlert);
}

function toAlert(row: DeliveryAlertsTable): DeliveryAlert {
  return {
    id: row.id,
    messageId: row.message_id,
    peer: row.peer,
    reason: row.reason,
    detail: row.detail,
    raisedAt: row.raised_at,
    resolvedAt: row.resolved_at,
  };
}
