/**
 * The hash-chained audit log. Appends happen only inside a transaction, together with the
 * change they describe, and move the recorded head in the same transaction; on PostgreSQL the
 * head row is locked so concurrent transactions append one after another.
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import {
  type AuditEntry,
  type AuditEvent,
  type ChainVerdict,
  chainAuditEvent,
  verifyChain,
} from '../../core/audit/chain.js';
import type { CommandContext } from '../../core/context.js';
import type { Database, Tx } from '../database.js';
import type { AuditEventsTable } from '../schema.js';
import { DomainError } from '../../core/errors.js';

const COLUMNS =
  'seq, id, at, actor_type, actor_id, action, subject_type, subject_id, legal_basis, request_id, details, prev_hash, hash';
const STATEMENTS = {
  sqlite: {
    head: 'select seq, hash from audit_head where id = 1',
    insert: `insert into audit_events (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  },
  postgres: {
    // Locking the head row queues concurrent appenders: the chain is one sequence.
    head: 'select seq, hash from audit_head where id = 1 for update',
    insert: `insert into audit_events (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
  },
} as const;

/**
 * Appends events for one command; returns them with their sequence numbers and hashes. The
 * statements are fixed SQL (no query building on this hot path); a trigger moves the head.
 */
export async function appendAudit(
  tx: Tx,
  ctx: CommandContext,
  entries: readonly AuditEntry[],
): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  const statements = STATEMENTS[tx.dialect];
  const headRow = tx.sqlite
    ? (tx.sqlite.prepare(statements.head).get() as { seq: number; hash: string } | undefined)
    : (await tx.db.executeQuery<{ seq: number; hash: string }>(CompiledQuery.raw(statements.head))).rows[0];
  if (!headRow)
    throw new DomainError(
      'audit_log_damaged',
      'the audit head row is missing: the database was not migrated or was tampered with',
    );
  let head: { seq: number; hash: string } | undefined =
    headRow.seq === 0 ? undefined : { seq: Number(headRow.seq), hash: headRow.hash };
  const at = ctx.clock.now().toISOString();
  const events: AuditEvent[] = [];
  for (const entry of entries) {
    const event = chainAuditEvent(head, {
      id: randomUUID(),
      at,
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      legalBasis: entry.legalBasis ?? null,
      requestId: ctx.requestId,
      details: entry.details ?? {},
    });
    const values = [
      event.seq,
      event.id,
      event.at,
      event.actorType,
      event.actorId,
      event.action,
      event.subjectType,
      event.subjectId,
      event.legalBasis,
      event.requestId,
      event.detailsJson,
      event.prevHash,
      event.hash,
    ];
    if (tx.sqlite) tx.sqlite.prepare(statements.insert).run(values);
    else await tx.db.executeQuery(CompiledQuery.raw(statements.insert, values));
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  return events;
}

export async function readAuditHead(database: Database): Promise<{ seq: number; hash: string } | null> {
  const row = await database.db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

const PAGE_SQL =
  'select seq, id, at, actor_type, actor_id, action, subject_type, subject_id, legal_basis, request_id, details, prev_hash, hash ' +
  'from audit_events where seq > ? order by seq limit ? /* raw page */';

/** Streams the whole log in sequence order, in pages, so a million events fit in little memory. */
export async function* iterateAudit(database: Database, pageSize = 10_000): AsyncGenerator<AuditEvent> {
  let after = 0;
  for (;;) {
    const page = database.withSqlite
      ? await database.withSqlite((sqlite) =>
          (sqlite.prepare(PAGE_SQL).raw(true).all(after, pageSize) as unknown[][]).map(eventFromArray),
        )
      : (
          await database.db
            .selectFrom('audit_events')
            .selectAll()
            .where('seq', '>', after)
            .orderBy('seq')
            .limit(pageSize)
            .execute()
        ).map((row) => new StoredAuditEvent(row));
    for (const event of page) yield event;
    if (page.length < pageSize) return;
    after = page.at(-1)!.seq;
  }
}

/** A row in column order (`PAGE_SQL`), as better-sqlite3 returns it in raw mode. */
function eventFromArray(r: unknown[]): StoredAuditEvent {
  return new StoredAuditEvent({
    seq: r[0] as number,
    id: r[1] as string,
    at: r[2] as string,
    actor_type: r[3] as string,
    actor_id: r[4] as string,
    action: r[5] as string,
    subject_type: r[6] as string,
    subject_id: r[7] as string,
    legal_basis: r[8] as string | null,
    request_id: r[9] as string | null,
    details: r[10] as string,
    prev_hash: r[11] as string,
    hash: r[12] as string,
  });
}

export interface AuditQuery {
  /** Oldest first, after this sequence number (the default order). */
  readonly afterSeq?: number;
  /** Newest first, before this sequence number (set `newestFirst` to start at the head). */
  readonly beforeSeq?: number;
  readonly newestFirst?: boolean;
  readonly limit?: number;
  readonly subjectType?: string;
  readonly subjectId?: string;
  readonly action?: string;
  /** Every action that starts with this text (`request.` for all of a request's). */
  readonly actionPrefix?: string;
  readonly actorId?: string;
  /** Instants as stored (ISO-8601 UTC): `from` inclusive, `to` exclusive. */
  readonly from?: string;
  readonly to?: string;
}

export async function listAudit(database: Database, query: AuditQuery): Promise<AuditEvent[]> {
  const newestFirst = query.newestFirst === true || query.beforeSeq !== undefined;
  let q = database.db.selectFrom('audit_events').selectAll();
  if (newestFirst) {
    if (query.beforeSeq !== undefined) q = q.where('seq', '<', query.beforeSeq);
  } else q = q.where('seq', '>', query.afterSeq ?? 0);
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.actionPrefix)
    q = q.where(sql<string>`substr(action, 1, ${query.actionPrefix.length})`, '=', query.actionPrefix);
  if (query.actorId) q = q.where('actor_id', '=', query.actorId);
  if (query.from) q = q.where('at', '>=', query.from);
  if (query.to) q = q.where('at', '<', query.to);
  const rows = await q
    .orderBy('seq', newestFirst ? 'desc' : 'asc')
    .limit(query.limit ?? 100)
    .execute();
  return rows.map(fromRow);
}

/** Walks the stored chain against the recorded head; names the first bad event. */
export async function verifyAuditLog(database: Database): Promise<ChainVerdict> {
  const head = await readAuditHead(database);
  return verifyChain(iterateAudit(database), head);
}

export async function countAudit(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function fromRow(row: AuditEventsTable): AuditEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    actorType: row.actor_type as AuditEvent['actorType'],
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    legalBasis: row.legal_basis,
    requestId: row.request_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    detailsJson: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * An event as read for verification: `details` is parsed only if someone asks, because the
 * hash is checked against the stored canonical text and parsing a million of them would
 * double the cost of `comity audit verify`.
 */
class StoredAuditEvent implements AuditEvent {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly actorType: AuditEvent['actorType'];
  readonly actorId: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly legalBasis: string | null;
  readonly requestId: string | null;
  readonly detailsJson: string;
  readonly prevHash: string;
  readonly hash: string;
  #details: Record<string, unknown> | undefined;

  constructor(row: AuditEventsTable) {
    this.seq = Number(row.seq);
    this.id = row.id;
    this.at = row.at;
    this.actorType = row.actor_type as AuditEvent['actorType'];
    this.actorId = row.actor_id;
    this.action = row.action;
    this.subjectType = row.subject_type;
    this.subjectId = row.subject_id;
    this.legalBasis = row.legal_basis;
    this.requestId = row.request_id;
    this.detailsJson = row.details;
    this.prevHash = row.prev_hash;
    this.hash = row.hash;
  }

  get details(): Record<string, unknown> {
    this.#details ??= JSON.parse(this.detailsJson) as Record<string, unknown>;
    return this.#details;
  }
}
