/**
 * The numbers behind the console's charts, computed apart from any drawing so the chart and
 * its table always say the same thing (and so they can be tested without a browser).
 */

/** STIX 2.1 cyber-observable object types (§6): what an analyst counts as observables. */
const OBSERVABLE_TYPES = new Set([
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
]);

/** Indicators carry observables in their patterns, so they count with them. */
export const isObservable = (type: string): boolean => type === 'indicator' || OBSERVABLE_TYPES.has(type);

export interface GrowthDay {
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  /** Objects added that day, and how many of them are indicators or observables. */
  readonly added: number;
  readonly addedObservables: number;
  /** Running totals at the end of the day. */
  readonly objects: number;
  readonly observables: number;
}

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * How an incident grew, day by day from its first object to its last (days without additions
 * included, so the chart's time axis is even). Objects without a valid time are left out.
 */
export function growthOf(rows: ReadonlyArray<{ object: { type: string }; addedAt?: string }>): GrowthDay[] {
  const byDay = new Map<string, { added: number; observables: number }>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    const at = r.addedAt === undefined ? Number.NaN : Date.parse(r.addedAt);
    if (Number.isNaN(at)) continue;
    first = Math.min(first, at);
    last = Math.max(last, at);
    const day = dayOf(at);
    const entry = byDay.get(day) ?? { added: 0, observables: 0 };
    entry.added++;
    if (isObservable(r.object.type)) entry.observables++;
    byDay.set(day, entry);
  }
  if (byDay.size === 0) return [];
  const days: GrowthDay[] = [];
  let objects = 0;
  let observables = 0;
  for (let t = Date.parse(`${dayOf(first)}T00:00:00Z`); t <= last; t += DAY) {
    const day = dayOf(t);
    const entry = byDay.get(day) ?? { added: 0, observables: 0 };
    objects += entry.added;
    observables += entry.observables;
    days.push({ day, added: entry.added, addedObservables: entry.observables, objects, observables });
  }
  return days;
}

/** Seconds since the epoch at the start of a UTC day: the charts' x values. */
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;
