/**
 * The hash-chained audit log. Appends happen only inside a transaction, together with the
 * change they describe, and move the recorded head in the same transaction; on PostgreSQL the
 * head row is locked so concurrent transactions append one after another.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  type AuditEntry,
  type AuditEvent,
  type ChainVerdict,
  chainAuditEvent,
  verifyChain,
} from '../core/audit/chain.js';
import type { CommandContext } from '../core/context.js';
import type { Database, Tx } from './database.js';
import type { AuditEventsTable } from './schema.js';

/** Appends events for one command; returns them with their sequence numbers and hashes. */
export async function appendAudit(
  tx: Tx,
  ctx: CommandContext,
  entries: readonly AuditEntry[],
): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  let head = await readHeadForUpdate(tx);
  const at = ctx.clock.now().toISOString();
  const events: AuditEvent[] = [];
  for (const entry of entries) {
    const event = chainAuditEvent(head ?? undefined, {
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
    await tx.db.insertInto('audit_events').values(toRow(event)).execute();
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  if (events[0]!.seq === 1) {
    await tx.db.insertInto('audit_head').values({ id: 1, seq: head!.seq, hash: head!.hash }).execute();
  } else {
    await tx.db
      .updateTable('audit_head')
      .set({ seq: head!.seq, hash: head!.hash })
      .where('id', '=', 1)
      .execute();
  }
  return events;
}

async function readHeadForUpdate(tx: Tx): Promise<{ seq: number; hash: string } | null> {
  let query = tx.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (tx.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (row || tx.dialect !== 'postgres') return row ?? null;
  // First append on PostgreSQL: no head row to lock yet, so serialise on an advisory lock
  // and read again.
  await sql`select pg_advisory_xact_lock(7361001)`.execute(tx.db);
  return (
    (await tx.db
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirst()) ?? null
  );
}

export async function readAuditHead(database: Database): Promise<{ seq: number; hash: string } | null> {
  return (
    (await database.db
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirst()) ?? null
  );
}

/** Streams the whole log in sequence order, in pages, so a million events fit in little memory. */
export async function* iterateAudit(database: Database, pageSize = 5000): AsyncGenerator<AuditEvent> {
  let after = 0;
  for (;;) {
    const rows = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) yield fromRow(row);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.seq;
  }
}

export interface AuditQuery {
  readonly afterSeq?: number;
  readonly limit?: number;
  readonly subjectType?: string;
  readonly subjectId?: string;
  readonly action?: string;
}

export async function listAudit(database: Database, query: AuditQuery): Promise<AuditEvent[]> {
  let q = database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', query.afterSeq ?? 0);
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  if (query.action) q = q.where('action', '=', query.action);
  const rows = await q
    .orderBy('seq')
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

function toRow(event: AuditEvent): AuditEventsTable {
  return {
    seq: event.seq,
    id: event.id,
    at: event.at,
    actor_type: event.actorType,
    actor_id: event.actorId,
    action: event.action,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    legal_basis: event.legalBasis,
    request_id: event.requestId,
    details: JSON.stringify(event.details),
    prev_hash: event.prevHash,
    hash: event.hash,
  };
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
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
