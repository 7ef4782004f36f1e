/**
 * What a directory says, read from its entries in order: which nodes it lists, with which keys,
 * and which it has revoked. The rules are those a peer applies to cards it already trusts: a
 * node's first card is taken on the operator's word (the operator checked its fingerprint out of
 * band), every later card or rotation must be signed by a key the directory already lists for
 * that node, so not even the operator can swap a State's key without a revocation that everyone
 * sees in the log.
 */
import type { Clock } from '../../core/clock.js';
import { peekJwsMember } from '../crypto/jws.js';
import { keysAfterRotation, verifyKeyRotation } from '../crypto/key-rotation.js';
import { type KeyRecord, keyValidAt } from '../crypto/key-record.js';
import { type PeerCard, fingerprintOfKid, verifyPeerCard } from '../peers/peer-card.js';
import { mergeKeys } from '../peers/merge-keys.js';
import type { DirectoryEntry } from './entry.js';

export interface ListedNode {
  readonly nodeId: string;
  readonly state: string;
  readonly url: string;
  /** The latest card listed for the node, compact and read. */
  readonly compact: string;
  readonly card: PeerCard;
  /** Every key the directory lists for the node, rotated-out ones included. */
  readonly keys: readonly KeyRecord[];
  /** Fingerprint of the node signing key that signed the latest card. */
  readonly fingerprint: string;
  /** Index of the entry that last changed the listing. */
  readonly index: number;
  readonly revoked?: { readonly reason: string; readonly revokedAt: string; readonly index: number };
}

export type Listing = ReadonlyMap<string, ListedNode>;

export type ReplayResult =
  | { readonly ok: true; readonly nodes: Listing }
  | { readonly ok: false; readonly index: number; readonly detail: string };

/** A clock stopped at one instant: a listed card is checked as of its own issue time. */
const at = (instant: string): Clock => ({ now: () => new Date(instant) });

function issuedAtOf(compact: string): string | undefined {
  const issuedAt = peekJwsMember(compact, 'issuedAt');
  return typeof issuedAt === 'string' ? issuedAt : undefined;
}

/**
 * Applies `entries` (numbered from `firstIndex`) to `start`. A card's expiry does not matter
 * here: a directory vouches for keys, which carry their own windows, not for a card's freshness.
 */
export async function replayEntries(
  entries: readonly DirectoryEntry[],
  start: Listing = new Map(),
  firstIndex = 0,
): Promise<ReplayResult> {
  const nodes = new Map(start);
  for (const [offset, entry] of entries.entries()) {
    const index = firstIndex + offset;
    const fail = (detail: string): ReplayResult => ({ ok: false, index, detail });
    if (entry.kind === 'card') {
      const issuedAt = issuedAtOf(entry.card);
      if (!issuedAt) return fail('the card cannot be read');
      const listed = nodes.get(peekNodeId(entry.card) ?? '');
      const current = listed && !listed.revoked ? listed : undefined;
      const verified = await verifyPeerCard(entry.card, {
        clock: at(issuedAt),
        ...(current ? { trustedKeys: current.keys } : {}),
      });
      if (!verified.ok)
        return fail(
          verified.reason === 'untrusted'
            ? `the card of ${current?.nodeId} is not signed by a key the directory lists for it`
            : `card refused (${verified.reason}): ${verified.detail}`,
        );
      const card = verified.card;
      nodes.set(card.nodeId, {
        nodeId: card.nodeId,
        state: card.state,
        url: card.url,
        compact: entry.card,
        card,
        keys: mergeKeys(current?.keys ?? [], card.keys),
        fingerprint: verified.fingerprint,
        index,
      });
    } else if (entry.kind === 'rotation') {
      const listed = nodes.get(entry.nodeId);
      if (!listed || listed.revoked) return fail(`${entry.nodeId} is not listed`);
      const verified = verifyKeyRotation(entry.announcement, listed.keys);
      if (!verified.ok) return fail(`rotation refused (${verified.reason}): ${verified.detail}`);
      if (verified.rotation.nodeId !== entry.nodeId) return fail('the rotation names another node');
      const keys = keysAfterRotation(listed.keys, verified.rotation);
      const signing = verified.rotation.next.use === 'sig' && verified.rotation.next.authority === undefined;
      nodes.set(entry.nodeId, {
        ...listed,
        keys,
        index,
        ...(signing ? { fingerprint: fingerprintOfKid(verified.rotation.next.kid) } : {}),
      });
    } else {
      const listed = nodes.get(entry.nodeId);
      if (!listed || listed.revoked) return fail(`${entry.nodeId} is not listed`);
      nodes.set(entry.nodeId, {
        ...listed,
        index,
        revoked: { reason: entry.reason, revokedAt: entry.revokedAt, index },
      });
    }
  }
  return { ok: true, nodes };
}

/** The node id a compact card claims, before it is verified. */
export function peekNodeId(compact: string): string | undefined {
  const nodeId = peekJwsMember(compact, 'nodeId');
  return typeof nodeId === 'string' ? nodeId : undefined;
}

/** The node signing key a listed node uses now, if the directory lists one valid at `now`. */
export function listedSigningKey(node: ListedNode, kid: string, now: Date): KeyRecord | undefined {
  return node.revoked ? undefined : keyValidAt(node.keys, kid, now);
}
