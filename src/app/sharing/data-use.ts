/**
 * Purpose limitation and onward transfer for shared data, as for data received under a
 * request: before an object received from another State is used for another purpose or passed
 * on outside Comity, the legal core decides against the conditions its sender attached. A
 * refusal is a 403 citing those conditions; every decision is audited. Conditions this node
 * cannot read refuse (fail closed).
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, DomainError } from '../../core/errors.js';
import { retentionEnds } from '../../core/sharing/incidents/retention.js';
import { parseConditions } from '../../core/sharing/incidents/transfer-conditions.js';
import type { TransferConditions } from '../../core/legal/lifecycle/types.js';
import type { ConsentRecord } from '../../core/legal/safeguards/onward-transfer.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { type AllowedUse, decideAndAuditDataUse, type UseProposalInput } from '../legal/audited-data-use.js';
import type { SharingDeps } from './deps.js';
import { stixObjectFor } from './read-incidents.js';

export async function decideSharedDataUse(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  objectId: string,
  proposal: UseProposalInput,
): Promise<AllowedUse> {
  await stixObjectFor(deps, principal, objectId); // not found unless the caller may see it
  const stored = (await currentObject(deps.database.db, objectId))!;
  if (stored.source === 'local')
    throw new ConflictError(
      'not_received_here',
      'this node originated the object; its conditions bind the receivers',
    );
  const context = (stored.shareContext ?? {}) as { originState?: string; conditions?: unknown };
  const shared = parseConditions(context.conditions);
  if (!shared || !context.originState)
    throw new DomainError(
      'conditions_unreadable',
      'the object arrived without transfer conditions this node can read, so no use beyond reading it is allowed',
    );
  const ends = retentionEnds(shared.retentionUntil);
  const conditions: TransferConditions = {
    purpose: shared.purpose,
    retentionUntil: ends ? ends.toISOString() : null,
    onwardTransfer: shared.onwardTransfer,
    consentForm: 'written',
    personalDataCategories: [],
    source: `transfer conditions of ${context.originState} (sharing from ${stored.source})`,
    confidence: 'checked',
  };
  const incidents = await incidentsHolding(deps.database.db, [objectId]);
  const consents: ConsentRecord[] =
    incidents.length === 0
      ? []
      : (
          await deps.database.db
            .selectFrom('onward_consents')
            .selectAll()
            .where(
              'incident_id',
              'in',
              incidents.map((i) => i.id),
            )
            .execute()
        ).map((c) => ({
          id: `${c.incident_id}:${c.state}`,
          dataItemId: objectId,
          grantedBy: context.originState!,
          grantedAt: c.recorded_at,
          scope: 'onward_transfer' as const,
          recipient: c.state,
          form: 'written' as const,
          reference: c.reference,
        }));
  const item = {
    id: objectId,
    originState: context.originState,
    requestId: '',
    receivedAt: stored.storedAt,
    conditions,
  };
  return decideAndAuditDataUse(deps.database, ctx, {
    item,
    proposal,
    consents,
    subject: { type: 'stix_object', id: objectId },
  });
}
