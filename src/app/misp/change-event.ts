/**
 * Changes to MISP events through the MISP-compatible API: add an event, edit one, add
 * attributes to one, delete one. Each goes through the same streamed import as any MISP
 * event (so through the lenient importer, its audit and correlation), and is recorded as an
 * import with its report. Only events this node originated can be changed: a peer's event is
 * its originator's to change, as with any STIX object.
 */
import type { Principal } from '../../core/accounts/roles.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, DomainError, NotFoundError } from '../../core/errors.js';
import { extractObservables } from '../../core/sharing/observables/extract.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { MispAttributeRecord } from '../../interop/misp/misp-event.js';
import { runCommand } from '../../storage/command.js';
import { currentObjects } from '../../storage/sharing/current-objects.js';
import { putStixObject } from '../../storage/sharing/put-object.js';
import type { StoredStixObject } from '../../storage/sharing/types.js';
import type { SharingDeps } from '../sharing/deps.js';
import { propagate } from '../sharing/propagate.js';
import { nextModified } from '../sharing/revoke-object.js';
import { findReport, type Sieve } from './events.js';
import { importEventFrom, type RecordedImport } from './import-event.js';

const source = (route: string, principal: Principal) => ({
  via: 'api' as const,
  name: route,
  userId: principal.userId,
});

/** `events/add`: a new event; one already held is refused (it is changed with `events/edit`). */
export async function addEvent(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  body: Buffer,
  uuidOf: (body: Buffer) => string | undefined,
): Promise<RecordedImport> {
  const uuid = uuidOf(body);
  if (uuid && (await findReport(deps.database, uuid)))
    throw new ConflictError(
      'misp_event_exists',
      `the event ${uuid} is already held: change it with events/edit`,
    );
  return importEventFrom(deps, ctx, source('events/add', principal), () => [body]);
}

/** The event's report, if the caller may see it and this node may change it. */
async function ownReport(deps: SharingDeps, sieve: Sieve, id: string): Promise<StoredStixObject> {
  const report = await findReport(deps.database, id);
  const visible = report && !report.revoked ? (await sieve([report])).objects.length === 1 : false;
  if (!report || !visible) throw new NotFoundError('misp_event', id);
  if (report.source !== 'local')
    throw new ConflictError(
      'not_originator',
      `the event ${id} was originated by ${report.source}; only its originator may change it`,
    );
  return report;
}

const refsOf = (report: StoredStixObject) =>
  Array.isArray(report.object.object_refs) ? (report.object.object_refs as string[]) : [];

/**
 * `events/edit/{id}`: the event as sent, merged into the held one as MISP merges it:
 * attributes sent are added or changed (a change without a later timestamp is stamped now),
 * attributes not sent stay, and an attribute sent with `"deleted": true` leaves the event.
 */
export async function editEvent(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  sieve: Sieve,
  id: string,
  event: Record<string, unknown>,
): Promise<RecordedImport> {
  const report = await ownReport(deps, sieve, id);
  const uuid = report.id.slice('report--'.length);
  const deleted = new Set<string>();
  const strip = (list: unknown) =>
    (Array.isArray(list) ? list : []).filter((a) => {
      const attribute = a as { deleted?: unknown; uuid?: unknown } | null;
      const gone = attribute?.deleted === true || attribute?.deleted === '1';
      if (gone && typeof attribute?.uuid === 'string') deleted.add(attribute.uuid.toLowerCase());
      return !gone;
    });
  const objects = (Array.isArray(event.Object) ? event.Object : []).map((o) => ({
    ...(o as Record<string, unknown>),
    Attribute: strip((o as { Attribute?: unknown } | null)?.Attribute),
  }));
  const merged = { ...event, uuid, Attribute: strip(event.Attribute), Object: objects };
  const keep = refsOf(report).filter((ref) => !deleted.has(ref.slice(ref.indexOf('--') + 2)));
  return importEventFrom(
    deps,
    ctx,
    source(`events/edit/${id}`, principal),
    () => [Buffer.from(JSON.stringify({ Event: merged }))],
    { at: nextModified(ctx.clock.now(), report.object.modified), keepRefs: keep, expectUuid: uuid },
  );
}

/** `attributes/add/{event}`: one attribute or a list of them, added to a held event. */
export async function addAttributes(
  deps: SharingDeps,
  ctx: CommandContext,
  principal: Principal,
  sieve: Sieve,
  eventId: string,
  attributes: readonly unknown[],
): Promise<RecordedImport> {
  const report = await ownReport(deps, sieve, eventId);
  const uuid = report.id.slice('report--'.length);
  const header = (report.object.x_misp_event ?? {}) as { tags?: string[] } & Record<string, unknown>;
  const { tags, ...fields } = header;
  const event = {
    ...fields,
    uuid,
    info: (fields.info as string | undefined) ?? report.object.name ?? '',
    Tag: (tags ?? []).map((name) => ({ name })),
    Attribute: attributes,
  };
  const recorded = await importEventFrom(
    deps,
    ctx,
    source(`attributes/add/${eventId}`, principal),
    () => [Buffer.from(JSON.stringify({ Event: event }))],
    { at: nextModified(ctx.clock.now(), report.object.modified), keepRefs: refsOf(report), expectUuid: uuid },
  );
  const r = recorded.result;
  if (r.attributes.converted + r.attributes.keptAsNote === 0) {
    const reasons = r.outcomes.map((o) => (o.status === 'refused' ? o.reason : '')).filter(Boolean);
    throw new DomainError(
      'misp_bad_attribute',
      `no attribute could be added: ${reasons.join('; ') || 'none given'}`,
    );
  }
  return recorded;
}

/**
 * `events/delete/{id}`: revokes the event's report and the objects made from its attributes
 * here (STIX's way of withdrawing what one originated), and the revocations follow the objects
 * to every peer that received them. Objects the event only referred to stay.
 */
export async function deleteEvent(
  deps: SharingDeps,
  ctx: CommandContext,
  sieve: Sieve,
  id: string,
): Promise<{ revoked: number }> {
  const report = await ownReport(deps, sieve, id);
  const uuid = report.id.slice('report--'.length);
  const now = ctx.clock.now();
  const at = now.toISOString();
  return runCommand(deps.database, ctx, async (tx) => {
    const members = await currentObjects(tx.db, refsOf(report));
    const own = members.filter(
      (m) =>
        m.source === 'local' &&
        !m.revoked &&
        (m.object.x_misp_attribute as MispAttributeRecord | undefined)?.event_uuid?.toLowerCase() === uuid,
    );
    const ids: string[] = [];
    for (const stored of [...own, report]) {
      const object = { ...stored.object, revoked: true, modified: nextModified(now, stored.object.modified) };
      const observables = extractObservables(object as StixObject).map((o) => ({
        kind: o.kind,
        value: o.value,
      }));
      await putStixObject(tx, { object, observables, source: 'local', at });
      ids.push(stored.id);
    }
    const updates = await propagate(tx, deps, ids, at);
    return {
      value: { revoked: ids.length },
      audit: [
        {
          actor: ctx.actor,
          action: 'misp.event_deleted',
          subjectType: 'stix_object',
          subjectId: report.id,
          details: { eventUuid: uuid, revoked: ids.length },
        },
        ...updates,
      ],
    };
  });
}
