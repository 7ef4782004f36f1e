/**
 * The correlation keys an object carries: the values of cyber-observable objects, and the
 * values an indicator's STIX pattern tests for equality (`=` and `IN`, never negated).
 * Values that do not normalise are skipped; the result is deduplicated.
 */
import { parsePattern } from '../stix/pattern.js';
import type { StixObject } from '../stix/validate.js';
import { normaliseObservable, type ObservableKey, type ObservableKind } from './normalise.js';

/** STIX hash algorithm names (hashing-algorithm-ov), matched case-insensitively. */
const HASH_KINDS: Readonly<Record<string, ObservableKind>> = {
  md5: 'md5',
  'sha-1': 'sha1',
  sha1: 'sha1',
  'sha-256': 'sha256',
  sha256: 'sha256',
  'sha-512': 'sha512',
  sha512: 'sha512',
  'sha3-256': 'sha3-256',
  'sha3-512': 'sha3-512',
  ssdeep: 'ssdeep',
  tlsh: 'tlsh',
};

/** Which property of which observable type holds which kind of key. */
const SCO_PROPERTIES: Readonly<Record<string, ReadonlyArray<[string, ObservableKind]>>> = {
  'ipv4-addr': [['value', 'ipv4']],
  'ipv6-addr': [['value', 'ipv6']],
  'domain-name': [['value', 'domain']],
  url: [['value', 'url']],
  'email-addr': [['value', 'email']],
  'mac-addr': [['value', 'mac']],
  'autonomous-system': [['number', 'asn']],
  mutex: [['name', 'mutex']],
  file: [['name', 'filename']],
  'windows-registry-key': [['key', 'registry-key']],
  'x509-certificate': [['serial_number', 'x509-serial']],
  'user-account': [
    ['user_id', 'user-account'],
    ['account_login', 'user-account'],
  ],
};

/** Object types whose `hashes` dictionary holds file-content hashes. */
const HASHED_TYPES = new Set(['file', 'artifact', 'x509-certificate']);

/** Pattern paths (after `type:`) that hold a key, beyond the SCO properties above. */
const PATTERN_PATHS: Readonly<Record<string, ObservableKind | 'ip'>> = {
  'email-message:from_ref.value': 'email',
  'email-message:sender_ref.value': 'email',
  'email-message:to_refs[*].value': 'email',
  'email-message:cc_refs[*].value': 'email',
  'network-traffic:src_ref.value': 'ip',
  'network-traffic:dst_ref.value': 'ip',
};

export function extractObservables(object: StixObject): ObservableKey[] {
  const found = new Map<string, ObservableKey>();
  const add = (kind: ObservableKind | 'ip', raw: unknown) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const kinds: ObservableKind[] = kind === 'ip' ? ['ipv4', 'ipv6'] : [kind];
    for (const k of kinds) {
      const key = normaliseObservable(k, String(raw));
      if (!('error' in key)) {
        found.set(`${key.kind}\u0000${key.value}`, key);
        return;
      }
    }
  };
  for (const [property, kind] of SCO_PROPERTIES[object.type] ?? []) add(kind, object[property]);
  const hashes = object['hashes'];
  if (HASHED_TYPES.has(object.type) && hashes !== null && typeof hashes === 'object') {
    for (const [algorithm, value] of Object.entries(hashes)) {
      const kind = HASH_KINDS[algorithm.toLowerCase()];
      if (kind) add(kind, value);
    }
  }
  if (
    object.type === 'indicator' &&
    object['pattern_type'] === 'stix' &&
    typeof object['pattern'] === 'string'
  ) {
    const parsed = parsePattern(object['pattern']);
    if (parsed.ok) {
      for (const c of parsed.comparisons) {
        if (c.operator !== '=' && c.operator !== 'IN') continue;
        const kind = patternKind(c.objectType, c.segments);
        if (kind) add(kind, c.value);
      }
    }
  }
  return [...found.values()];
}

function patternKind(
  objectType: string,
  segments: ReadonlyArray<string | number>,
): ObservableKind | 'ip' | undefined {
  if (segments.length === 1) {
    const match = SCO_PROPERTIES[objectType]?.find(([property]) => property === segments[0]);
    if (match) return match[1];
  }
  if (segments.length === 2 && segments[0] === 'hashes' && HASHED_TYPES.has(objectType)) {
    return HASH_KINDS[String(segments[1]).toLowerCase()];
  }
  const path = segments
    .map((s, i) => (typeof s === 'number' || s === '*' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
  return PATTERN_PATHS[`${objectType}:${path}`];
}
