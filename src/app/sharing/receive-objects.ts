/**
 * The receiving side of `sharing.objects`. Each object is validated on its own; an object whose
 * id this node already holds from another source is refused (a peer speaks only for what it
 * originated; new sightings and notes it creates are its own). What passes is stored with the
 * sender as source and the share context and conditions it came under; the incident is created
 * or updated with the sender as origin (a sighting instead joins the incident this node shared);
 * timeline, audit, correlation and onward updates follow in the same inbox transaction.
 */
import type { AuditEntry } from '../../core/audit/chain.js';
import { ForbiddenError } from '../../core/errors.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import { retentionEnds } from '../../core/sharing/incidents/retention.js';
import { setRetention } from '../../storage/sharing/retention-deadlines.js';
import { validateStixObject } from '../../core/sharing/stix/validate.js';
import type { InboundMessage } from '../../federation/inbox/handlers.js';
import { type MessageBinding, on } from '../../federation/messages/message-type.js';
import { ValidationError } from '../../core/errors.js';
import type { Tx } from '../../storage/database.js';
import { currentObject } from '../../storage/sharing/current-objects.js';
import {
  addIncidentMembers,
  getIncidentRow,
  insertIncident,
  updateIncidentRow,
} from '../../storage/sharing/incident-rows.js';
import { clearWithdrawn } from '../../storage/sharing/shared-objects.js';
import { addTimelineEntry } from '../../storage/sharing/timeline.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import { type CorrelationSubject, correlate } from './correlate.js';
import type { SharingDeps } from './deps.js';
import { type ObjectsPayload, SHARING_OBJECTS } from './messages.js';
import { propagate } from './propagate.js';

/** What a peer may send back about an incident this node shared: its own observations. */
const SIGHTING_TYPES = new Set(['sighting', 'note', 'opinion']);

export function objectsHandler(deps: SharingDeps): MessageBinding {
  return on(SHARING_OBJECTS, async ({ tx, message, payload, peer }) => {
    if (payload.objects.some((o) => o.context >= payload.contexts.length))
      throw new ValidationError(
        'malformed sharing message: an object names a context that is not there',
        [],
        'malformed_share',
      );
    const from = peer.nodeId;
    const at = message.header.createdAt.toISOString();
    const fromState = peer.state;
    const incident = await getIncidentRow(tx.db, payload.incident.id);
    if (payload.kind === 'sighting') await requireSharedWith(tx, incident, from, payload);
    else {
      await upsertIncident(tx, payload, incident, from, fromState, at);
      await assignNamedRecipients(tx, deps.nodeId, payload);
    }
    const stored: string[] = [];
    const refused: Array<{ id?: string; reason: string }> = [];
    const subjects: CorrelationSubject[] = [];
    const changed: string[] = [];
    for (const entry of payload.objects) {
      const check = validateStixObject(entry.object);
      if (!check.ok) {
        refused.push({ ...(check.id ? { id: check.id } : {}), reason: check.reason });
        continue;
      }
      const object = check.object;
      if (payload.kind === 'sighting' && !SIGHTING_TYPES.has(object.type)) {
        refused.push({ id: object.id, reason: `a ${object.type} cannot travel back as a sighting` });
        continue;
      }
      const held = await currentObject(tx.db, object.id);
      if (held && held.source !== from) {
        refused.push({ id: object.id, reason: `held from ${held.source}: ${from} did not originate it` });
        continue;
      }
      const { context, conditions } = payload.contexts[entry.context]!;
      const observables = extractObservables(object).map((o) => ({ kind: o.kind, value: o.value }));
      const put = await putStixObject(tx, {
        object,
        observables,
        source: from,
        shareContext: { ...context, conditions, shareId: payload.shareId },
        at,
      });
      if (put.status === 'foreign') {
        refused.push({ id: object.id, reason: `held from ${put.heldFrom}: ${from} did not originate it` });
        continue;
      }
      if (put.status === 'conflict') {
        refused.push({ id: object.id, reason: 'a different object with the same id and modified is held' });
        continue;
      }
      stored.push(object.id);
      if (put.status === 'created' || put.status === 'updated')
        await setRetention(tx, {
          objectId: object.id,
          source: from,
          until: retentionEnds(conditions.retentionUntil),
          condition: conditions.retentionUntil,
        });
      if (put.status === 'created' || put.status === 'updated') {
        await clearWithdrawn(tx, object.id);
        changed.push(object.id);
        subjects.push({ type: 'stix', id: object.id, source: from, observables });
      }
    }
    const incidentId = payload.incident.id;
    await addIncidentMembers(
      tx,
      incidentId,
      stored.filter((id) => id !== payload.incident.stixId),
      at,
    );
    await tx.db
      .insertInto('incident_shares')
      .values({
        id: `${payload.shareId}:${payload.part}:${message.header.id}`,
        incident_id: incidentId,
        direction: 'in',
        peers: JSON.stringify([from]),
        context: JSON.stringify(payload.contexts.map((c) => c.context)),
        conditions: JSON.stringify(payload.contexts.map((c) => c.conditions)),
        outcome: JSON.stringify({ kind: payload.kind, stored, refused }),
        created_by: `peer:${from}`,
        created_at: at,
      })
      .execute();
    await addTimelineEntry(tx, {
      incidentId,
      at,
      kind:
        payload.kind === 'sighting'
          ? 'sighting'
          : payload.kind === 'update'
            ? 'updated_by_origin'
            : 'received',
      text: describe(payload, from, fromState, stored, refused),
      actor: `peer:${from}`,
      details: {
        shareId: payload.shareId,
        part: payload.part,
        parts: payload.parts,
        stored,
        refused,
        from,
        fromState,
        ...(payload.kind === 'sighting' ? { sightingOf: sightedRefs(payload) } : {}),
      },
    });
    const alerts = await correlate(tx, message.header.createdAt, subjects);
    const onward = await propagate(tx, deps, changed, at);
    const audit: AuditEntry[] = [
      {
        actor: { type: 'peer', id: from },
        action: payload.kind === 'sighting' ? 'incident.sighting_receive' : 'incident.receive',
        subjectType: 'incident',
        subjectId: incidentId,
        legalBasis: payload.incident.legalBasis,
        details: { shareId: payload.shareId, messageId: message.header.id, stored, refused },
      },
    ];
    return [...audit, ...alerts, ...onward];
  });
}

/** What the sightings in a payload are of. */
function sightedRefs(payload: ObjectsPayload): string[] {
  return payload.objects
    .map((o) => (o.object as Record<string, unknown> | null)?.['sighting_of_ref'])
    .filter((r): r is string => typeof r === 'string');
}

function describe(
  payload: ObjectsPayload,
  from: string,
  state: string,
  stored: string[],
  refused: unknown[],
): string {
  if (payload.kind === 'sighting') {
    const sighted = sightedRefs(payload);
    return `Sighting reported by ${from} (${state}) of ${sighted.join(', ') || 'objects of this incident'}`;
  }
  const what = payload.kind === 'update' ? 'New version(s)' : 'Objects';
  return `${what} received from ${from} (${state}): ${stored.length} stored, ${refused.length} refused (part ${payload.part}/${payload.parts})`;
}

async function upsertIncident(
  tx: Tx,
  payload: ObjectsPayload,
  incident: Awaited<ReturnType<typeof getIncidentRow>>,
  from: string,
  fromState: string,
  at: string,
): Promise<void> {
  const facts = payload.incident;
  const columns = {
    title: facts.title,
    status: facts.status,
    affected_states: JSON.stringify(facts.affectedStates),
    sectors: JSON.stringify(facts.sectors),
    legal_basis: facts.legalBasis,
    updated_at: at,
  };
  if (!incident) {
    const clash = await tx.db
      .selectFrom('incidents')
      .select('id')
      .where('stix_id', '=', facts.stixId)
      .executeTakeFirst();
    if (clash)
      throw new ForbiddenError('not_incident_origin', `${facts.stixId} is held under another incident`);
    await insertIncident(tx, {
      id: facts.id,
      stix_id: facts.stixId,
      case_id: null,
      origin_node: from,
      origin_state: fromState,
      assignees: '[]',
      created_by: `peer:${from}`,
      created_at: at,
      ...columns,
    });
    return;
  }
  if (incident.origin_node !== from || incident.stix_id !== facts.stixId)
    throw new ForbiddenError('not_incident_origin', `incident ${facts.id} is not ${from}'s to update`);
  await updateIncidentRow(tx, incident.id, columns);
}

/**
 * The people of this node the sender named as recipients (`username@thisnode`) are assigned to
 * the incident: naming them is the originator's statement that they need to know, and without
 * it nobody here could see an AMBER incident to assign anyone to it.
 */
async function assignNamedRecipients(tx: Tx, nodeId: string, payload: ObjectsPayload): Promise<void> {
  const suffix = `@${nodeId}`;
  const named = [
    ...new Set(
      payload.contexts.flatMap((c) =>
        c.context.namedRecipients.filter((n) => n.endsWith(suffix)).map((n) => n.slice(0, -suffix.length)),
      ),
    ),
  ];
  if (named.length === 0) return;
  const users = await tx.db
    .selectFrom('users')
    .select('id')
    .where('username', 'in', named)
    .where('disabled', '=', 0)
    .execute();
  const row = await getIncidentRow(tx.db, payload.incident.id);
  if (!row || users.length === 0) return;
  const assignees = new Set(JSON.parse(row.assignees) as string[]);
  const before = assignees.size;
  for (const u of users) assignees.add(u.id);
  if (assignees.size > before)
    await updateIncidentRow(tx, row.id, { assignees: JSON.stringify([...assignees]) });
}

/** A sighting joins an incident only if this node shared it with the sender. */
async function requireSharedWith(
  tx: Tx,
  incident: Awaited<ReturnType<typeof getIncidentRow>>,
  from: string,
  payload: ObjectsPayload,
): Promise<void> {
  const shared =
    incident &&
    (await tx.db
      .selectFrom('shared_objects')
      .select('object_id')
      .where('incident_id', '=', incident.id)
      .where('peer', '=', from)
      .executeTakeFirst());
  if (!shared)
    throw new ForbiddenError(
      'not_shared_with_sender',
      `incident ${payload.incident.id} was not shared with ${from}`,
    );
}

export type { InboundMessage };
