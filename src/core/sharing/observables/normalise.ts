/**
 * Correlation keys: the same thing written two ways yields one `{ kind, value }`. Each kind's
 * canonical form is documented where it is computed; every normaliser is idempotent.
 */
import { normaliseDomain } from './domain-name.js';
import { formatIpv4, formatIpv6, networkOf, parseIpv4, parseIpv6 } from './ip-address.js';
import { normaliseUrl } from './url.js';

export const OBSERVABLE_KINDS = [
  'ipv4',
  'ipv6',
  'domain',
  'url',
  'email',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'sha3-256',
  'sha3-512',
  'ssdeep',
  'tlsh',
  'user-account',
  'mac',
  'asn',
  'mutex',
  'filename',
  'registry-key',
  'x509-serial',
] as const;

export type ObservableKind = (typeof OBSERVABLE_KINDS)[number];

export interface ObservableKey {
  kind: ObservableKind;
  value: string;
}

type Result = string | { error: string };

/** Hex digits of each fixed-length hash. */
export const HASH_LENGTHS = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha512: 128,
  'sha3-256': 64,
  'sha3-512': 128,
} as const;

const REGISTRY_HIVES: Readonly<Record<string, string>> = {
  hklm: 'hkey_local_machine',
  hkcu: 'hkey_current_user',
  hkcr: 'hkey_classes_root',
  hku: 'hkey_users',
  hkcc: 'hkey_current_config',
};

const NORMALISERS: Readonly<Record<ObservableKind, (raw: string) => Result>> = {
  ipv4: (raw) => normaliseCidr(raw, 32),
  ipv6: (raw) => normaliseCidr(raw, 128),
  domain: normaliseDomain,
  url: normaliseUrl,
  email: normaliseEmail,
  md5: (raw) => normaliseHash(raw, 'md5'),
  sha1: (raw) => normaliseHash(raw, 'sha1'),
  sha256: (raw) => normaliseHash(raw, 'sha256'),
  sha512: (raw) => normaliseHash(raw, 'sha512'),
  'sha3-256': (raw) => normaliseHash(raw, 'sha3-256'),
  'sha3-512': (raw) => normaliseHash(raw, 'sha3-512'),
  // ssdeep digests are base64 text: case matters, so only surrounding space is removed.
  ssdeep: (raw) =>
    /^\d+:[A-Za-z0-9/+]*:[A-Za-z0-9/+]*$/.test(raw.trim()) ? raw.trim() : { error: 'not an ssdeep digest' },
  // TLSH: hex, optionally versioned with a `T1` prefix, which is kept upper case.
  tlsh: (raw) => {
    const m = /^(t1)?([0-9a-f]{70})$/i.exec(raw.trim());
    return m ? `${m[1] ? 'T1' : ''}${m[2]!.toLowerCase()}` : { error: 'not a TLSH digest' };
  },
  // Account names are compared exactly: whether case matters depends on the system.
  'user-account': (raw) => (raw === '' ? { error: 'empty account name' } : raw),
  mac: normaliseMac,
  asn: normaliseAsn,
  // Windows object names are case-sensitive, and file names may be on some systems: exact.
  mutex: (raw) => (raw === '' ? { error: 'empty mutex name' } : raw),
  filename: (raw) => (raw === '' ? { error: 'empty file name' } : raw),
  'registry-key': normaliseRegistryKey,
  'x509-serial': normaliseSerial,
};

/** The correlation key for `raw` read as `kind`, or why it is not one. */
export function normaliseObservable(kind: ObservableKind, raw: string): ObservableKey | { error: string } {
  const normalise = NORMALISERS[kind];
  if (!normalise) return { error: `unknown observable kind '${kind}'` };
  const value = normalise(raw);
  return typeof value === 'string' ? { kind, value } : value;
}

/** An address or a CIDR block: host bits zeroed, and a full-length prefix dropped (`/32` is the address). */
function normaliseCidr(raw: string, bits: 32 | 128): Result {
  const text = raw.trim();
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? String(bits) : text.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
    return { error: `invalid prefix length '/${prefixText}'` };
  }
  const prefix = Number(prefixText);
  const parsed = bits === 32 ? parseIpv4(address) : parseIpv6(address);
  if (parsed === undefined) {
    return {
      error:
        bits === 32
          ? `'${address}' is not a dotted-quad IPv4 address (leading zeros are refused)`
          : `'${address}' is not an IPv6 address`,
    };
  }
  const network = networkOf(BigInt(parsed), prefix, bits);
  const formatted = bits === 32 ? formatIpv4(Number(network)) : formatIpv6(network);
  return prefix === bits ? formatted : `${formatted}/${prefix}`;
}

/**
 * `local@domain` with the domain as a domain key and the local part lower-cased: RFC 5321
 * lets a server treat case as significant, but none of the large providers do, and a missed
 * match costs more in correlation than a false one. Dots and `+tags` are kept.
 */
function normaliseEmail(raw: string): Result {
  const text = raw.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return { error: `'${raw}' is not an e-mail address` };
  const local = text.slice(0, at);
  if (local.length > 64 || /[\s<>]/.test(local)) return { error: `'${raw}' has an invalid local part` };
  const domain = normaliseDomain(text.slice(at + 1));
  return typeof domain === 'string' ? `${local.toLowerCase()}@${domain}` : domain;
}

function normaliseHash(raw: string, kind: keyof typeof HASH_LENGTHS): Result {
  const hex = raw.trim().toLowerCase();
  const length = HASH_LENGTHS[kind];
  if (!/^[0-9a-f]*$/.test(hex)) return { error: `${kind} must be hexadecimal` };
  return hex.length === length ? hex : { error: `${kind} must have ${length} hex digits, not ${hex.length}` };
}

/** Colon, hyphen, Cisco dotted or bare forms → `aa:bb:cc:dd:ee:ff`. */
function normaliseMac(raw: string): Result {
  const text = raw.trim().toLowerCase();
  const forms = [
    /^([0-9a-f]{2})(?:([:-])[0-9a-f]{2}){5}$/,
    /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/,
    /^[0-9a-f]{12}$/,
  ];
  if (!forms.some((re) => re.test(text))) return { error: `'${raw}' is not a MAC address` };
  const hex = text.replace(/[:.-]/g, '');
  return hex.match(/../g)!.join(':');
}

/** `AS13335`, `as13335`, `13335` and asdot `0.13335` → `AS13335`. */
function normaliseAsn(raw: string): Result {
  const m = /^(?:as)?\s*(\d{1,10})(?:\.(\d{1,5}))?$/i.exec(raw.trim());
  if (!m) return { error: `'${raw}' is not an AS number` };
  const value = m[2] === undefined ? Number(m[1]) : Number(m[1]) * 65536 + Number(m[2]);
  const valid = m[2] === undefined ? value <= 4294967295 : Number(m[1]) <= 65535 && Number(m[2]) <= 65535;
  return valid ? `AS${value}` : { error: `AS number '${raw}' is out of range` };
}

/**
 * Registry keys are case-insensitive in Windows: lower case, hive abbreviations written out
 * (`HKLM` → `hkey_local_machine`), repeated and trailing backslashes removed.
 */
function normaliseRegistryKey(raw: string): Result {
  const parts = raw
    .trim()
    .toLowerCase()
    .split('\\')
    .filter((part) => part !== '');
  if (parts.length === 0) return { error: 'empty registry key' };
  parts[0] = REGISTRY_HIVES[parts[0]!] ?? parts[0]!;
  return parts.join('\\');
}

/** Certificate serials: hex without separators, `0x` or leading zeros, lower case. */
function normaliseSerial(raw: string): Result {
  const hex = raw
    .trim()
    .toLowerCase()
    .replace(/^0x/, '')
    .replace(/[:\s-]/g, '');
  if (!/^[0-9a-f]+$/.test(hex)) return { error: `'${raw}' is not a hexadecimal serial number` };
  return hex.replace(/^0+(?=.)/, '');
}

export { guessObservable } from './guess.js';
