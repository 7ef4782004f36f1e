/**
 * When a follow-up MLA request arrives naming the preservation it follows, the requested node
 * records the link on that preservation at once, as an automatic event: the preserved data are
 * then kept until the decision on the follow-up, without waiting for someone to notice the
 * reference. A link that does not hold (no such preservation here, another requesting State,
 * a preservation no longer running) is not recorded; the audit log says why, and an officer
 * can still record it by hand.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import { DomainError } from '../../core/errors.js';
import type { RequestState } from '../../core/legal/lifecycle/state.js';
import type { Tx } from '../../storage/database.js';
import { applyAutomatic, type AutomaticDeps } from './automatic-action.js';

export async function linkArrivedFollowUp(
  tx: Tx,
  deps: AutomaticDeps,
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
  try {
    const { next, shared } = await applyAutomatic(tx, deps, preservation, {
      type: 'record_follow_up',
      followUpRequestId: followUp.requestId,
    });
    return [note('request.follow_up_linked', { preservation: next.preservation }), ...shared];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [note('request.follow_up_not_linked', { reason: error.message })];
  }
}
