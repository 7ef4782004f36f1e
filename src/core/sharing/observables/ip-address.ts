/**
 * IPv4 and IPv6 addresses as integers, and their canonical text. Integers make prefix
 * matching exact (no string tricks) and make every spelling of one address print the same.
 */

/** Strict dotted-quad: four decimal octets 0–255 without leading zeros (see below). */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    // "010" is 8 to inet_aton (octal) but 10 to most parsers: refuse rather than guess.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Parses any RFC 4291 text form, including `::` and a trailing dotted IPv4 part. */
export function parseIpv6(text: string): bigint | undefined {
  if (text.length > 45 || text.includes('%')) return undefined;
  const halves = text.toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}

/** The 16-bit groups of one side of `::`; a dotted IPv4 address may only end the text. */
function groupsOf(side: string): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (/^[0-9a-f]{1,4}$/.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

const MAPPED_PREFIX = 0xffffn << 32n; // ::ffff:0:0/96
const NAT64_PREFIX = 0x64ff9bn << 96n; // 64:ff9b::/96 (RFC 6052)

/**
 * RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups
 * shortened to `::` (the first one on a tie), and dotted IPv4 for IPv4-mapped and NAT64
 * well-known-prefix addresses, as section 5 recommends.
 */
export function formatIpv6(value: bigint): string {
  const low32 = Number(value & 0xffffffffn);
  if (value >> 32n === MAPPED_PREFIX >> 32n) return `::ffff:${formatIpv4(low32)}`;
  if (value >> 32n === NAT64_PREFIX >> 32n) return `64:ff9b::${formatIpv4(low32)}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The network part of `value` for a prefix of `prefix` bits out of `bits`. */
export function networkOf(value: bigint, prefix: number, bits: 32 | 128): bigint {
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}
