/**
 * Properties each STIX 2.1 type must carry beyond the common ones, and the "at least one of"
 * rules the specification states in prose. Only presence is checked here; value checks live
 * in validate.ts.
 */

type Obj = Record<string, unknown>;

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'attack-pattern': ['name'],
  campaign: ['name'],
  'course-of-action': ['name'],
  grouping: ['context', 'object_refs'],
  identity: ['name'],
  incident: ['name'],
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  infrastructure: ['name'],
  'intrusion-set': ['name'],
  malware: ['is_family'],
  'malware-analysis': ['product'],
  note: ['content', 'object_refs'],
  'observed-data': ['first_observed', 'last_observed', 'number_observed'],
  opinion: ['opinion', 'object_refs'],
  report: ['name', 'published', 'object_refs'],
  'threat-actor': ['name'],
  tool: ['name'],
  vulnerability: ['name'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  sighting: ['sighting_of_ref'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['is_multipart'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': ['protocols'],
  software: ['name'],
  url: ['value'],
  'language-content': ['object_ref', 'contents'],
  'extension-definition': ['created_by_ref', 'name', 'schema', 'version', 'extension_types'],
};

/** Rules the specification gives as "at least one of" or "if … then …". */
const ALTERNATIVES: Readonly<Record<string, (o: Obj) => string | undefined>> = {
  location: (o) =>
    has(o, 'region') || has(o, 'country') || (has(o, 'latitude') && has(o, 'longitude'))
      ? undefined
      : 'location needs region, country, or latitude and longitude',
  malware: (o) => (o['is_family'] === true && !has(o, 'name') ? 'a malware family needs a name' : undefined),
  'malware-analysis': (o) =>
    has(o, 'result') || has(o, 'analysis_sco_refs')
      ? undefined
      : 'malware-analysis needs result or analysis_sco_refs',
  'observed-data': (o) =>
    has(o, 'object_refs') || has(o, 'objects') ? undefined : 'observed-data needs object_refs',
  file: (o) => (has(o, 'hashes') || has(o, 'name') ? undefined : 'file needs hashes or name'),
  artifact: (o) =>
    has(o, 'payload_bin') && has(o, 'url') ? 'artifact must not carry both payload_bin and url' : undefined,
  'network-traffic': (o) =>
    has(o, 'src_ref') || has(o, 'dst_ref') ? undefined : 'network-traffic needs src_ref or dst_ref',
  'marking-definition': (o) =>
    (has(o, 'definition_type') && has(o, 'definition')) || has(o, 'extensions')
      ? undefined
      : 'marking-definition needs definition_type and definition, or extensions',
};

function has(o: Obj, key: string): boolean {
  return o[key] !== undefined && o[key] !== null;
}

/** The first missing requirement for the object's type, as `{ reason, path }`. */
export function missingRequirement(object: Obj): { reason: string; path: string } | undefined {
  const type = String(object['type']);
  for (const key of REQUIRED[type] ?? []) {
    if (!has(object, key)) return { reason: `${type} requires ${key}`, path: `/${key}` };
  }
  const reason = ALTERNATIVES[type]?.(object);
  return reason ? { reason, path: '' } : undefined;
}

/** Properties that hold timestamps wherever they appear at the top level of an object. */
export const TIMESTAMP_PROPERTIES = [
  'created',
  'modified',
  'valid_from',
  'valid_until',
  'first_seen',
  'last_seen',
  'first_observed',
  'last_observed',
  'published',
  'start_time',
  'stop_time',
  'analysis_started',
  'analysis_ended',
  'submitted',
  'ctime',
  'mtime',
  'atime',
  'date',
  'start',
  'end',
  'created_time',
  'modified_time',
  'account_created',
  'account_expires',
  'credential_last_changed',
  'account_first_login',
  'account_last_login',
  'validity_not_before',
  'validity_not_after',
] as const;

/** Pairs that must be ordered: the second may not come before (or, when strict, equal) the first. */
export const ORDERED_TIMESTAMPS: ReadonlyArray<{ first: string; second: string; strict: boolean }> = [
  { first: 'created', second: 'modified', strict: false },
  { first: 'valid_from', second: 'valid_until', strict: true },
  { first: 'first_seen', second: 'last_seen', strict: false },
  { first: 'first_observed', second: 'last_observed', strict: false },
  { first: 'start_time', second: 'stop_time', strict: false },
];
