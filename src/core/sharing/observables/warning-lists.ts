/**
 * Values that look like indicators but are not evidence of anything: private and special-use
 * addresses, documentation prefixes, reserved names and the hashes of empty content. A match
 * is a warning to the analyst (and a reason not to correlate), never a rejection. Prefixes are
 * compared as integers, so a block matches only when it lies wholly inside a listed range.
 */
import { networkOf, parseIpv4, parseIpv6 } from './ip-address.js';
import type { ObservableKey } from './normalise.js';
import { hostOf } from './url.js';

interface Range {
  network: bigint;
  prefix: number;
  name: string;
}

function ranges(bits: 32 | 128, table: ReadonlyArray<[string, string]>): Range[] {
  return table
    .map(([cidr, name]) => {
      const [address, prefix] = cidr.split('/') as [string, string];
      const value = bits === 32 ? BigInt(parseIpv4(address)!) : parseIpv6(address)!;
      return { network: value, prefix: Number(prefix), name };
    })
    .sort((a, b) => b.prefix - a.prefix); // most specific first: 0.0.0.0/32 before 0.0.0.0/8
}

const IPV4_RANGES = ranges(32, [
  ['0.0.0.0/32', 'unspecified address'],
  ['0.0.0.0/8', '"this network" range (RFC 1122)'],
  ['10.0.0.0/8', 'RFC 1918 private range'],
  ['100.64.0.0/10', 'RFC 6598 shared address space (carrier-grade NAT)'],
  ['127.0.0.0/8', 'loopback range (RFC 1122)'],
  ['169.254.0.0/16', 'link-local range (RFC 3927)'],
  ['172.16.0.0/12', 'RFC 1918 private range'],
  ['192.0.0.0/24', 'IETF protocol assignments (RFC 6890)'],
  ['192.0.2.0/24', 'documentation prefix (RFC 5737)'],
  ['192.168.0.0/16', 'RFC 1918 private range'],
  ['198.18.0.0/15', 'benchmarking range (RFC 2544)'],
  ['198.51.100.0/24', 'documentation prefix (RFC 5737)'],
  ['203.0.113.0/24', 'documentation prefix (RFC 5737)'],
  ['224.0.0.0/4', 'multicast range (RFC 5771)'],
  ['240.0.0.0/4', 'reserved range (RFC 1112)'],
  ['255.255.255.255/32', 'limited broadcast address (RFC 919)'],
]);

const IPV6_RANGES = ranges(128, [
  ['::/128', 'unspecified address (RFC 4291)'],
  ['::1/128', 'loopback address (RFC 4291)'],
  ['100::/64', 'discard-only prefix (RFC 6666)'],
  ['2001:db8::/32', 'RFC 3849 documentation prefix'],
  ['3fff::/20', 'documentation prefix (RFC 9637)'],
  ['fc00::/7', 'unique local address range (RFC 4193)'],
  ['fe80::/10', 'link-local range (RFC 4291)'],
  ['ff00::/8', 'multicast range (RFC 4291)'],
]);

const MAPPED_V4 = { network: 0xffffn << 32n, prefix: 96 };

/** Hashes of zero bytes of input: a file of that hash is empty, whatever it was called. */
const EMPTY_CONTENT: Readonly<Record<string, string>> = {
  d41d8cd98f00b204e9800998ecf8427e: 'MD5',
  da39a3ee5e6b4b0d3255bfef95601890afd80709: 'SHA-1',
  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855: 'SHA-256',
  cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e:
    'SHA-512',
  a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a: 'SHA3-256',
  a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26:
    'SHA3-512',
  '3::': 'ssdeep',
};

const RESERVED_TLDS: Readonly<Record<string, string>> = {
  test: 'reserved TLD .test (RFC 2606, RFC 6761)',
  example: 'reserved TLD .example (RFC 2606, RFC 6761)',
  invalid: 'reserved TLD .invalid (RFC 2606, RFC 6761)',
  localhost: 'reserved name .localhost (RFC 2606, RFC 6761)',
  local: 'multicast DNS name .local (RFC 6762)',
};

const EXAMPLE_DOMAINS = ['example.com', 'example.net', 'example.org'];

/** The warning list `key` falls in, as a sentence naming the list; undefined when none. */
export function warningFor(key: ObservableKey): string | undefined {
  switch (key.kind) {
    case 'ipv4':
    case 'ipv6':
      return addressWarning(key.value, key.kind);
    case 'domain':
      return domainWarning(key.value);
    case 'email':
      return domainWarning(key.value.slice(key.value.lastIndexOf('@') + 1));
    case 'url': {
      const host = hostOf(key.value);
      if (host === undefined) return undefined;
      if (parseIpv4(host) !== undefined) return addressWarning(host, 'ipv4');
      if (host.includes(':')) return addressWarning(host, 'ipv6');
      return domainWarning(host);
    }
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
    case 'sha3-256':
    case 'sha3-512':
    case 'ssdeep': {
      const algorithm = EMPTY_CONTENT[key.value];
      return algorithm ? `${algorithm} hash of empty content` : undefined;
    }
    default:
      return undefined;
  }
}

function addressWarning(text: string, kind: 'ipv4' | 'ipv6'): string | undefined {
  const [address, prefixText] = text.split('/') as [string, string | undefined];
  const bits = kind === 'ipv4' ? 32 : 128;
  const value = kind === 'ipv4' ? parseIpv4(address) : parseIpv6(address);
  if (value === undefined) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  const big = BigInt(value);
  if (
    kind === 'ipv6' &&
    prefix >= MAPPED_V4.prefix &&
    networkOf(big, MAPPED_V4.prefix, 128) === MAPPED_V4.network
  ) {
    const inner = matchRange(IPV4_RANGES, big & 0xffffffffn, prefix - 96, 32);
    return inner ? `IPv4-mapped address in the ${inner}` : undefined;
  }
  const name = matchRange(kind === 'ipv4' ? IPV4_RANGES : IPV6_RANGES, big, prefix, bits);
  return name ? `${text} is in the ${name}` : undefined;
}

function matchRange(
  table: readonly Range[],
  value: bigint,
  prefix: number,
  bits: 32 | 128,
): string | undefined {
  return table.find(
    (range) => prefix >= range.prefix && networkOf(value, range.prefix, bits) === range.network,
  )?.name;
}

function domainWarning(domain: string): string | undefined {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1]!;
  if (RESERVED_TLDS[tld]) return `${domain} is under the ${RESERVED_TLDS[tld]}`;
  if (domain === 'home.arpa' || domain.endsWith('.home.arpa'))
    return `${domain} is under home.arpa (RFC 8375), for home networks`;
  const example = EXAMPLE_DOMAINS.find((d) => domain === d || domain.endsWith(`.${d}`));
  return example ? `${domain} is a reserved example domain (RFC 2606)` : undefined;
}
