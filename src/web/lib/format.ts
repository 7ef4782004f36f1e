/**
 * Dates, times and durations as each locale writes them, with the Intl APIs: an instant shown
 * in a given time zone (the officer's own, the requesting authority's), the time left before a
 * deadline, a count. Pure: the console's components and the tests share it.
 */

// Building an Intl formatter costs far more than using one (locale data, time-zone rules), and
// a scrolling desk formats hundreds of instants a second: each kind is built once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const known = dateFormats.get(key);
  if (known) return known;
  const format = new Intl.DateTimeFormat(locale, options);
  dateFormats.set(key, format);
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const known = numberFormats.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, options);
  numberFormats.set(key, format);
  return format;
}

/** An instant in a time zone, with the zone named, e.g. "7 Dec 2026, 03:12 CET". */
export function formatInstant(locale: string, iso: string, timeZone?: string): string {
  // dateStyle/timeStyle cannot name the zone, so the parts are asked for one by one.
  return dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Only the time of day in a zone, for the "their local time" column. */
export function formatLocalTime(locale: string, at: Date, timeZone: string): string {
  return dateFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as the locale writes it: "2 days 3 hr", "45 min". Largest two units, never seconds. */
export function formatDuration(locale: string, ms: number): string {
  const abs = Math.abs(ms);
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (abs >= 2 * DAY) {
    const days = Math.floor(abs / DAY);
    const hours = Math.floor((abs % DAY) / HOUR);
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  }
  if (abs >= HOUR) {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.floor((abs % HOUR) / MINUTE);
    return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  }
  return unit(Math.max(0, Math.floor(abs / MINUTE)), 'minute');
}

/** A short time in the unit a reader takes in at once: "0.4 s", "1.5 min", "2 hr". */
export function formatSeconds(locale: string, seconds: number): string {
  const [value, unit] =
    seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour'];
  return numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 1 ? 2 : value < 10 ? 1 : 0,
  }).format(value);
}

/** A chart's figure as its table and its axis write it: a count, or a time in seconds; '—' for none. */
export function formatFigure(
  locale: string,
  unit: 'count' | 'seconds',
  value: number | null | undefined,
): string {
  if (value === null || value === undefined) return '—';
  return unit === 'seconds' ? formatSeconds(locale, value) : formatCount(locale, value);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A UTC calendar day (YYYY-MM-DD) as the locale writes a short date: "5 Mar", "3月5日". */
export function formatDay(locale: string, day: string, withYear = false): string {
  const key = `${locale}|${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

export interface TimeLeft {
  readonly ms: number;
  readonly overdue: boolean;
  /** Under an hour left, or overdue: shown as urgent. */
  readonly pressing: boolean;
}

export function timeLeft(now: Date, dueAt: string): TimeLeft {
  const ms = Date.parse(dueAt) - now.getTime();
  return { ms, overdue: ms < 0, pressing: ms < HOUR };
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items as a list in the language's own way (its commas, its "and"), e.g. roles. */
export function formatList(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'unit' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

export function formatCount(locale: string, n: number): string {
  return numberFormat(locale).format(n);
}

export function formatBytes(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: i === 0 ? 0 : 1,
  }).format(value);
}

/** "XA, xb  ,XC" → ['XA', 'xb', 'XC']: how people type short lists (commas or spaces). */
export function splitList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
