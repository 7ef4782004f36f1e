/**
 * The parameters of MISP's `restSearch` that Comity answers, read from a JSON body (as PyMISP
 * sends them) or a query string: `value`, `type`, `tags` (a `!` before a tag excludes it),
 * `eventid`, `uuid`, `timestamp` (seconds since the epoch, or a span like `7d`), `last` (a
 * span), `to_ids`, `published`, `limit` and `page`, and `returnFormat`, which must be `json`.
 * Anything else is ignored as MISP ignores what it does not know; a known parameter of the
 * wrong form is refused with the reason.
 */
import { DomainError } from '../../core/errors.js';

export interface MispSearch {
  readonly values: readonly string[];
  readonly types: readonly string[];
  readonly tags: readonly string[];
  readonly notTags: readonly string[];
  readonly eventIds: readonly string[];
  readonly uuids: readonly string[];
  /** Seconds since the epoch: only what changed since then. */
  readonly since?: number;
  readonly toIds?: boolean;
  readonly published?: boolean;
  readonly limit: number;
  readonly page: number;
}

export const MAX_SEARCH_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

const SPAN = /^(\d{1,6})([smhdw])$/;
const SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

export function parseMispSearch(input: Record<string, unknown>, now: Date): MispSearch {
  const body = (input.request as Record<string, unknown> | undefined) ?? input;
  const format = body.returnFormat ?? body.return_format;
  if (format !== undefined && format !== 'json')
    throw bad(`returnFormat ${JSON.stringify(format)}: this node answers json only`);
  const list = (key: string) => texts(body[key], key);
  const tagList = list('tags');
  const since = [instant(body.timestamp, 'timestamp', now), span(body.last, 'last', now)]
    .filter((t): t is number => t !== undefined)
    .reduce<number | undefined>((a, b) => (a === undefined ? b : Math.max(a, b)), undefined);
  const limit = whole(body.limit, 'limit', 1, MAX_SEARCH_LIMIT) ?? DEFAULT_LIMIT;
  const page = whole(body.page, 'page', 1, 1_000_000) ?? 1;
  const toIds = flag(body.to_ids, 'to_ids');
  const published = flag(body.published, 'published');
  return {
    values: list('value'),
    types: [...list('type'), ...list('type_attribute')],
    tags: tagList.filter((t) => !t.startsWith('!')),
    notTags: tagList.filter((t) => t.startsWith('!')).map((t) => t.slice(1)),
    eventIds: [...list('eventid'), ...list('event_id')],
    uuids: list('uuid'),
    ...(since === undefined ? {} : { since }),
    ...(toIds === undefined ? {} : { toIds }),
    ...(published === undefined ? {} : { published }),
    limit,
    page,
  };
}

function bad(message: string): DomainError {
  return new DomainError('misp_bad_search', message);
}

function texts(value: unknown, key: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : [value];
  // MISP also takes {"OR": [...], "NOT": [...]}: OR as the list, NOT as negated entries.
  if (!Array.isArray(value) && typeof value === 'object') {
    const v = value as { OR?: unknown; NOT?: unknown; AND?: unknown };
    return [...texts(v.OR ?? v.AND, key), ...texts(v.NOT, key).map((t) => `!${t}`)];
  }
  return items.map((item) => {
    if (typeof item !== 'string' && typeof item !== 'number')
      throw bad(`${key}: expected text or a list of texts`);
    if (String(item).length > 1024) throw bad(`${key}: a value longer than 1024 characters`);
    return String(item);
  });
}

function whole(value: unknown, key: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw bad(`${key}: a whole number from ${min} to ${max}`);
  return n;
}

function flag(value: unknown, key: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  throw bad(`${key}: true or false (or 1 or 0)`);
}

function span(value: unknown, key: string, now: Date): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const m = SPAN.exec(String(value));
  if (!m) throw bad(`${key}: a span like 30m, 12h, 7d or 2w`);
  return Math.floor(now.getTime() / 1000) - Number(m[1]) * SECONDS[m[2]!]!;
}

function instant(value: unknown, key: string, now: Date): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (/^\d{1,12}$/.test(String(value))) return Number(value);
  try {
    return span(value, key, now);
  } catch {
    throw bad(`${key}: seconds since the epoch, or a span like 7d`);
  }
}
