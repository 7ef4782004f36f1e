/**
 * Trusted peers in `peers`. A peer is added only from its signed card and the fingerprint an
 * administrator confirmed out of band (no trust on first use); afterwards its keys change only
 * through material signed by a key already trusted (a newer card or a rotation announcement).
 * Keys are never forgotten, so a message made before a rotation still verifies.
 */
import type { Clock } from '../../core/clock.js';
import type { CommandContext } from '../../core/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { appendAudit } from '../../storage/audit/audit-log.js';
import { runCommand } from '../../storage/command.js';
import type { Database, Tx, Reader } from '../../storage/database.js';
import type { PeersTable } from '../../storage/schema.js';
import type { ResolvedKey } from '../crypto/jwk.js';
import { peekJwsMember } from '../crypto/jws.js';
import { keysAfterRotation, verifyKeyRotation } from '../crypto/key-rotation.js';
import { type KeyRecord, type KeyUse, currentKey, keyValidAt } from '../crypto/key-record.js';
import { type HostedAuthority, type PeerCard, verifyPeerCard } from '../peers/peer-card.js';
import { mergeKeys } from './merge-keys.js';

/** A trusted peer as the rest of federation sees it. */
export interface Peer {
  readonly nodeId: string;
  readonly url: string;
  readonly state: string;
  readonly fingerprint: string;
  readonly status: 'active' | 'revoked';
  readonly keys: readonly KeyRecord[];
  readonly authorities: readonly HostedAuthority[];
  readonly failures: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  /** The directory the peer was trusted through; null when its fingerprint was confirmed by hand. */
  readonly trustedVia: string | null;
  readonly addedAt: string;
  readonly updatedAt: string;
}

// Parsed key lists by their stored text: the same JWK objects come back for the same peer, so
// node:crypto key imports (cached per JWK object) are done once, not once per message.
const parsedKeys = new Map<string, KeyRecord[]>();
function parseKeys(text: string): KeyRecord[] {
  let keys = parsedKeys.get(text);
  if (!keys) {
    if (parsedKeys.size > 512) parsedKeys.clear();
    keys = JSON.parse(text) as KeyRecord[];
    parsedKeys.set(text, keys);
  }
  return keys;
}

/** Row → Peer. */
export function toPeer(row: PeersTable): Peer {
  return {
    nodeId: row.node_id,
    url: row.url,
    state: row.state,
    fingerprint: row.fingerprint,
    status: row.status,
    keys: parseKeys(row.keys),
    authorities: JSON.parse(row.authorities) as HostedAuthority[],
    failures: row.failures,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    trustedVia: row.trusted_via ?? null,
    addedAt: row.added_at,
    updatedAt: row.updated_at,
  };
}

/** The active peer serving `state`, or 409 `no_peer_for_state`. */
export async function peerServing(db: Reader, state: string): Promise<string> {
  const peer = await db
    .selectFrom('peers')
    .select('node_id')
    .where('state', '=', state)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!peer)
    throw new ConflictError(
      'no_peer_for_state',
      `no trusted peer node serves ${state}; an administrator must add its peer card first`,
    );
  return peer.node_id;
}

/** The State a peer serves, from its trusted card (any status). */
export async function stateOfPeer(db: Reader, nodeId: string): Promise<string | undefined> {
  const row = await db.selectFrom('peers').select('state').where('node_id', '=', nodeId).executeTakeFirst();
  return row?.state;
}

/** Reads one peer (any status) through a transaction or the read handle. */
export async function findPeer(db: Reader, nodeId: string): Promise<Peer | undefined> {
  const row = await db.selectFrom('peers').selectAll().where('node_id', '=', nodeId).executeTakeFirst();
  return row ? toPeer(row) : undefined;
}

export async function listPeers(database: Database): Promise<Peer[]> {
  const rows = await database.db.selectFrom('peers').selectAll().orderBy('node_id').execute();
  return rows.map(toPeer);
}

/** The current encryption key of a peer (or of one authority it hosts). */
export function peerEncryptionKey(peer: Peer, now: Date, authority?: string): KeyRecord | undefined {
  return currentKey(peer.keys, 'enc', now, authority) ?? currentKey(peer.keys, 'enc', now);
}

/** A peer's key named `kid` valid at `at` (signing keys of the node or of its authorities). */
export function peerKeyAt(peer: Peer, kid: string, at: Date, use: KeyUse = 'sig'): ResolvedKey | undefined {
  return keyValidAt(peer.keys, kid, at, use);
}

export interface AddPeerInput {
  /** The peer's compact signed card. */
  readonly card: string;
  /** The fingerprint the administrator read out of band (spaces and case ignored). */
  readonly fingerprint: string;
}

/**
 * Trusts a new peer (or re-trusts a revoked one): the card must verify and its fingerprint
 * must equal the one confirmed out of band; otherwise nothing is stored.
 */
export async function addPeer(database: Database, ctx: CommandContext, input: AddPeerInput): Promise<Peer> {
  const verified = await verifyPeerCard(input.card, {
    clock: ctx.clock,
    expectedFingerprint: input.fingerprint,
  });
  if (!verified.ok)
    throw new ValidationError(
      `peer card refused (${verified.reason}): ${verified.detail}`,
      [
        {
          path: verified.reason === 'untrusted' ? '/body/fingerprint' : '/body/card',
          message: verified.detail,
        },
      ],
      verified.reason === 'untrusted' ? 'fingerprint_mismatch' : `peer_card_${verified.reason}`,
    );
  const card = verified.card;
  return runCommand(database, ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const existing = await findPeer(tx.db, card.nodeId);
    if (existing?.status === 'active')
      throw new ConflictError(
        'peer_exists',
        `peer ${card.nodeId} is already trusted; update its card instead`,
      );
    const values = {
      url: card.url,
      state: card.state,
      fingerprint: verified.fingerprint,
      card: input.card,
      keys: JSON.stringify(mergeKeys(existing?.keys ?? [], card.keys)),
      authorities: JSON.stringify(card.authorities),
      status: 'active' as const,
      trusted_via: null,
      failures: 0,
      next_attempt_at: null,
      last_error: null,
      updated_at: now,
    };
    if (existing) await tx.db.updateTable('peers').set(values).where('node_id', '=', card.nodeId).execute();
    else
      await tx.db
        .insertInto('peers')
        .values({ node_id: card.nodeId, ...values, lease_owner: null, lease_until: null, added_at: now })
        .execute();
    const peer = (await findPeer(tx.db, card.nodeId)) as Peer;
    return {
      value: peer,
      audit: {
        actor: ctx.actor,
        action: existing ? 'federation.peer.retrust' : 'federation.peer.add',
        subjectType: 'peer',
        subjectId: card.nodeId,
        details: { url: card.url, state: card.state, fingerprint: verified.fingerprint },
      },
    };
  });
}

/** Replaces a peer's card with a newer one signed by a key we already trust. */
export async function updatePeerCard(
  database: Database,
  ctx: CommandContext,
  compact: string,
): Promise<Peer> {
  return runCommand(database, ctx, async (tx) => {
    const peek = peekCardNode(compact);
    const existing = peek ? await findPeer(tx.db, peek) : undefined;
    if (!existing) throw new NotFoundError('peer', peek ?? '(unreadable card)');
    const verified = await verifyPeerCard(compact, { clock: ctx.clock, trustedKeys: existing.keys });
    if (!verified.ok)
      throw new ValidationError(
        `peer card refused (${verified.reason}): ${verified.detail}`,
        [],
        `peer_card_${verified.reason}`,
      );
    await writeCard(tx, ctx.clock, existing, verified.card, compact);
    return {
      value: (await findPeer(tx.db, existing.nodeId)) as Peer,
      audit: {
        actor: ctx.actor,
        action: 'federation.peer.card_update',
        subjectType: 'peer',
        subjectId: existing.nodeId,
        details: { kids: verified.card.keys.map((k) => k.kid) },
      },
    };
  });
}

/** Stops delivery both ways: the outbox holds the peer's messages, the inbox refuses it. */
export async function revokePeer(database: Database, ctx: CommandContext, nodeId: string): Promise<Peer> {
  return runCommand(database, ctx, async (tx) => {
    const existing = await findPeer(tx.db, nodeId);
    if (!existing) throw new NotFoundError('peer', nodeId);
    await tx.db
      .updateTable('peers')
      .set({ status: 'revoked', trusted_via: null, updated_at: ctx.clock.now().toISOString() })
      .where('node_id', '=', nodeId)
      .execute();
    return {
      value: { ...existing, status: 'revoked' as const },
      audit: { actor: ctx.actor, action: 'federation.peer.revoke', subjectType: 'peer', subjectId: nodeId },
    };
  });
}

/**
 * Applies key-rotation announcements a peer sent with a batch. Each must be signed by a key of
 * that peer we already trust; unknown ones are ignored (the batch is then judged on its own).
 * Returns the number of keys learnt, and audits each.
 */
export async function applyKeyRotations(
  tx: Tx,
  ctx: CommandContext,
  announcements: readonly string[],
): Promise<number> {
  let learnt = 0;
  for (const compact of announcements) {
    const nodeId = peekCardNode(compact);
    const peer = nodeId ? await findPeer(tx.db, nodeId) : undefined;
    if (peer?.status !== 'active') continue;
    const verified = verifyKeyRotation(compact, peer.keys);
    if (!verified.ok || verified.rotation.nodeId !== peer.nodeId) continue;
    const { next, previousKid } = verified.rotation;
    if (peer.keys.some((k) => k.kid === next.kid)) continue;
    const keys = keysAfterRotation(peer.keys, verified.rotation);
    await tx.db
      .updateTable('peers')
      .set({ keys: JSON.stringify(keys), updated_at: ctx.clock.now().toISOString() })
      .where('node_id', '=', peer.nodeId)
      .execute();
    await appendAudit(tx, ctx, [
      {
        actor: { type: 'peer', id: peer.nodeId },
        action: 'federation.peer.key_rotation',
        subjectType: 'peer',
        subjectId: peer.nodeId,
        details: { previousKid, nextKid: next.kid, use: next.use },
      },
    ]);
    learnt++;
  }
  return learnt;
}

async function writeCard(
  tx: Tx,
  clock: Clock,
  existing: Peer,
  card: PeerCard,
  compact: string,
): Promise<void> {
  await tx.db
    .updateTable('peers')
    .set({
      url: card.url,
      state: card.state,
      card: compact,
      keys: JSON.stringify(mergeKeys(existing.keys, card.keys)),
      authorities: JSON.stringify(card.authorities),
      updated_at: clock.now().toISOString(),
    })
    .where('node_id', '=', existing.nodeId)
    .execute();
}

function peekCardNode(compact: string): string | undefined {
  const id = peekJwsMember(compact, 'nodeId');
  return typeof id === 'string' ? id : undefined;
}
