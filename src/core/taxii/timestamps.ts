/**
 * TAXII timestamps (TAXII 2.1 §2): RFC 3339 in UTC with a `Z` and exactly six fractional
 * digits. The node stores instants as ISO text with milliseconds (`Date#toISOString`) and STIX
 * versions with nine digits; these convert between them without losing the order.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** An instant as TAXII writes it: `YYYY-MM-DDTHH:MM:SS.ssssssZ`. */
export function taxiiTimestamp(iso: string): string {
  // The node's own instants (`Date#toISOString`): three digits, padded without a regular expression.
  if (iso.length === 24 && iso[19] === '.' && iso[23] === 'Z') return `${iso.slice(0, 23)}000Z`;
  const match = RFC3339.exec(iso);
  if (!match) throw new RangeError(`not an RFC 3339 UTC instant: ${iso}`);
  const fraction = (match[7] ?? '').padEnd(6, '0').slice(0, 6);
  return `${iso.slice(0, 19)}.${fraction}Z`;
}

export interface ParsedInstant {
  /** The instant in microseconds since the epoch (exact for TAXII's six digits). */
  readonly micros: bigint;
  /** The same instant written with nine fractional digits, as STIX versions are stored. */
  readonly nine: string;
}

/** Parses a timestamp a client sent; undefined when it is not an RFC 3339 UTC instant on the calendar. */
export function parseTimestamp(text: string): ParsedInstant | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  const nineDigits = (match[7] ?? '').padEnd(9, '0');
  const micros = BigInt(ms) * 1000n + BigInt(nineDigits.slice(0, 6));
  return { micros, nine: `${text.slice(0, 19)}.${nineDigits}Z` };
}

/**
 * The largest stored (millisecond) instant that is not after `instant`, as ISO text: "added
 * strictly after T" holds for a stored time d exactly when d > this value, since d is a whole
 * number of milliseconds.
 */
export function millisecondFloor(instant: ParsedInstant): string {
  return new Date(Number(instant.micros / 1000n)).toISOString();
}

/**
 * TAXII's version of an object (§3.4.1): its `modified`, else `created`, as a TAXII timestamp;
 * undefined when it has neither (a cyber observable) or they are not timestamps.
 */
export function taxiiVersion(object: unknown): string | undefined {
  if (object === null || typeof object !== 'object') return undefined;
  const { modified, created } = object as Record<string, unknown>;
  const stamp = typeof modified === 'string' ? modified : created;
  return typeof stamp === 'string' && RFC3339.test(stamp) ? taxiiTimestamp(stamp) : undefined;
}
