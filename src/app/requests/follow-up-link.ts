/**
 * When a follow-up MLA request arrives naming the preservation it follows, the requested node
 * records the link on that preservation at once, as an automatic event: the preserved data are
 * then kept until the decision on the follow-up, without waiting for someone to notice the
 * reference. A link that does not hold (no such preservation here, another requesting State,
 * a preservation no longer running) is not recorded; the audit log says why, and an officer
 * can still record it by hand.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { decide } from '../../core/legal/lifecycle/decide.js';
import { applyEvents } from '../../core/legal/lifecycle/fold.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { RegimeRegistry } from '../../core/legal/regimes/registry.js';
import type { Tx } from '../../storage/database.js';
import { appendRequestEvents } from '../../storage/requests/request-store.js';
import type { Courier } from '../../federation/messages/message-type.js';
import { shareRequestEvents } from './share-events.js';

export async function linkArrivedFollowUp(
  tx: Tx,
  deps: { clock: Clock; registry: RegimeRegistry; courier: Courier },
  followUp: RequestState,
): Promise<AuditEntry[]> {
  const preservationId = followUp.linkedPreservationId;
  if (!preservationId) return [];
  const row = await tx.db
    .selectFrom('requests')
    .select(['version', 'state', 'side'])
    .where('id', '=', preservationId)
    .executeTakeFirst();
  const note = (action: string, details: Record<string, unknown>): AuditEntry => ({
    actor: { type: 'system', id: 'node' },
    action,
    subjectType: 'request',
    subjectId: preservationId,
    details: { followUpRequestId: followUp.requestId, automatic: true, ...details },
  });
  const preservation = row ? (JSON.parse(row.state) as RequestState) : undefined;
  if (
    !row ||
    !preservation ||
    row.side !== 'requested' ||
    preservation.requestingState !== followUp.requestingState
  )
    return [
      note('request.follow_up_not_linked', { reason: 'no preservation from the same State is held here' }),
    ];
  const now = deps.clock.now().toISOString();
  try {
    const events = decide(
      preservation,
      { type: 'record_follow_up', followUpRequestId: followUp.requestId },
      {
        clock: deps.clock,
        registry: deps.registry,
        actor: { role: 'system', side: 'requested', automatic: true },
      },
    );
    const next = applyEvents(preservation, events);
    await appendRequestEvents(tx, preservationId, Number(row.version), events, next, now);
    return [
      note('request.follow_up_linked', { preservation: next.preservation }),
      ...(await shareRequestEvents(
        tx,
        deps.courier,
        preservation,
        Number(row.version),
        events,
        next,
        'requested',
      )),
    ];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [note('request.follow_up_not_linked', { reason: error.message })];
  }
}
