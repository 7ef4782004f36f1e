/**
 * Reads for people. Incident facts are what the sharing node addressed to this node; every
 * STIX object read is filtered for the caller (see viewer.ts), so a list never shows more than
 * the markings allow, and an object the caller may not see reads as not found.
 */
import type { Principal } from '../../core/accounts/roles.js';
import { NotFoundError } from '../../core/errors.js';
import { currentObject, currentObjects } from '../../storage/sharing/current-objects.js';
import {
  getIncidentRow,
  requireIncidentRow,
  incidentMemberIds,
  incidentMembers,
  listIncidentRows,
} from '../../storage/sharing/incident-rows.js';
import { withdrawnAmong } from '../../storage/sharing/shared-objects.js';
import { listTimeline, type TimelineEntry } from '../../storage/sharing/timeline.js';
import { type DeliverySummary, deliverySummaries } from '../../federation/outbox/status.js';
import type { IncidentsTable } from '../../storage/schema.js';
import { hideWithheld, hideWithheldInText, stixIdsIn } from './hide-withheld.js';
import { loadForPrincipal } from '../requests/requests.js';
import type { SharingDeps } from './deps.js';
import { type IncidentView, viewOf } from './present.js';
import { decide, type VisibleObject, viewerFor, visibleObjects } from './viewer.js';

/**
 * The incidents whose STIX incident object the caller may see: the facts (title, States,
 * sectors, timeline) say as much as the object's name and description, so they follow its
 * markings — an incident shared TLP:RED with one named officer exists for no one else.
 */
export async function listIncidents(deps: SharingDeps, principal: Principal): Promise<IncidentView[]> {
  const rows = await listIncidentRows(deps.database.db);
  const visible = await visibleWithMarkings(
    deps,
    principal,
    rows.map((r) => r.stix_id),
  );
  return rows.flatMap((r) => {
    const markings = visible.get(r.stix_id);
    return markings ? [{ ...viewOf(r, deps.nodeId), markings }] : [];
  });
}

/** The objects among `ids` the caller may see, each with its object markings (an incident's TLP, for lists). */
async function visibleWithMarkings(
  deps: SharingDeps,
  principal: Principal,
  ids: string[],
): Promise<Map<string, string[]>> {
  const stored = await currentObjects(deps.database.db, ids);
  const { objects } = await visibleObjects(deps.database, await viewerFor(deps, principal), stored);
  return new Map(objects.map((o) => [o.object.id, markingsOf(o.object)]));
}

const markingsOf = (object: Readonly<Record<string, unknown>>): string[] =>
  Array.isArray(object.object_marking_refs)
    ? (object.object_marking_refs as unknown[]).filter((m): m is string => typeof m === 'string')
    : [];

/** The incident row, if the caller may see its STIX incident object; not found otherwise. */
async function visibleIncidentRow(deps: SharingDeps, principal: Principal, id: string) {
  const row = await getIncidentRow(deps.database.db, id);
  const markings = row && (await visibleWithMarkings(deps, principal, [row.stix_id])).get(row.stix_id);
  if (!row || !markings) throw new NotFoundError('incident', id);
  return { row, markings };
}

export interface OnwardConsent {
  readonly state: string;
  readonly reference: string;
  readonly recordedAt: string;
}

export interface IncidentDetail extends IncidentView {
  readonly timeline: TimelineEntry[];
  readonly requests: Array<{ requestId: string; observables: unknown }>;
  /** The originator's consents, recorded here, to pass the incident on to other States. */
  readonly onwardConsents: OnwardConsent[];
}

export async function getIncident(
  deps: SharingDeps,
  principal: Principal,
  id: string,
): Promise<IncidentDetail> {
  const { row, markings } = await visibleIncidentRow(deps, principal, id);
  const requests = await deps.database.db
    .selectFrom('request_observables')
    .select(['request_id', 'observables'])
    .where('incident_id', '=', id)
    .orderBy('request_id')
    .execute();
  const consents = await deps.database.db
    .selectFrom('onward_consents')
    .select(['state', 'reference', 'recorded_at'])
    .where('incident_id', '=', id)
    .orderBy('state')
    .execute();
  return {
    ...viewOf(row, deps.nodeId),
    markings,
    timeline: await timelineFor(deps, principal, row),
    requests: requests.map((r) => ({
      requestId: r.request_id,
      observables: JSON.parse(r.observables) as unknown,
    })),
    onwardConsents: consents.map((c) => ({
      state: c.state,
      reference: c.reference,
      recordedAt: c.recorded_at,
    })),
  };
}

/** An object as the incident's reader sees it, with when it joined the incident. */
export interface IncidentObject extends VisibleObject {
  readonly addedAt: string;
}

/** The incident object and its members that the caller may see, redacted for them. */
export async function incidentObjectsFor(
  deps: SharingDeps,
  principal: Principal,
  id: string,
): Promise<{ objects: IncidentObject[]; withheld: number }> {
  const row = await requireIncidentRow(deps.database.db, id);
  const members = await incidentMembers(deps.database.db, id);
  const addedAt = new Map([[row.stix_id, row.created_at], ...members.map((m) => [m.id, m.addedAt] as const)]);
  const stored = await currentObjects(deps.database.db, [...addedAt.keys()]);
  const visible = await visibleObjects(deps.database, await viewerFor(deps, principal), stored);
  return {
    withheld: visible.withheld,
    objects: visible.objects.map((v) => ({ ...v, addedAt: addedAt.get(v.object.id) ?? row.created_at })),
  };
}

export async function stixObjectFor(
  deps: SharingDeps,
  principal: Principal,
  id: string,
): Promise<VisibleObject> {
  const stored = await currentObject(deps.database.db, id);
  const hidden = !stored || (await withdrawnAmong(deps.database.db, [id])).has(id);
  const visible = hidden
    ? undefined
    : (await visibleObjects(deps.database, await viewerFor(deps, principal), [stored])).objects[0];
  if (!visible) throw new NotFoundError('stix_object', id);
  return visible;
}

/**
 * Ids of the incident's objects the caller may see, for the bundle export. The exporter judges
 * one audience for the whole bundle (need to know granted), so an object whose decision for
 * this caller differs from that — withheld, or redacted differently — is left out rather than
 * exported more openly than the caller may read it.
 */
export async function exportableIds(
  deps: SharingDeps,
  principal: Principal,
  incidentId: string,
): Promise<string[]> {
  const row = await requireIncidentRow(deps.database.db, incidentId);
  const ids = [row.stix_id, ...(await incidentMemberIds(deps.database.db, incidentId))];
  const viewer = await viewerFor(deps, principal);
  const withdrawn = await withdrawnAmong(deps.database.db, ids);
  const stored = await currentObjects(deps.database.db, ids);
  const asExported = { ...viewer, needToKnow: new Set(ids) };
  return stored
    .filter((s) => {
      if (withdrawn.has(s.id)) return false;
      const mine = decide(viewer, s);
      const core = decide(asExported, s);
      return mine.allowed && core.allowed && mine.redactedPaths.join('\n') === core.redactedPaths.join('\n');
    })
    .map((s) => s.id);
}

/**
 * Of the STIX ids a record names, those the caller may see. Only the ids named are judged, not
 * every member of the incident: a record of a 5,000-object incident names a handful.
 */
async function visibleAmongNamed(deps: SharingDeps, principal: Principal, records: unknown) {
  const named = stixIdsIn(records);
  if (named.length === 0) return new Set<string>();
  return new Set((await visibleWithMarkings(deps, principal, named)).keys());
}

async function timelineFor(deps: SharingDeps, principal: Principal, row: IncidentsTable) {
  const entries = await listTimeline(deps.database.db, row.id);
  const visible = await visibleAmongNamed(deps, principal, entries);
  return entries.map((e) => ({
    ...e,
    text: hideWithheldInText(e.text, visible),
    details: hideWithheld(e.details, visible),
  }));
}

/**
 * The shares of an incident the caller may see (of one they may not, nothing: not found); the
 * objects each names are only those the caller may see too.
 */
export async function listShares(deps: SharingDeps, principal: Principal, incidentId: string) {
  await visibleIncidentRow(deps, principal, incidentId);
  const rows = await deps.database.db
    .selectFrom('incident_shares')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const visible = await visibleAmongNamed(deps, principal, rows);
  return Promise.all(
    rows.map(async (r) => {
      const outcome = JSON.parse(r.outcome) as unknown;
      return hideWithheld(
        {
          id: r.id,
          direction: r.direction,
          peers: JSON.parse(r.peers) as string[],
          context: JSON.parse(r.context) as unknown,
          conditions: JSON.parse(r.conditions) as unknown,
          outcome,
          delivery: r.direction === 'out' ? await deliveryOf(deps, outcome) : [],
          createdBy: r.created_by,
          createdAt: r.created_at,
        },
        visible,
      );
    }),
  );
}

export type ShareDelivery = DeliverySummary;

/** Where each message of an outgoing share is: queued, accepted by the peer (signed), or refused. */
async function deliveryOf(deps: SharingDeps, outcome: unknown): Promise<ShareDelivery[]> {
  const peers = Array.isArray(outcome) ? (outcome as Array<{ peer?: string; messageIds?: string[] }>) : [];
  return deliverySummaries(
    deps.database,
    peers.flatMap((p) => p.messageIds ?? []),
  );
}

/**
 * Correlation alerts the caller may see: both sides of the match must be visible to them (a
 * STIX object under its markings, a request by case need-to-know, an incident by its object),
 * or the alert itself would reveal that a TLP:RED object holds the value.
 */
export async function listAlerts(deps: SharingDeps, principal: Principal) {
  const rows = await deps.database.db
    .selectFrom('correlation_alerts')
    .selectAll()
    .orderBy('raised_at', 'desc')
    .limit(500)
    .execute();
  const stixIds = new Set<string>();
  const incidentIds = new Set<string>();
  for (const r of rows)
    for (const [type, id] of [
      [r.subject_type, r.subject_id],
      [r.matched_type, r.matched_id],
    ]) {
      if (type === 'stix') stixIds.add(id!);
      if (type === 'incident') incidentIds.add(id!);
    }
  const incidentRows = await Promise.all([...incidentIds].map((id) => getIncidentRow(deps.database.db, id)));
  for (const row of incidentRows) if (row) stixIds.add(row.stix_id);
  const visible = await visibleWithMarkings(deps, principal, [...stixIds]);
  const requestsSeen = new Map<string, boolean>();
  const sees = async (type: string, id: string): Promise<boolean> => {
    if (type === 'stix') return visible.has(id);
    if (type === 'incident') {
      const row = incidentRows.find((r) => r?.id === id);
      return row !== undefined && row !== null && visible.has(row.stix_id);
    }
    if (type === 'request') {
      if (!requestsSeen.has(id))
        requestsSeen.set(
          id,
          await loadForPrincipal(deps.database, principal, id).then(
            () => true,
            () => false,
          ),
        );
      return requestsSeen.get(id)!;
    }
    return false;
  };
  const shown = [];
  for (const r of rows)
    if ((await sees(r.subject_type, r.subject_id)) && (await sees(r.matched_type, r.matched_id)))
      shown.push(r);
  return shown.map((r) => ({
    id: r.id,
    kind: r.kind,
    value: r.value,
    subject: { type: r.subject_type, id: r.subject_id, source: r.subject_source },
    matched: { type: r.matched_type, id: r.matched_id, source: r.matched_source },
    incidents: JSON.parse(r.incidents) as string[],
    raisedAt: r.raised_at,
  }));
}
