/**
 * Records that an object was seen here: a STIX `sighting` stored locally, filed under every
 * incident holding the object, and — when the object came from a peer — sent back to that peer
 * (its originator on this link) with the incident it shared it under.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { outgoingContext } from '../../core/sharing/incidents/audiences.js';
import { parseConditions } from '../../core/sharing/incidents/transfer-conditions.js';
import { TLP_MARKING_IDS, type Tlp } from '../../core/sharing/markings/tlp.js';
import { validateStixObject } from '../../core/sharing/stix/validate.js';
import { runCommand } from '../../storage/command.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import { addIncidentMembers, incidentsHolding } from '../../storage/sharing/incident-rows.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import { stateOfPeer } from '../../federation/peers/peers-store.js';
import { requireState, type SharingDeps } from './deps.js';
import { factsOf } from './present.js';
import { sendObjects } from './send-objects.js';
import { decide, viewerFor } from './viewer.js';

export interface SightingInput {
  readonly count?: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly description?: string;
  readonly tlp?: Tlp;
}

export async function recordSighting(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  objectId: string,
  input: SightingInput,
): Promise<{ sighting: Record<string, unknown>; sentTo: string[] }> {
  const state = await requireState(deps);
  const viewer = await viewerFor(deps, principal);
  const sighted = await currentObject(deps.database.db, objectId);
  if (!sighted || !decide(viewer, sighted).allowed) throw new NotFoundError('stix_object', objectId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const sighting = {
    type: 'sighting',
    spec_version: '2.1',
    id: `sighting--${randomUUID()}`,
    created: at,
    modified: at,
    sighting_of_ref: objectId,
    count: input.count ?? 1,
    ...(input.firstSeen ? { first_seen: input.firstSeen } : {}),
    ...(input.lastSeen ? { last_seen: input.lastSeen } : {}),
    ...(input.description ? { description: input.description } : {}),
    object_marking_refs: [TLP_MARKING_IDS[input.tlp ?? 'amber']],
  };
  const check = validateStixObject(sighting);
  if (!check.ok)
    throw new ValidationError(
      check.reason,
      [{ path: check.path ?? '', message: check.reason }],
      'invalid_sighting',
    );
  return runCommand(deps.database, ctx, async (tx) => {
    await putStixObject(tx, { object: sighting, observables: [], source: 'local', at });
    const incidents = await incidentsHolding(tx.db, [objectId]);
    const audit: AuditEntry[] = [];
    const sentTo: string[] = [];
    for (const incident of incidents) {
      await addIncidentMembers(tx, incident.id, [sighting.id], at);
      await addTimelineEntry(tx, {
        incidentId: incident.id,
        at,
        kind: 'sighting',
        text: `Sighting of ${objectId} recorded (count ${sighting.count})`,
        actor: `user:${principal.userId}`,
        details: { sightingId: sighting.id, objectId, count: sighting.count },
      });
      // Back to the node this node got the incident from, under the incident it shared.
      const source = sighted.source;
      if (source === 'local' || incident.origin_node !== source || !deps.courier) continue;
      const sourceState = (await stateOfPeer(tx.db, source)) ?? '';
      const original = parseConditions((sighted.shareContext as { conditions?: unknown } | null)?.conditions);
      const context = outgoingContext({
        nodeId: deps.nodeId,
        state,
        recipientStates: [sourceState],
        recipientOrganisations: [source],
        namedRecipients: [source],
      });
      const sent = await sendObjects(tx, deps.courier, {
        peer: source,
        kind: 'sighting',
        shareId: randomUUID(),
        incident: factsOf(incident, deps.nodeId),
        objects: [
          {
            object: sighting,
            context,
            conditions: {
              purpose: 'sighting of information the recipient shared',
              retentionUntil:
                original?.retentionUntil ?? new Date(now.getTime() + 365 * 86_400_000).toISOString(),
              onwardTransfer: 'forbidden',
            },
          },
        ],
        at,
      });
      sentTo.push(source);
      audit.push(...sent.audit);
    }
    audit.unshift({
      actor: ctx.actor,
      action: 'stix.sighting',
      subjectType: 'stix_object',
      subjectId: sighting.id,
      details: { sightingOf: objectId, incidents: incidents.map((i) => i.id), sentTo },
    });
    return { value: { sighting, sentTo }, audit };
  });
}
