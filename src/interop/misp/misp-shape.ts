/**
 * An event as MISP itself writes it, every field a MISP instance or PyMISP reads on the way in
 * filled: numeric ids, the owning organisation, timestamps, distribution, counts. Comity keys
 * everything by UUID; the numeric ids MISP clients expect are the first 52 bits of the UUID
 * (`mispNumber`), which fit a JSON number exactly and lead back to the object by prefix.
 */
import type { MispAttribute, MispEvent, MispObject } from './misp-event.js';

/** A MISP-style numeric id for a UUID: its first 13 hex digits (52 bits). */
export function mispNumber(uuid: string): number {
  return Number.parseInt(uuid.replaceAll('-', '').slice(0, 13), 16);
}

/** The UUID prefix (`xxxxxxxx-xxxx-x`) a numeric id stands for, or undefined when it is not one. */
export function uuidPrefixOf(id: string): string | undefined {
  if (!/^\d{1,16}$/.test(id)) return undefined;
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n >= 2 ** 52) return undefined;
  const hex = n.toString(16).padStart(13, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12)}`;
}

export interface Organisation {
  readonly name: string;
  readonly uuid: string;
}

type Json = Record<string, unknown>;

const epochOf = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

/** The event with every field MISP writes; `modified` (ISO) stands in for missing timestamps. */
export function asMispEvent(event: MispEvent, org: Organisation, modified: string): Json {
  const id = String(mispNumber(event.uuid));
  const timestamp = event.timestamp ?? epochOf(modified);
  const orgc = event.Orgc?.name && event.Orgc.uuid ? { name: event.Orgc.name, uuid: event.Orgc.uuid } : org;
  const attribute = (a: MispAttribute, objectId: string) => asMispAttribute(a, id, objectId, timestamp);
  const object = (o: MispObject): Json => {
    const objectId = String(mispNumber(o.uuid));
    return {
      id: objectId,
      event_id: id,
      uuid: o.uuid,
      name: o.name,
      'meta-category': o['meta-category'] ?? '',
      description: '',
      template_uuid: o.template_uuid ?? '',
      template_version: o.template_version ?? '1',
      comment: o.comment ?? '',
      timestamp: o.timestamp ?? timestamp,
      distribution: o.distribution ?? '5',
      sharing_group_id: '0',
      deleted: false,
      Attribute: (o.Attribute ?? []).map((a) => attribute(a, objectId)),
    };
  };
  const attributes = (event.Attribute ?? []).map((a) => attribute(a, '0'));
  const objects = (event.Object ?? []).map(object);
  return {
    id,
    uuid: event.uuid,
    info: event.info,
    date: event.date ?? modified.slice(0, 10),
    threat_level_id: event.threat_level_id ?? '4',
    analysis: event.analysis ?? '2',
    distribution: event.distribution ?? '1',
    sharing_group_id: '0',
    published: event.published === true || event.published === '1' || event.published === 'true',
    timestamp,
    publish_timestamp: timestamp,
    attribute_count: String(
      attributes.length + objects.reduce((n, o) => n + (o.Attribute as Json[]).length, 0),
    ),
    org_id: String(mispNumber(org.uuid)),
    orgc_id: String(mispNumber(orgc.uuid)),
    Org: { id: String(mispNumber(org.uuid)), ...org },
    Orgc: { id: String(mispNumber(orgc.uuid)), ...orgc },
    Tag: (event.Tag ?? []).map(tag),
    Galaxy: event.Galaxy ?? [],
    Attribute: attributes,
    Object: objects,
  };
}

/** One attribute as MISP writes it, in the event `eventId` (and MISP object `objectId`, or '0'). */
export function asMispAttribute(
  a: MispAttribute,
  eventId: string,
  objectId: string,
  timestamp: string,
): Json {
  return {
    id: String(mispNumber(a.uuid)),
    event_id: eventId,
    object_id: objectId,
    object_relation: a.object_relation ?? null,
    uuid: a.uuid,
    type: a.type,
    category: a.category,
    value: a.value,
    to_ids: a.to_ids === true || a.to_ids === '1' || a.to_ids === 'true',
    comment: a.comment ?? '',
    timestamp: a.timestamp ?? timestamp,
    distribution: a.distribution ?? '5',
    sharing_group_id: '0',
    deleted: false,
    disable_correlation: false,
    first_seen: null,
    last_seen: null,
    Tag: (a.Tag ?? []).map(tag),
  };
}

/** A tag as MISP lists it; TLP and PAP tags with the colours MISP gives them. */
export function tag(t: { readonly name: string }): Json {
  return { id: String(tagNumber(t.name)), name: t.name, colour: colourOf(t.name), exportable: true };
}

/** A stable numeric id for a tag name (MISP numbers tags; Comity knows them by name). */
export function tagNumber(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const COLOURS: Readonly<Record<string, string>> = {
  'tlp:red': '#CC0033',
  'tlp:amber+strict': '#FFC000',
  'tlp:amber': '#FFC000',
  'tlp:green': '#339900',
  'tlp:clear': '#FFFFFF',
  'tlp:white': '#FFFFFF',
};

function colourOf(name: string): string {
  const lower = name.toLowerCase();
  if (COLOURS[lower]) return COLOURS[lower];
  if (lower.startsWith('pap:')) return '#0C5ABF';
  return '#7F7F7F';
}
