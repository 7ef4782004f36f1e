/**
 * MISP attribute types and what each is in STIX 2.1: the observable it names (for a STIX
 * pattern when the attribute is for detection, `to_ids`, and for a cyber observable when it is
 * not), or the domain object it is (a vulnerability, a campaign), or nothing — text, comments
 * and types without an equivalent become notes, so no attribute is ever lost on the way.
 * Composite types (`ip-dst|port`, `filename|sha256`) name the observable of their first part;
 * the attribute itself travels whole beside it (see event-to-stix.ts).
 */

export type Observable =
  | {
      readonly sco: 'ipv4-addr' | 'ipv6-addr' | 'domain-name' | 'url' | 'email-addr' | 'mac-addr';
      readonly path: 'value';
    }
  | { readonly sco: 'file'; readonly path: 'name' | `hashes.'${string}'` }
  | { readonly sco: 'autonomous-system'; readonly path: 'number' }
  | { readonly sco: 'mutex'; readonly path: 'name' }
  | { readonly sco: 'windows-registry-key'; readonly path: 'key' }
  | { readonly sco: 'email-message'; readonly path: 'subject' };

const HASHES: Record<string, string> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha224: 'SHA-224',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  'sha3-256': 'SHA3-256',
  'sha3-512': 'SHA3-512',
  ssdeep: 'SSDEEP',
  tlsh: 'TLSH',
};

/** The observable an attribute of this type names, given its (first) value; undefined when none. */
export function observableOf(type: string, value: string): Observable | undefined {
  const base = type.split('|')[0]!;
  switch (base) {
    case 'ip-src':
    case 'ip-dst':
      return { sco: value.includes(':') ? 'ipv6-addr' : 'ipv4-addr', path: 'value' };
    case 'domain':
    case 'hostname':
      return { sco: 'domain-name', path: 'value' };
    case 'url':
    case 'uri':
    case 'link':
      return { sco: 'url', path: 'value' };
    case 'email':
    case 'email-src':
    case 'email-dst':
      return { sco: 'email-addr', path: 'value' };
    case 'email-subject':
      return { sco: 'email-message', path: 'subject' };
    case 'mac-address':
      return { sco: 'mac-addr', path: 'value' };
    case 'AS':
      return { sco: 'autonomous-system', path: 'number' };
    case 'mutex':
      return { sco: 'mutex', path: 'name' };
    case 'regkey':
      return { sco: 'windows-registry-key', path: 'key' };
    case 'filename':
      return type.includes('|') ? hashOf(type.split('|')[1]!) : { sco: 'file', path: 'name' };
    default:
      return hashOf(base);
  }
}

function hashOf(type: string): Observable | undefined {
  const algorithm = HASHES[type];
  return algorithm ? { sco: 'file', path: `hashes.'${algorithm}'` } : undefined;
}

/** The value the observable is compared with: the part of a composite value that names it. */
export function observedValue(type: string, value: string): string {
  if (!type.includes('|')) return value;
  const [first, second] = value.split('|');
  // `filename|sha256` names the file by its hash; `ip-dst|port`, `domain|ip` by their first part.
  return type.startsWith('filename|') ? (second ?? value) : (first ?? value);
}

/** Domain objects that some attribute types are. */
export const DOMAIN_OBJECTS: Readonly<Record<string, 'vulnerability' | 'campaign' | 'threat-actor'>> = {
  vulnerability: 'vulnerability',
  'campaign-name': 'campaign',
  'threat-actor': 'threat-actor',
};

/** Types whose value is prose, a number or a reference, not an observable: kept as notes. */
export const TEXT_TYPES = new Set([
  'text',
  'comment',
  'other',
  'hex',
  'datetime',
  'counter',
  'port',
  'float',
]);
