/**
 * The query parameters of TAXII 2.1 (§3.4, §3.5): which each endpoint takes, and what each
 * must look like. A parameter given twice, a malformed value or one an endpoint does not take
 * is refused with a sentence naming it; `match[...]` fields TAXII does not define are ignored,
 * as §3.4 allows, so a client written for a later version still gets an answer.
 */
import { type ParsedInstant, parseTimestamp } from './timestamps.js';

export type TaxiiEndpoint = 'objects' | 'manifest' | 'object' | 'versions' | 'delete';

export type VersionFilter =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'some';
      readonly first: boolean;
      readonly last: boolean;
      /** Exact versions, with nine fractional digits as the store keeps them. */
      readonly exact: readonly string[];
    };

export interface TaxiiQuery {
  readonly addedAfter?: ParsedInstant;
  readonly limit?: number;
  readonly next?: string;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly versions: VersionFilter;
  readonly specVersions?: readonly string[];
}

const TAKES: Record<TaxiiEndpoint, readonly string[]> = {
  objects: [
    'added_after',
    'limit',
    'next',
    'match[id]',
    'match[type]',
    'match[version]',
    'match[spec_version]',
  ],
  manifest: [
    'added_after',
    'limit',
    'next',
    'match[id]',
    'match[type]',
    'match[version]',
    'match[spec_version]',
  ],
  object: ['added_after', 'limit', 'next', 'match[version]', 'match[spec_version]'],
  versions: ['added_after', 'limit', 'next', 'match[spec_version]'],
  delete: ['match[version]', 'match[spec_version]'],
};

const STIX_ID =
  /^[a-z0-9][a-z0-9-]{0,248}[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const STIX_TYPE = /^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$/;
const SPEC_VERSION = /^\d+\.\d+$/;
const LIMIT = /^[1-9]\d{0,8}$/;
/** Enough for any TAXII client; a cursor is about 200 characters. */
const MAX_NEXT_LENGTH = 2048;

export type QueryResult = { ok: true; query: TaxiiQuery } | { ok: false; problem: string };

/** Parses the query string of a TAXII request (pairs in order, repeats kept) for `endpoint`. */
export function parseTaxiiQuery(
  endpoint: TaxiiEndpoint,
  pairs: Iterable<readonly [string, string]>,
): QueryResult {
  const seen = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (seen.has(name))
      return fail(`the parameter ${name} is given twice; give it once (values may be comma-separated)`);
    seen.set(name, value);
  }
  const takes = TAKES[endpoint];
  for (const name of seen.keys()) {
    const isMatch = /^match\[[^\]]*\]$/.test(name);
    if (takes.includes(name)) continue;
    if (isMatch && !KNOWN_MATCH_FIELDS.has(name)) continue;
    return fail(`this endpoint does not take the parameter ${name} (it takes ${takes.join(', ')})`);
  }
  const query: {
    -readonly [K in keyof TaxiiQuery]: TaxiiQuery[K];
  } = {
    // Reads show the latest version unless asked (§3.4.1); a delete takes every version (§5.7).
    versions: endpoint === 'delete' ? { kind: 'all' } : { kind: 'some', first: false, last: true, exact: [] },
  };

  const addedAfter = seen.get('added_after');
  if (addedAfter !== undefined) {
    const parsed = parseTimestamp(addedAfter);
    if (!parsed)
      return fail(
        `added_after must be an RFC 3339 UTC timestamp such as 2026-01-31T08:00:00.000000Z, not "${addedAfter}"`,
      );
    query.addedAfter = parsed;
  }
  const limit = seen.get('limit');
  if (limit !== undefined) {
    if (!LIMIT.test(limit)) return fail(`limit must be a whole number of 1 or more, not "${limit}"`);
    query.limit = Number(limit);
  }
  const next = seen.get('next');
  if (next !== undefined) {
    if (next.length === 0 || next.length > MAX_NEXT_LENGTH) return fail('next is not one this server gave');
    query.next = next;
  }
  const ids = seen.get('match[id]');
  if (ids !== undefined) {
    const list = listOf(ids);
    const bad = list.find((id) => !STIX_ID.test(id));
    if (bad !== undefined)
      return fail(`match[id] holds "${bad}", which is not a STIX identifier (type--UUID)`);
    query.ids = [...new Set(list)];
  }
  const types = seen.get('match[type]');
  if (types !== undefined) {
    const list = listOf(types);
    const bad = list.find((t) => !STIX_TYPE.test(t));
    if (bad !== undefined) return fail(`match[type] holds "${bad}", which is not a STIX type name`);
    query.types = [...new Set(list)];
  }
  const versions = seen.get('match[version]');
  if (versions !== undefined) {
    const parsed = parseVersions(versions);
    if (typeof parsed === 'string') return fail(parsed);
    query.versions = parsed;
  }
  const specVersions = seen.get('match[spec_version]');
  if (specVersions !== undefined) {
    const list = listOf(specVersions);
    const bad = list.find((v) => !SPEC_VERSION.test(v));
    if (bad !== undefined)
      return fail(`match[spec_version] holds "${bad}", which is not a STIX version such as 2.1`);
    query.specVersions = [...new Set(list)];
  }
  return { ok: true, query };
}

const KNOWN_MATCH_FIELDS = new Set(['match[id]', 'match[type]', 'match[version]', 'match[spec_version]']);

function listOf(value: string): string[] {
  return value.split(',');
}

function parseVersions(value: string): VersionFilter | string {
  const list = listOf(value);
  if (new Set(list).size !== list.length) return `match[version] names "${value}" with a value twice`;
  if (list.includes('all')) {
    if (list.length > 1) return 'match[version]=all cannot be combined with other values';
    return { kind: 'all' };
  }
  const exact: string[] = [];
  for (const item of list) {
    if (item === 'first' || item === 'last') continue;
    const parsed = parseTimestamp(item);
    if (!parsed) return `match[version] holds "${item}": use first, last, all or a timestamp`;
    exact.push(parsed.nine);
  }
  return { kind: 'some', first: list.includes('first'), last: list.includes('last'), exact };
}

function fail(problem: string): QueryResult {
  return { ok: false, problem };
}

/**
 * What a `next` cursor is bound to: every filter of the query that made it except `limit`
 * (which a client may change from page to page) and `next` itself. A cursor presented with
 * other filters is refused rather than silently continuing a different query.
 */
export function queryFingerprint(endpoint: TaxiiEndpoint, query: TaxiiQuery): string {
  return JSON.stringify([
    endpoint,
    query.addedAfter?.nine ?? null,
    query.ids ? [...query.ids].sort() : null,
    query.types ? [...query.types].sort() : null,
    query.versions.kind === 'all'
      ? 'all'
      : [query.versions.first, query.versions.last, [...query.versions.exact].sort()],
    query.specVersions ? [...query.specVersions].sort() : null,
  ]);
}
