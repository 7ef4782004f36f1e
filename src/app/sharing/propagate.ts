/**
 * A new version of an object that was shared (an update, a revocation, an update received from
 * its originator) follows it to every peer holding it, judged again under the context and
 * conditions it went under. When the markings or conditions no longer admit a peer, that peer
 * gets `sharing.withdrawn` instead, and hides the object.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { TransferConditions } from '../../core/sharing/incidents/transfer-conditions.js';
import type { ShareContext } from '../../core/sharing/markings/distribution.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { Tx } from '../../storage/database.js';
import { currentObject, heldMarkings } from '../../storage/sharing/current-objects.js';
import { getIncidentRow } from '../../storage/sharing/incident-rows.js';
import { holdersOf, markSentWithdrawn } from '../../storage/sharing/shared-objects.js';
import { stateOfPeer } from '../../federation/peers/peers-store.js';
import type { SharingDeps } from './deps.js';
import { send } from '../../federation/messages/message-type.js';
import { SHARING_WITHDRAWN } from './messages.js';
import { decideForPeer } from '../../core/sharing/incidents/peer-decision.js';
import { factsOf } from './present.js';
import { sendObjects } from './send-objects.js';

export async function propagate(
  tx: Tx,
  deps: SharingDeps,
  objectIds: readonly string[],
  at: string,
): Promise<AuditEntry[]> {
  const courier = deps.courier;
  if (!courier) return [];
  const audit: AuditEntry[] = [];
  let markings: Map<string, StixObject> | undefined;
  for (const objectId of objectIds) {
    const holders = await holdersOf(tx.db, objectId);
    if (holders.length === 0) continue;
    const stored = await currentObject(tx.db, objectId);
    if (!stored) continue;
    markings ??= (await heldMarkings(tx.db)) as Map<string, StixObject>;
    for (const holder of holders) {
      const state = (await stateOfPeer(tx.db, holder.peer)) ?? '';
      const consent = async (st: string) =>
        (await tx.db
          .selectFrom('onward_consents')
          .select('state')
          .where('incident_id', '=', holder.incident_id)
          .where('state', '=', st)
          .executeTakeFirst()) !== undefined;
      const consented = await consent(state);
      const decision = decideForPeer(
        stored,
        { nodeId: holder.peer, state },
        markings,
        {
          context: JSON.parse(holder.context) as ShareContext,
          conditions: JSON.parse(holder.conditions) as TransferConditions,
        },
        () => consented,
      );
      if (decision.go) {
        const incident = await getIncidentRow(tx.db, holder.incident_id);
        if (!incident) continue;
        const sent = await sendObjects(tx, courier, {
          peer: holder.peer,
          // Back to the incident's originator, an object of ours can only be an observation.
          kind: incident.origin_node === holder.peer ? 'sighting' : 'update',
          shareId: randomUUID(),
          incident: factsOf(incident, deps.nodeId),
          objects: [decision.outgoing],
          at,
        });
        audit.push(...sent.audit, {
          actor: { type: 'system', id: 'sharing' },
          action: 'sharing.update_sent',
          subjectType: 'stix_object',
          subjectId: objectId,
          details: { peer: holder.peer, modified: stored.modified, revoked: stored.revoked },
        });
      } else {
        const sent = await send(tx, courier, SHARING_WITHDRAWN, holder.peer, {
          objectId,
          incidentId: holder.incident_id,
          reason: decision.reason,
        });
        await markSentWithdrawn(tx, objectId, holder.peer, at);
        audit.push(sent.audit, {
          actor: { type: 'system', id: 'sharing' },
          action: 'sharing.withdrawn_sent',
          subjectType: 'stix_object',
          subjectId: objectId,
          details: { peer: holder.peer, reason: decision.reason },
        });
      }
    }
  }
  return audit;
}
