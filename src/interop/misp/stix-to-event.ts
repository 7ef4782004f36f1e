/**
 * STIX 2.1 objects back as a MISP event. What came from MISP (`x_misp_attribute`,
 * `x_misp_event`) goes back exactly as it came: value, type, category, to_ids, comment, tags,
 * and the MISP object each attribute belonged to. Comity's own objects are written the way a
 * MISP analyst would have entered them: an indicator testing one observable as an attribute
 * for detection, a cyber observable as one that is not. Anything else is listed as left out,
 * with the reason.
 */
import { papOfStandardId } from '../../core/sharing/markings/pap.js';
import { tlpOfStandardId } from '../../core/sharing/markings/tlp.js';
import type { StixObject } from '../../core/sharing/stix/validate.js';
import type { MispAttribute, MispAttributeRecord, MispEvent, MispObject } from './misp-event.js';

export interface EventExport {
  readonly event: MispEvent;
  readonly leftOut: ReadonlyArray<{ readonly id: string; readonly reason: string }>;
}

interface EventDefaults {
  readonly uuid: string;
  readonly info: string;
  readonly date: string;
}

export function stixToMispEvent(objects: readonly StixObject[], defaults: EventDefaults): EventExport {
  const report = objects.find((o) => o.type === 'report' && o.x_misp_event !== undefined);
  const anyReport = report ?? objects.find((o) => o.type === 'report');
  const origin = (report?.x_misp_event ?? {}) as Partial<MispEvent> & { tags?: string[] };
  const attributes: MispAttribute[] = [];
  const grouped = new Map<string, { object: MispObject; attributes: MispAttribute[] }>();
  const leftOut: Array<{ id: string; reason: string }> = [];
  for (const o of objects) {
    if (o.type === 'report' || o.type === 'marking-definition') continue;
    // A galaxy cluster goes back in the event's Galaxy list, which the report kept whole.
    if (o.x_misp_galaxy_cluster !== undefined && origin.Galaxy) continue;
    const record = o.x_misp_attribute as MispAttributeRecord | undefined;
    const attribute = record ? fromRecord(record) : fromNative(o);
    if (!attribute) {
      leftOut.push({ id: o.id, reason: `a ${o.type} has no MISP attribute equivalent` });
      continue;
    }
    if (record?.object) {
      const key = record.object.uuid;
      const group = grouped.get(key) ?? {
        object: {
          uuid: record.object.uuid,
          name: record.object.name,
          ...(record.object.meta_category ? { 'meta-category': record.object.meta_category } : {}),
          ...(record.object.template_uuid ? { template_uuid: record.object.template_uuid } : {}),
          ...(record.object.template_version ? { template_version: record.object.template_version } : {}),
          ...(record.object.comment ? { comment: record.object.comment } : {}),
        },
        attributes: [],
      };
      group.attributes.push(attribute);
      grouped.set(key, group);
    } else attributes.push(attribute);
  }
  const event: MispEvent = {
    uuid: origin.uuid ?? defaults.uuid,
    info: origin.info ?? defaults.info,
    date: origin.date ?? defaults.date,
    ...(origin.threat_level_id !== undefined ? { threat_level_id: origin.threat_level_id } : {}),
    ...(origin.analysis !== undefined ? { analysis: origin.analysis } : {}),
    ...(origin.distribution !== undefined ? { distribution: origin.distribution } : {}),
    ...(origin.timestamp !== undefined ? { timestamp: origin.timestamp } : {}),
    published: origin.published === true,
    ...(origin.Orgc ? { Orgc: origin.Orgc } : {}),
    // A report made in Comity has no MISP tags: its markings become them.
    Tag: (origin.tags ?? (anyReport ? markingTags(anyReport) : [])).map((name) => ({ name })),
    ...(origin.Galaxy ? { Galaxy: origin.Galaxy } : {}),
    Attribute: attributes,
    Object: [...grouped.values()].map((g) => ({ ...g.object, Attribute: g.attributes })),
  };
  return { event, leftOut };
}

/** The MISP attribute one STIX object stands for, if it stands for one. */
export function attributeFromStix(o: StixObject): MispAttribute | undefined {
  if (o.type === 'report' || o.type === 'marking-definition' || o.x_misp_galaxy_cluster !== undefined)
    return undefined;
  const record = o.x_misp_attribute as MispAttributeRecord | undefined;
  return record ? fromRecord(record) : fromNative(o);
}

function fromRecord(record: MispAttributeRecord): MispAttribute {
  return {
    uuid: record.uuid,
    type: record.type,
    category: record.category,
    value: record.value,
    to_ids: record.to_ids,
    ...(record.comment ? { comment: record.comment } : {}),
    ...(record.timestamp ? { timestamp: record.timestamp } : {}),
    ...(record.distribution !== undefined ? { distribution: record.distribution } : {}),
    ...(record.object_relation ? { object_relation: record.object_relation } : {}),
    Tag: record.tags.map((name) => ({ name })),
  };
}

/** The TLP and PAP tags MISP writes for an object's markings (for objects made in Comity). */
export function markingTags(o: StixObject): string[] {
  const refs = Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]) : [];
  return refs.flatMap((ref) => {
    const tlp = tlpOfStandardId(ref);
    if (tlp) return [`tlp:${tlp}`];
    const pap = papOfStandardId(ref);
    return pap ? [`PAP:${pap.toUpperCase()}`] : [];
  });
}

/** MISP attribute types for what a single STIX comparison or observable names. */
const BY_PATH: ReadonlyArray<[RegExp, string, string]> = [
  [/^ipv4-addr:value$|^ipv6-addr:value$/, 'ip-dst', 'Network activity'],
  [/^domain-name:value$/, 'domain', 'Network activity'],
  [/^url:value$/, 'url', 'Network activity'],
  [/^email-addr:value$/, 'email-src', 'Payload delivery'],
  [/^file:hashes\.'?MD5'?$/, 'md5', 'Payload delivery'],
  [/^file:hashes\.'?SHA-1'?$/, 'sha1', 'Payload delivery'],
  [/^file:hashes\.'?SHA-256'?$/, 'sha256', 'Payload delivery'],
  [/^file:hashes\.'?SHA-512'?$/, 'sha512', 'Payload delivery'],
  [/^file:name$/, 'filename', 'Payload delivery'],
];

function fromNative(o: StixObject): MispAttribute | undefined {
  const uuid = o.id.split('--')[1]!;
  if (o.type === 'indicator' && typeof o.pattern === 'string') {
    const single = /^\[\s*([a-z0-9-]+:[A-Za-z0-9_.'-]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$/.exec(o.pattern);
    if (!single) return undefined;
    const kind = BY_PATH.find(([path]) => path.test(single[1]!));
    if (!kind) return undefined;
    return {
      uuid,
      type: kind[1],
      category: kind[2],
      value: single[2]!.replace(/\\(.)/g, '$1'),
      to_ids: true,
      ...(typeof o.description === 'string' ? { comment: o.description } : {}),
      Tag: markingTags(o).map((name) => ({ name })),
    };
  }
  const value = typeof o.value === 'string' ? o.value : undefined;
  const path = o.type === 'file' ? undefined : `${o.type}:value`;
  const kind = path && value ? BY_PATH.find(([p]) => p.test(path)) : undefined;
  const Tag = markingTags(o).map((name) => ({ name }));
  if (kind && value) return { uuid, type: kind[1], category: kind[2], value, to_ids: false, Tag };
  if (o.type === 'file' && o.hashes && typeof o.hashes === 'object') {
    const [algorithm, hash] = Object.entries(o.hashes as Record<string, string>)[0] ?? [];
    const found = algorithm ? BY_PATH.find(([p]) => p.test(`file:hashes.'${algorithm}'`)) : undefined;
    if (found && hash) return { uuid, type: found[1], category: found[2], value: hash, to_ids: false, Tag };
  }
  return undefined;
}
