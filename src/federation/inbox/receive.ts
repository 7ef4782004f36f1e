/**
 * The inbox, written against a plain HTTP message so it runs without a server: verify the
 * transport signature → open each envelope against the sender's key valid at its creation
 * time → check recipient, expiry and replay → dispatch to the type's handler → store the
 * message and its signed `accepted` receipt, in ONE transaction per batch. A refused envelope
 * leaves nothing but an audit event; a duplicate of an accepted one gets its receipt again and
 * has no second effect.
 */
import { randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Clock } from '../../core/clock.js';
import type { CommandContext } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import type { Database } from '../../storage/database.js';
import type { InboxMessagesTable, ReceiptsTable } from '../../storage/schema.js';
import { peekEnvelope, openEnvelope } from '../envelope/open.js';
import { envelopeDigest } from '../envelope/digest.js';
import type { PartyRef } from '../envelope/types.js';
import type { HttpMessage } from '../http-signature/message.js';
import { verifyRequest } from '../http-signature/verify.js';
import type { Keyring } from '../node-identity/keys-store.js';
import { type Peer, applyKeyRotations, peerKeyAt, toPeer } from '../peers/peers-store.js';
import { buildReceipt } from '../receipts/receipt.js';
import { peekRotationNext } from '../crypto/key-rotation.js';
import {
  BATCH_CONTENT_TYPE,
  type BatchResponse,
  DEFAULT_MAX_BATCH_BYTES,
  DEFAULT_MAX_BATCH_ENVELOPES,
  type EnvelopeResult,
  type InboxRejection,
  parseBatch,
  statusOf,
} from '../transport/batch.js';
import type { MessageCatalogue } from '../messages/catalogue.js';
import type { InboundMessage } from './handlers.js';
import type { PeerThrottle } from './throttle.js';

export interface InboxOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly nodeId: string;
  /** Ids of the authorities hosted here (each a valid recipient). */
  readonly authorities: () => readonly string[];
  readonly keyring: () => Keyring;
  readonly catalogue: MessageCatalogue;
  /** Our public inbox URL, which the sender's signature must cover. */
  readonly inboxUrl: () => string;
  readonly maxEnvelopes?: number;
  readonly maxBatchBytes?: number;
  /** Each peer's allowance of envelopes; absent, peers are not throttled. */
  readonly throttle?: PeerThrottle;
}

/** A refusal of the whole request; rendered as problem+json by the HTTP adapter. */
export interface InboxProblem {
  readonly code: InboxRejection | 'unsupported_media_type';
  readonly reason: InboxRejection;
  readonly detail: string;
  readonly batchId?: string;
  readonly results?: readonly EnvelopeResult[];
  /** Seconds to wait before sending again (a throttled peer). */
  readonly retryAfter?: number;
}

export type InboxReply =
  | { readonly status: 200; readonly body: BatchResponse }
  | { readonly status: number; readonly problem: InboxProblem };

/** Handles one POST to the inbox. */
export async function receiveBatch(options: InboxOptions, message: HttpMessage): Promise<InboxReply> {
  const { database, clock } = options;
  const ctx: CommandContext = { actor: { type: 'anonymous', id: 'federation' }, requestId: null, clock };
  const refuse = async (
    reason: InboxRejection,
    detail: string,
    code: InboxProblem['code'] = reason,
    from?: string,
  ) => {
    await auditRefusal(database, ctx, { reason, detail, from });
    return {
      status: code === 'unsupported_media_type' ? 415 : statusOf(reason),
      problem: { code, reason, detail },
    };
  };

  const headers = message.headers instanceof Headers ? message.headers : new Headers(message.headers);
  const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== BATCH_CONTENT_TYPE)
    return refuse('malformed', `send the batch as ${BATCH_CONTENT_TYPE}`, 'unsupported_media_type');
  const body = typeof message.body === 'string' ? Buffer.from(message.body, 'utf8') : message.body;
  const maxBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  if (body.length > maxBytes) return refuse('too_large', `batch is ${body.length} bytes, limit ${maxBytes}`);
  const batch = parseBatch(body, options.maxEnvelopes ?? DEFAULT_MAX_BATCH_ENVELOPES);
  if ('reason' in batch) return refuse(batch.reason, batch.detail);

  // Announcements signed by keys we trust may introduce the key that signed this request.
  if (batch.keyRotations?.length) {
    const known = await loadPeers(database);
    const news = batch.keyRotations.filter((a) => {
      const next = peekRotationNext(a);
      return next !== undefined && !known.some((p) => p.keys.some((k) => k.kid === next));
    });
    if (news.length > 0) await database.transact((tx) => applyKeyRotations(tx, ctx, news));
  }

  const peers = await loadPeers(database);
  let sender: Peer | undefined;
  const verified = await verifyRequest(
    { ...message, headers, body },
    {
      clock,
      expectedTarget: options.inboxUrl(),
      resolveKey: (kid) => {
        for (const peer of peers) {
          const key = peer.status === 'active' ? peerKeyAt(peer, kid, clock.now()) : undefined;
          if (key) {
            sender = peer;
            return key;
          }
        }
        return undefined;
      },
    },
  );
  if (!verified.ok) {
    const reason: InboxRejection =
      verified.reason === 'unknown_key'
        ? 'unknown_peer'
        : verified.reason === 'expired'
          ? 'expired'
          : 'bad_signature';
    // Every transport-signature failure is a 401, whatever its reason (docs/FEDERATION.md §5.1).
    await auditRefusal(database, ctx, { reason, detail: verified.detail, from: verified.keyId });
    return { status: 401, problem: { code: reason, reason, detail: verified.detail } };
  }
  const peer = sender as Peer;
  // Counted only once the peer is authenticated, so nobody can spend another peer's allowance.
  // Not audited: a flood must not become a flood of audit writes.
  const wait = options.throttle?.take(peer.nodeId, batch.envelopes.length, clock.now().getTime());
  if (wait !== undefined)
    return {
      status: 429,
      problem: {
        code: 'peer_rate_limited',
        reason: 'peer_rate_limited',
        detail: `${peer.nodeId} sent more envelopes than its allowance; send them again in ${wait} s`,
        retryAfter: wait,
      },
    };
  return receiveEnvelopes(options, ctx, peer, batch.batchId, batch.envelopes);
}

interface Opened {
  readonly index: number;
  readonly message: InboundMessage;
  readonly receipt: string;
  readonly receiptAt: string;
}

/**
 * Judges and stores envelopes from an authenticated peer (the HTTP path after the transport
 * signature, or a file import where each envelope's own signature is the authentication).
 */
export async function receiveEnvelopes(
  options: InboxOptions,
  baseCtx: CommandContext,
  peer: Peer,
  batchId: string,
  envelopes: readonly string[],
): Promise<InboxReply> {
  const { database, clock, nodeId } = options;
  const ctx: CommandContext = { ...baseCtx, actor: { type: 'peer', id: peer.nodeId } };
  const keyring = options.keyring();
  const recipients: PartyRef[] = [
    { node: nodeId },
    ...options.authorities().map((a) => ({ node: nodeId, authority: a })),
  ];
  const results: Array<EnvelopeResult | undefined> = envelopes.map(() => undefined);
  const reject = (i: number, reason: InboxRejection, detail: string, messageId?: string, digest?: string) => {
    results[i] = {
      status: 'rejected',
      reason,
      detail,
      ...(messageId ? { messageId } : {}),
      ...(digest ? { digest } : {}),
    };
  };

  // Known ids first: a retried batch is answered from storage without decrypting anything.
  const peeked = envelopes.map((e) => (e.length <= 8 * 1024 * 1024 ? peekEnvelope(e) : undefined));
  const ids = [...new Set(peeked.flatMap((p) => (p ? [p.id] : [])))];
  const stored = new Map<string, { digest: string; receipt: string; from_node: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await database.db
      .selectFrom('inbox_messages')
      .select(['message_id', 'digest', 'receipt', 'from_node'])
      .where('message_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) stored.set(r.message_id, r);
  }

  const opened: Opened[] = [];
  await Promise.all(
    envelopes.map(async (compact, i) => {
      const outer = peeked[i];
      const digest = envelopeDigest(compact);
      if (outer && outer.from.node !== peer.nodeId)
        return reject(
          i,
          'bad_signature',
          `envelope is from ${outer.from.node}, the request from ${peer.nodeId}`,
          outer.id,
          digest,
        );
      const known = outer ? stored.get(outer.id) : undefined;
      if (known) {
        if (known.digest === digest && known.from_node === peer.nodeId)
          results[i] = {
            status: 'accepted',
            messageId: (outer as { id: string }).id,
            digest,
            duplicate: true,
            receipt: known.receipt,
          };
        else
          reject(i, 'replayed', 'a different message with this id was already accepted', outer?.id, digest);
        return;
      }
      const result = await openEnvelope(compact, {
        decrypters: keyring.decrypters,
        expectedRecipient: recipients,
        clock,
        resolveSenderKey: (from, kid, at) =>
          from.node === peer.nodeId ? peerKeyAt(peer, kid, at) : undefined,
      });
      if (!result.ok) return reject(i, result.reason, result.detail, result.messageId, result.digest);
      const { compact: receipt, receipt: signed } = await buildReceipt({
        signer: keyring.signer(),
        receiptType: 'accepted',
        messageId: result.header.id,
        envelopeDigest: result.digest,
        from: nodeId,
        to: peer.nodeId,
        clock,
      });
      opened.push({
        index: i,
        message: { header: result.header, payload: result.payload, digest: result.digest, envelope: compact },
        receipt,
        receiptAt: signed.at,
      });
    }),
  );
  opened.sort((a, b) => a.index - b.index);

  await database.transact(async (tx) => {
    const audit: AuditEntry[] = [];
    const now = clock.now();
    // Inside the transaction: ids another batch stored since the look-up above (PostgreSQL,
    // several instances), and the same id twice in this batch.
    const existing = new Map<string, { digest: string; receipt: string }>();
    const openedIds = opened.map((o) => o.message.header.id);
    for (let i = 0; i < openedIds.length; i += 500) {
      const rows = await tx.db
        .selectFrom('inbox_messages')
        .select(['message_id', 'digest', 'receipt'])
        .where('message_id', 'in', openedIds.slice(i, i + 500))
        .execute();
      for (const r of rows) existing.set(r.message_id, r);
    }
    const messageRows: Insertable<InboxMessagesTable>[] = [];
    const receiptRows: Insertable<ReceiptsTable>[] = [];
    for (const o of opened) {
      const { header } = o.message;
      const known = existing.get(header.id);
      if (known) {
        if (known.digest === o.message.digest)
          results[o.index] = {
            status: 'accepted',
            messageId: header.id,
            digest: o.message.digest,
            duplicate: true,
            receipt: known.receipt,
          };
        else
          reject(
            o.index,
            'replayed',
            'a different message with this id was already accepted',
            header.id,
            o.message.digest,
          );
        continue;
      }
      const checked = options.catalogue.check(header.type, o.message.payload);
      if (!checked.ok) {
        reject(o.index, 'malformed', checked.detail, header.id, o.message.digest);
        continue;
      }
      const binding = options.catalogue.binding(header.type);
      if (binding) {
        await sql.raw('savepoint inbox_message').execute(tx.db);
        try {
          const entries = await binding.handle({
            tx,
            message: o.message,
            payload: o.message.payload,
            peer,
            ctx,
          });
          if (entries) audit.push(...entries);
          await sql.raw('release savepoint inbox_message').execute(tx.db);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await sql.raw('rollback to savepoint inbox_message').execute(tx.db);
          await sql.raw('release savepoint inbox_message').execute(tx.db);
          reject(
            o.index,
            'malformed',
            `refused by the ${header.type} handler: ${error.message}`,
            header.id,
            o.message.digest,
          );
          continue;
        }
      }
      existing.set(header.id, { digest: o.message.digest, receipt: o.receipt });
      messageRows.push({
        message_id: header.id,
        from_node: header.from.node,
        from_authority: header.from.authority ?? null,
        to_authority: header.to.authority ?? null,
        type: header.type,
        digest: o.message.digest,
        envelope: o.message.envelope,
        payload: JSON.stringify(options.catalogue.retained(header.type, o.message.payload)),
        batch_id: batchId,
        created_at: header.createdAt.toISOString(),
        expires_at: header.expiresAt.toISOString(),
        received_at: now.toISOString(),
        receipt: o.receipt,
      });
      receiptRows.push({
        id: randomUUID(),
        message_id: header.id,
        direction: 'sent',
        receipt_type: 'accepted',
        peer: peer.nodeId,
        envelope_digest: o.message.digest,
        signed_at: o.receiptAt,
        compact: o.receipt,
        stored_at: now.toISOString(),
      });
      results[o.index] = {
        status: 'accepted',
        messageId: header.id,
        digest: o.message.digest,
        duplicate: false,
        receipt: o.receipt,
      };
      audit.push({
        actor: ctx.actor,
        action: 'federation.inbox.accept',
        subjectType: 'message',
        subjectId: header.id,
        details: { type: header.type, digest: o.message.digest, batchId },
      });
    }
    // Multi-row inserts: a batch of 500 is a handful of statements, not a thousand.
    for (let i = 0; i < messageRows.length; i += 200) {
      await tx.db
        .insertInto('inbox_messages')
        .values(messageRows.slice(i, i + 200))
        .execute();
      await tx.db
        .insertInto('receipts')
        .values(receiptRows.slice(i, i + 200))
        .execute();
    }
    results.forEach((r, i) => {
      if (r?.status === 'rejected')
        audit.push({
          actor: ctx.actor,
          action: 'federation.inbox.reject',
          subjectType: 'message',
          subjectId: r.messageId ?? `batch:${batchId}:${i}`,
          details: { reason: r.reason, detail: r.detail, batchId, ...(r.digest ? { digest: r.digest } : {}) },
        });
    });
    if (audit.length > 0) await appendAudit(tx, ctx, audit);
  });

  const final = results as EnvelopeResult[];
  if (final.some((r) => r.status === 'accepted')) return { status: 200, body: { batchId, results: final } };
  // Nothing accepted: the request as a whole failed, with each envelope's reason.
  const first = final[0] as Extract<EnvelopeResult, { status: 'rejected' }>;
  return {
    status: statusOf(first.reason),
    problem: { code: first.reason, reason: first.reason, detail: first.detail, batchId, results: final },
  };
}

/** Every peer, any status. */
export async function loadPeers(database: Database): Promise<Peer[]> {
  const rows = await database.db.selectFrom('peers').selectAll().execute();
  return rows.map(toPeer);
}

async function auditRefusal(
  database: Database,
  ctx: CommandContext,
  r: { reason: InboxRejection; detail: string; from: string | undefined },
): Promise<void> {
  await database.transact((tx) =>
    appendAudit(tx, ctx, [
      {
        actor: ctx.actor,
        action: 'federation.inbox.refuse',
        subjectType: 'inbox',
        subjectId: 'batch',
        details: { reason: r.reason, detail: r.detail.slice(0, 300), ...(r.from ? { keyId: r.from } : {}) },
      },
    ]),
  );
}
