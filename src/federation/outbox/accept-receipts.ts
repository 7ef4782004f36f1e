/**
 * The one path by which an outgoing message becomes accepted, whichever way its `accepted`
 * receipt came back: in the peer's answer to our HTTP batch (the delivery worker) or in a
 * result file carried across an air gap (`comity outbox ingest`). Each receipt is verified
 * against the envelope we hold and the peer's keys; the verified ones are stored once each, their
 * messages marked accepted at the receipt's signed instant (legal clocks start there), their
 * delivery alerts resolved, and one audit event says which messages the peer accepted and how.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AuditEntry } from '../../core/audit/chain.js';
import type { Tx } from '../../storage/database.js';
import { type Peer, peerKeyAt } from '../peers/peers-store.js';
import { type Receipt, verifyReceipt } from '../receipts/receipt.js';

/** A message we sent and the compact receipt the peer returned for it. */
export interface ReturnedReceipt {
  readonly messageId: string;
  /** Digest of the envelope as we sent it. */
  readonly digest: string;
  readonly compact: string;
}

export type ReceiptVerdict =
  | { readonly ok: true; readonly messageId: string; readonly receipt: Receipt; readonly compact: string }
  | { readonly ok: false; readonly messageId: string; readonly problem: string };

/** Verifies returned receipts (outside any transaction: crypto needs no write lock). */
export function verifyAcceptedReceipts(
  nodeId: string,
  peer: Peer,
  returned: readonly ReturnedReceipt[],
): Promise<ReceiptVerdict[]> {
  return Promise.all(
    returned.map(async (r): Promise<ReceiptVerdict> => {
      const v = await verifyReceipt(r.compact, {
        resolveKey: (node, kid, at) => (node === peer.nodeId ? peerKeyAt(peer, kid, at) : undefined),
        expect: {
          messageId: r.messageId,
          envelopeDigest: r.digest,
          from: peer.nodeId,
          to: nodeId,
          receiptType: 'accepted',
        },
      });
      return v.ok
        ? { ok: true, messageId: r.messageId, receipt: v.receipt, compact: r.compact }
        : { ok: false, messageId: r.messageId, problem: `${v.reason}: ${v.detail}` };
    }),
  );
}

/** How the receipts came back, for the audit trail. */
export type ReceiptRoute = { readonly via: 'http'; readonly batchId: string } | { readonly via: 'air-gap' };

/**
 * Records verified receipts in `tx`: stores each receipt once, marks its message accepted at
 * the receipt's signed time and resolves its delivery alerts. Returns the audit entry, or
 * undefined when `verified` is empty.
 */
export async function acceptReceipts(
  tx: Tx,
  input: {
    readonly peer: string;
    readonly verified: ReadonlyArray<Extract<ReceiptVerdict, { ok: true }>>;
    readonly now: Date;
    readonly route: ReceiptRoute;
  },
): Promise<AuditEntry | undefined> {
  const { peer, verified, now } = input;
  if (verified.length === 0) return undefined;
  const ids = verified.map((v) => v.messageId);
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += 500)
    for (const r of await tx.db
      .selectFrom('receipts')
      .select('message_id')
      .where('message_id', 'in', ids.slice(i, i + 500))
      .where('receipt_type', '=', 'accepted')
      .where('direction', '=', 'received')
      .execute())
      known.add(r.message_id);
  const fresh = verified.filter((v) => !known.has(v.messageId));
  for (let i = 0; i < fresh.length; i += 200)
    await tx.db
      .insertInto('receipts')
      .values(
        fresh.slice(i, i + 200).map((v) => ({
          id: randomUUID(),
          message_id: v.messageId,
          direction: 'received' as const,
          receipt_type: 'accepted',
          peer,
          envelope_digest: v.receipt.envelopeDigest,
          signed_at: v.receipt.at,
          compact: v.compact,
          stored_at: now.toISOString(),
        })),
      )
      .execute();
  // Receipts of one batch mostly share their signed instant: one update per distinct instant.
  const byInstant = new Map<string, string[]>();
  for (const v of verified)
    byInstant.set(v.receipt.at, [...(byInstant.get(v.receipt.at) ?? []), v.messageId]);
  // SQLite, without statistics, prefers the (status, created_at) index for `status = ?` over
  // hundreds of probes of the unique message id, and so read every pending row of every peer
  // for each batch: catching up a backlog of n messages cost n² (30,000 took 44–53 s, 10,000 took
  // 7 s). `+status` is the same test with no index behind it, which leaves message_id the way in.
  // The same holds for the peer: `peer = ?` alone lets SQLite walk (peer, status, seq) over the
  // whole backlog of that peer (100,000 queued messages caught up in 150 s instead of 44 s).
  const sqlite = tx.dialect === 'sqlite';
  const status = sqlite ? sql<string>`+status` : sql.ref<string>('status');
  const ofPeer = sqlite ? sql<string>`+peer` : sql.ref<string>('peer');
  for (const [at, group] of byInstant)
    for (let i = 0; i < group.length; i += 500)
      await tx.db
        .updateTable('outbox')
        .set({ status: 'accepted', accepted_at: at, last_attempt_at: now.toISOString(), last_error: null })
        .where('message_id', 'in', group.slice(i, i + 500))
        .where(ofPeer, '=', peer)
        .where(status, '=', 'pending')
        .execute();
  for (let i = 0; i < ids.length; i += 500)
    await tx.db
      .updateTable('delivery_alerts')
      .set({ resolved_at: now.toISOString() })
      .where('message_id', 'in', ids.slice(i, i + 500))
      .where('resolved_at', 'is', null)
      .execute();
  return {
    actor: { type: 'peer', id: peer },
    action: 'federation.outbox.accepted',
    subjectType: 'peer',
    subjectId: peer,
    details: { ...input.route, messages: ids },
  };
}
