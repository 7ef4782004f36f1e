/**
 * MISP `restSearch` over what the caller may see. A search by value goes through the
 * correlation index (the value is recognised as an IP, domain, hash… and looked up exactly);
 * a search without one walks the store in id order. Either way every candidate passes the
 * caller's sieve before it is matched, so a search never reveals what the caller may not read,
 * not even by a count.
 */
import { guessObservable } from '../../core/sharing/observables/guess.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { MispAttribute, MispAttributeRecord } from '../../interop/misp/misp-event.js';
import { asMispAttribute, mispNumber, type Organisation } from '../../interop/misp/misp-shape.js';
import type { MispSearch } from '../../interop/misp/search-query.js';
import { attributeFromStix } from '../../interop/misp/stix-to-event.js';
import type { Database } from '../../storage/database.js';
import { currentObjects } from '../../storage/sharing/current-objects.js';
import { lookupObservable } from '../../storage/sharing/observable-index.js';
import { listCurrentStixObjects } from '../../storage/sharing/read-objects.js';
import type { StoredStixObject } from '../../storage/sharing/types.js';
import { eventOf, findReport, type HeldEvent, type Sieve, visibleReports } from './events.js';

/** Objects read per step of a walk through the store. */
const PAGE = 1000;

/** Candidates for a search: by value through the index, else every current object. */
async function* candidates(database: Database, search: MispSearch): AsyncGenerator<StoredStixObject[]> {
  if (search.values.length > 0) {
    const ids = new Set<string>();
    for (const value of search.values) {
      const key = guessObservable(value);
      if (!key) continue;
      for (const match of await lookupObservable(database, key, { limit: 10_000 }))
        if (match.subjectType === 'stix') ids.add(match.subjectId);
    }
    const all = [...ids];
    for (let i = 0; i < all.length; i += PAGE)
      yield await currentObjects(database.db, all.slice(i, i + PAGE));
    // Values the index does not know as observables (text, notes): found by walking.
    if (search.values.every((v) => guessObservable(v) !== undefined)) return;
  }
  let after: string | undefined;
  do {
    const page = await listCurrentStixObjects(database, { limit: PAGE, ...(after ? { after } : {}) });
    yield page.objects;
    after = page.next;
  } while (after !== undefined);
}

function attributeMatches(a: MispAttribute, search: MispSearch, eventUuid: string | undefined): boolean {
  if (search.values.length > 0) {
    const parts = a.type.includes('|') ? [a.value, ...a.value.split('|')] : [a.value];
    if (!search.values.some((v) => parts.some((p) => p.toLowerCase() === v.toLowerCase()))) return false;
  }
  if (search.types.length > 0 && !search.types.includes(a.type)) return false;
  const tags = (a.Tag ?? []).map((t) => t.name.toLowerCase());
  if (search.tags.length > 0 && !search.tags.some((t) => tags.includes(t.toLowerCase()))) return false;
  if (search.notTags.some((t) => tags.includes(t.toLowerCase()))) return false;
  if (search.since !== undefined && Number(a.timestamp ?? 0) < search.since) return false;
  if (search.toIds !== undefined && (a.to_ids === true || a.to_ids === '1') !== search.toIds) return false;
  if (
    search.uuids.length > 0 &&
    !search.uuids.includes(a.uuid) &&
    !(eventUuid && search.uuids.includes(eventUuid))
  )
    return false;
  if (search.eventIds.length > 0) {
    if (!eventUuid) return false;
    if (!search.eventIds.some((id) => id === eventUuid || id === String(mispNumber(eventUuid)))) return false;
  }
  return true;
}

const timestampOf = (o: StixObject) =>
  String(Math.floor(Date.parse(String(o.modified ?? o.created ?? '1970-01-01T00:00:00Z')) / 1000));

/** `attributes/restSearch`: matching attributes, each with a summary of its event. */
export async function searchAttributes(
  database: Database,
  sieve: Sieve,
  search: MispSearch,
  org: Organisation,
): Promise<Record<string, unknown>[]> {
  const skip = (search.page - 1) * search.limit;
  const found: Record<string, unknown>[] = [];
  const events = new Map<string, Record<string, unknown> | null>();
  let matched = 0;
  for await (const stored of candidates(database, search)) {
    const live = stored.filter((s) => !s.revoked);
    for (const object of (await sieve(live)).objects as StixObject[]) {
      const attribute = attributeFromStix(object);
      if (!attribute) continue;
      const record = object.x_misp_attribute as MispAttributeRecord | undefined;
      if (
        !attributeMatches(
          { ...attribute, timestamp: attribute.timestamp ?? timestampOf(object) },
          search,
          record?.event_uuid,
        )
      )
        continue;
      if (matched++ < skip) continue;
      const eventUuid = record?.event_uuid;
      const event = eventUuid ? await eventSummary(database, sieve, eventUuid, org, events) : null;
      const objectId = record?.object ? String(mispNumber(record.object.uuid)) : '0';
      found.push({
        ...asMispAttribute(attribute, event ? String(event.id) : '0', objectId, timestampOf(object)),
        ...(event ? { Event: event } : {}),
      });
      if (found.length >= search.limit) return found;
    }
  }
  return found;
}

/** The few fields of an event MISP puts beside a found attribute; null when the caller may not see it. */
async function eventSummary(
  database: Database,
  sieve: Sieve,
  uuid: string,
  org: Organisation,
  cache: Map<string, Record<string, unknown> | null>,
): Promise<Record<string, unknown> | null> {
  if (cache.has(uuid)) return cache.get(uuid)!;
  const report = await findReport(database, uuid);
  const shown = report ? (await sieve([report])).objects[0] : undefined;
  const misp = shown?.x_misp_event as
    | { info?: string; Orgc?: { uuid?: string }; distribution?: string }
    | undefined;
  const summary = shown
    ? {
        id: String(mispNumber(uuid)),
        uuid,
        info: misp?.info ?? shown.name ?? '',
        org_id: String(mispNumber(org.uuid)),
        orgc_id: String(mispNumber(misp?.Orgc?.uuid ?? org.uuid)),
        distribution: misp?.distribution ?? '1',
      }
    : null;
  cache.set(uuid, summary);
  return summary;
}

/** `events/restSearch`: whole events holding a matching attribute (or matching as events). */
export async function searchEvents(
  database: Database,
  sieve: Sieve,
  search: MispSearch,
  org: Organisation,
): Promise<HeldEvent[]> {
  const skip = (search.page - 1) * search.limit;
  const found: HeldEvent[] = [];
  let matched = 0;
  const attributeFilters =
    search.values.length > 0 ||
    search.types.length > 0 ||
    search.toIds !== undefined ||
    search.uuids.length > 0;
  for await (const report of reportsFor(database, sieve, search)) {
    const held = await eventOf(database, sieve, report, org);
    if (!held || !eventMatches(held, search, attributeFilters)) continue;
    if (matched++ < skip) continue;
    found.push(held);
    if (found.length >= search.limit) break;
  }
  return found;
}

/** Reports to consider: those of the events asked for, of the attributes found by value, or all. */
async function* reportsFor(
  database: Database,
  sieve: Sieve,
  search: MispSearch,
): AsyncGenerator<StoredStixObject> {
  if (search.eventIds.length > 0) {
    for (const id of search.eventIds) {
      const report = await findReport(database, id);
      if (report) yield report;
    }
    return;
  }
  if (search.values.length > 0 && search.values.every((v) => guessObservable(v) !== undefined)) {
    const uuids = new Set<string>();
    for await (const stored of candidates(database, search))
      for (const s of stored) {
        const uuid = (s.object.x_misp_attribute as MispAttributeRecord | undefined)?.event_uuid;
        if (uuid) uuids.add(uuid.toLowerCase());
      }
    for (const uuid of [...uuids].sort()) {
      const report = await findReport(database, uuid);
      if (report) yield report;
    }
    return;
  }
  yield* visibleReports(database, sieve);
}

function eventMatches(held: HeldEvent, search: MispSearch, attributeFilters: boolean): boolean {
  const e = held.plain;
  const eventTags = (e.Tag ?? []).map((t) => t.name.toLowerCase());
  const attributes = [...(e.Attribute ?? []), ...(e.Object ?? []).flatMap((o) => o.Attribute ?? [])];
  const allTags = new Set([
    ...eventTags,
    ...attributes.flatMap((a) => (a.Tag ?? []).map((t) => t.name.toLowerCase())),
  ]);
  if (search.tags.length > 0 && !search.tags.some((t) => allTags.has(t.toLowerCase()))) return false;
  if (search.notTags.some((t) => eventTags.includes(t.toLowerCase()))) return false;
  if (search.since !== undefined && Number(held.event.timestamp) < search.since) return false;
  if (search.published !== undefined && held.event.published !== search.published) return false;
  if (search.uuids.includes(e.uuid)) return true;
  if (!attributeFilters) return true;
  const narrowed = { ...search, tags: [], notTags: [], since: undefined, eventIds: [] } as MispSearch;
  return attributes.some((a) => attributeMatches(a, narrowed, e.uuid));
}
