/**
 * STIX timestamps: RFC 3339 in UTC with a `Z` suffix and optional fractional seconds. The
 * calendar is checked (2021-02-30 is refused) because `Date.parse` silently rolls it over.
 */

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is a valid STIX timestamp (a leap second `:60` is allowed, as RFC 3339 does). */
export function isStixTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP_RE.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}

/**
 * Orders two valid timestamps: negative, zero or positive. Compared as text with the
 * fraction padded, so precision beyond milliseconds (which `Date` drops) still counts.
 */
export function compareTimestamps(a: string, b: string): number {
  const [aWhole, aFraction] = splitFraction(a);
  const [bWhole, bFraction] = splitFraction(b);
  if (aWhole !== bWhole) return aWhole < bWhole ? -1 : 1;
  const width = Math.max(aFraction.length, bFraction.length);
  const x = aFraction.padEnd(width, '0');
  const y = bFraction.padEnd(width, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

function splitFraction(timestamp: string): [string, string] {
  const body = timestamp.slice(0, -1);
  const dot = body.indexOf('.');
  return dot < 0 ? [body, ''] : [body.slice(0, dot), body.slice(dot + 1)];
}
