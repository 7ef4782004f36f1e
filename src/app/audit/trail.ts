/**
 * The audit trail as an auditor reads it: filtered by subject, action, actor and time, newest
 * or oldest first, each event with the name of the person who acted; exported whole as CSV or
 * JSON Lines (the export is itself an audited act, since the trail holds who read personal
 * data); and the verification of the hash chain.
 */
import { sql } from 'kysely';
import type { AuditEvent, ChainVerdict } from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { type AuditQuery, listAudit, verifyAuditLog } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import { runCommand } from '../../storage/command.js';

export interface AuditSearch {
  readonly subjectType?: string;
  readonly subjectId?: string;
  /** One action, or every action that starts with a prefix when it ends in `*` (`request.*`). */
  readonly action?: string;
  /** A user's id or username, or the id of a system or peer actor. */
  readonly actor?: string;
  /** ISO-8601 instants: `from` inclusive, `to` exclusive. */
  readonly from?: string;
  readonly to?: string;
  /** Oldest first unless asked (the order of the chain). */
  readonly order?: 'newest' | 'oldest';
  /** The sequence number the previous page ended at (its `next`). */
  readonly cursor?: number;
  readonly limit?: number;
}

export type AuditEventView = Omit<AuditEvent, 'detailsJson'> & {
  /** The display name of the person behind a user or token actor, when the account exists. */
  readonly actorName: string | null;
};

export interface AuditPage {
  readonly events: AuditEventView[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly next: number | null;
}

export async function searchAudit(database: Database, search: AuditSearch): Promise<AuditPage> {
  const limit = search.limit ?? 100;
  const events = await listAudit(database, await storageQuery(database, search, limit));
  return {
    events: await withActorNames(database, events),
    next: events.length === limit ? events.at(-1)!.seq : null,
  };
}

/** Walks the whole chain against the recorded head; names the first bad event. */
export function verifyAudit(database: Database): Promise<ChainVerdict> {
  return verifyAuditLog(database);
}

export type ExportFormat = 'csv' | 'jsonl';

/**
 * Records the export, then yields the matching events as lines of the chosen format, a page at
 * a time, so a trail of a million events streams in little memory.
 */
export async function exportAudit(
  database: Database,
  ctx: CommandContext,
  search: AuditSearch,
  format: ExportFormat,
): Promise<AsyncGenerator<string>> {
  // The export is every match: where a page of the screen starts and ends does not apply.
  const { cursor: _cursor, limit: _limit, ...filters } = search;
  const first = await storageQuery(database, filters, EXPORT_PAGE);
  await runCommand(database, ctx, async () => ({
    value: null,
    audit: {
      actor: ctx.actor,
      action: 'audit.export',
      subjectType: 'audit',
      subjectId: 'log',
      details: { format, ...filters },
    },
  }));
  return lines(database, first, format);
}

const EXPORT_PAGE = 5_000;

async function* lines(database: Database, first: AuditQuery, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\r\n`;
  let query: AuditQuery | null = first;
  while (query) {
    const page = await withActorNames(database, await listAudit(database, query));
    for (const event of page) yield format === 'csv' ? csvLine(event) : `${JSON.stringify(event)}\n`;
    const last = page.at(-1);
    query =
      page.length < EXPORT_PAGE || !last
        ? null
        : query.newestFirst
          ? { ...query, beforeSeq: last.seq }
          : { ...query, afterSeq: last.seq };
  }
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorType',
  'actorId',
  'actorName',
  'action',
  'subjectType',
  'subjectId',
  'legalBasis',
  'requestId',
  'details',
  'prevHash',
  'hash',
] as const;

function csvLine(event: AuditEventView): string {
  const cells = CSV_COLUMNS.map((column) => {
    const value = event[column];
    return csvCell(value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  });
  return `${cells.join(',')}\r\n`;
}

/**
 * RFC 4180 quoting, and a leading apostrophe on a cell a spreadsheet would run as a formula: a
 * display name such as `=HYPERLINK(…)` is someone's input, not the auditor's.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The storage query for a search; refuses a malformed period or a subject without its type. */
async function storageQuery(database: Database, search: AuditSearch, limit: number): Promise<AuditQuery> {
  const from = search.from === undefined ? undefined : instant(search.from, '/from');
  const to = search.to === undefined ? undefined : instant(search.to, '/to');
  if (from && to && from >= to)
    throw new ValidationError('the end of the period must come after its start', [
      { path: '/to', message: 'must be later than from', rule: 'later', limit: 'from' },
    ]);
  if (search.subjectId && !search.subjectType)
    throw new ValidationError('a subject is named by its type and its id', [
      { path: '/subjectType', message: 'required with subjectId', rule: 'required' },
    ]);
  const newestFirst = search.order === 'newest';
  const actorId = search.actor ? await actorIdOf(database, search.actor.trim()) : undefined;
  const action = search.action?.trim();
  return {
    limit,
    newestFirst,
    ...(search.cursor === undefined
      ? {}
      : newestFirst
        ? { beforeSeq: search.cursor }
        : { afterSeq: search.cursor }),
    ...(search.subjectType ? { subjectType: search.subjectType } : {}),
    ...(search.subjectId ? { subjectId: search.subjectId.trim() } : {}),
    ...(action ? (action.endsWith('*') ? { actionPrefix: action.slice(0, -1) } : { action }) : {}),
    ...(actorId ? { actorId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Stored instants are `toISOString()` text, so a bound compares as text only in that form. */
function instant(text: string, path: string): string {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
    throw new ValidationError(`${path.slice(1)} is not an ISO-8601 instant`, [
      { path, message: 'expected an instant such as 2026-12-07T03:00:00Z', rule: 'format' },
    ]);
  return new Date(ms).toISOString();
}

/** A username is how an auditor knows a person; the log keeps the account's id. */
async function actorIdOf(database: Database, actor: string): Promise<string> {
  const user = await database.db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(username)`, '=', actor.toLowerCase())
    .executeTakeFirst();
  return user?.id ?? actor;
}

async function withActorNames(database: Database, events: readonly AuditEvent[]): Promise<AuditEventView[]> {
  const ids = [
    ...new Set(events.filter((e) => e.actorType === 'user' || e.actorType === 'token').map((e) => e.actorId)),
  ];
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await database.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) names.set(row.id, row.display_name);
  }
  return events.map(({ detailsJson: _stored, ...event }) => ({
    ...event,
    details: { ...event.details },
    actorName:
      event.actorType === 'user' || event.actorType === 'token' ? (names.get(event.actorId) ?? null) : null,
  }));
}
