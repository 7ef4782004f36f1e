/**
 * The receiving side of `sharing.withdrawn`: the originator's markings no longer admit this
 * node, so the object is hidden from every read here, and withdrawn from any node this node
 * passed it on to. Only the node this node received the object from may withdraw it.
 */
import { ConflictError } from '../../core/errors.js';
import { type MessageBinding, on, send } from '../../federation/messages/message-type.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import { incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { holdersOf, markSentWithdrawn, markWithdrawnHere } from '../../storage/sharing/shared-objects.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import type { SharingDeps } from './deps.js';
import { SHARING_WITHDRAWN } from './messages.js';

export function withdrawnHandler(deps: SharingDeps): MessageBinding {
  return on(SHARING_WITHDRAWN, async ({ tx, message, payload, peer }) => {
    const from = peer.nodeId;
    const at = message.header.createdAt.toISOString();
    const held = await currentObject(tx.db, payload.objectId);
    if (!held) return [];
    if (held.source !== from)
      throw new ConflictError('not_originator', `${payload.objectId} was not received from ${from}`);
    await markWithdrawnHere(tx, { object_id: payload.objectId, from_node: from, reason: payload.reason, at });
    for (const incident of await incidentsHolding(tx.db, [payload.objectId])) {
      await addTimelineEntry(tx, {
        incidentId: incident.id,
        at,
        kind: 'withdrawn',
        text: `${from} withdrew ${payload.objectId}: ${payload.reason}`,
        actor: `peer:${from}`,
        details: { from, objectId: payload.objectId, reason: payload.reason },
      });
    }
    const audit = [];
    const courier = deps.courier;
    for (const holder of courier ? await holdersOf(tx.db, payload.objectId) : []) {
      const sent = await send(tx, courier!, SHARING_WITHDRAWN, holder.peer, {
        objectId: payload.objectId,
        incidentId: holder.incident_id,
        reason: `withdrawn by its originator: ${payload.reason}`.slice(0, 2000),
      });
      await markSentWithdrawn(tx, payload.objectId, holder.peer, at);
      audit.push(sent.audit);
    }
    return [
      {
        actor: { type: 'peer', id: from },
        action: 'sharing.withdrawn_receive',
        subjectType: 'stix_object',
        subjectId: payload.objectId,
        details: { reason: payload.reason, incidentId: payload.incidentId },
      },
      ...audit,
    ];
  });
}
