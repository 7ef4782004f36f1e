/**
 * Queues objects to one peer as `sharing.objects` parts, in the caller's transaction, and
 * remembers which version went there under which context, so later versions can follow.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import { canonicalJson } from '../../core/canonical-json.js';
import type { IncidentFacts } from '../../core/sharing/incidents/facts.js';
import type { Tx } from '../../storage/database.js';
import { recordSent } from '../../storage/sharing/shared-objects.js';
import { versionKey } from '../../storage/sharing/stix-version.js';
import type { OutgoingObject } from '../../core/sharing/incidents/peer-decision.js';
import { type Courier, send } from '../../federation/messages/message-type.js';
import { type ContextEntry, type ObjectsPayload, SHARING_OBJECTS, splitParts } from './messages.js';

export async function sendObjects(
  tx: Tx,
  courier: Courier,
  input: {
    peer: string;
    kind: ObjectsPayload['kind'];
    shareId: string;
    incident: IncidentFacts;
    objects: readonly OutgoingObject[];
    at: string;
  },
): Promise<{ messageIds: string[]; audit: AuditEntry[] }> {
  const contexts: ContextEntry[] = [];
  const index = new Map<string, number>();
  const entries = input.objects.map((o) => {
    const key = canonicalJson({ context: o.context, conditions: o.conditions });
    if (!index.has(key)) {
      index.set(key, contexts.length);
      contexts.push({
        context: {
          ...o.context,
          recipientOrganisations: [...o.context.recipientOrganisations],
          recipientStates: [...o.context.recipientStates],
          namedRecipients: [...o.context.namedRecipients],
        },
        conditions: o.conditions,
      });
    }
    return { object: o.object, context: index.get(key)! };
  });
  const parts = splitParts(entries);
  const messageIds: string[] = [];
  const audit: AuditEntry[] = [];
  for (const [i, objects] of parts.entries()) {
    const sent = await send(tx, courier, SHARING_OBJECTS, input.peer, {
      shareId: input.shareId,
      kind: input.kind,
      part: i + 1,
      parts: parts.length,
      incident: {
        ...input.incident,
        affectedStates: [...input.incident.affectedStates],
        sectors: [...input.incident.sectors],
      },
      contexts,
      objects,
    });
    messageIds.push(sent.messageId);
    audit.push(sent.audit);
  }
  for (const o of input.objects) {
    await recordSent(tx, {
      object_id: o.object.id,
      peer: input.peer,
      share_id: input.shareId,
      incident_id: input.incident.id,
      modified: versionKey(o.object),
      context: JSON.stringify(o.context),
      conditions: JSON.stringify(o.conditions),
      status: 'sent',
      updated_at: input.at,
    });
  }
  return { messageIds, audit };
}
