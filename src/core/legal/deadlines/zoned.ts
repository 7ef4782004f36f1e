/**
 * Wall-clock arithmetic in a named IANA time zone, using only Intl (pure): a State's day starts
 * and ends at its own midnight, whatever the server's zone.
 */
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const displayFormatters = new Map<string, Intl.DateTimeFormat>();

const BASE_FIELDS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
};

/** Formatters are costly to build and used on every fold: one per zone and purpose. */
function cachedFormatter(
  cache: Map<string, Intl.DateTimeFormat>,
  tz: string,
  extra: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let f = cache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, ...BASE_FIELDS, ...extra });
    cache.set(tz, f);
  }
  return f;
}

function partsFormatter(tz: string): Intl.DateTimeFormat {
  return cachedFormatter(partsFormatters, tz, { second: '2-digit', weekday: 'short' });
}

export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
}

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local calendar fields of an instant in `tz`. */
export function localParts(ms: number, tz: string): LocalParts {
  const out: Record<string, string> = {};
  for (const p of partsFormatter(tz).formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    year: Number(out['year']),
    month: Number(out['month']),
    day: Number(out['day']),
    hour: Number(out['hour']),
    minute: Number(out['minute']),
    second: Number(out['second']),
    weekday: WEEKDAY[out['weekday'] ?? 'Mon'] ?? 1,
  };
}

/** Offset of `tz` from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetMs(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock in `tz` shows the given local time (DST gaps move forward). */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  tz: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  let ms = guess - offsetMs(guess, tz);
  // A second pass settles instants next to an offset change.
  ms = guess - offsetMs(ms, tz);
  return ms;
}

/** ISO date (YYYY-MM-DD) of the local day an instant falls on in `tz`. */
export function localDate(ms: number, tz: string): string {
  const p = localParts(ms, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

// Deadlines are re-rendered on every fold but rarely change: remember recent renderings.
const rendered = new Map<string, string>();

/** Human-readable local time, e.g. `2026-03-05 23:59 Europe/Vienna (GMT+01:00)`. */
export function formatLocal(iso: string, tz: string): string {
  const key = `${iso}|${tz}`;
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const text = renderLocal(iso, tz);
  if (rendered.size >= 4096) rendered.clear();
  rendered.set(key, text);
  return text;
}

function renderLocal(iso: string, tz: string): string {
  const f = cachedFormatter(displayFormatters, tz, { timeZoneName: 'longOffset' });
  const o: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(iso))) o[p.type] = p.value;
  return `${o['year']}-${o['month']}-${o['day']} ${o['hour']}:${o['minute']} ${tz} (${o['timeZoneName']})`;
}
