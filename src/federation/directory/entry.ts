/**
 * The entries of a directory of nodes (docs/FEDERATION.md §17): what an operator appends to its
 * append-only list. A card lists a node and its keys; a rotation introduces a node's next key
 * under its current one; a revocation withdraws a node (a compromised key, a node shut down).
 * Each entry is a leaf of the directory's Merkle tree, hashed as the UTF-8 bytes of its
 * RFC 8785 canonical JSON, so every implementation hashes the same bytes.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import { type Hash, leafHash } from '../../core/transparency/merkle.js';

export interface CardEntry {
  readonly kind: 'card';
  /** The node's compact signed peer card (§6.1). */
  readonly card: string;
}

export interface RotationEntry {
  readonly kind: 'rotation';
  readonly nodeId: string;
  /** A key-rotation announcement (§6.3) signed by a key the directory already lists for the node. */
  readonly announcement: string;
}

export interface RevocationEntry {
  readonly kind: 'revocation';
  readonly nodeId: string;
  readonly reason: string;
  readonly revokedAt: string;
}

export type DirectoryEntry = CardEntry | RotationEntry | RevocationEntry;

const MAX_COMPACT = 65_536;
const MAX_REASON = 500;

/** Why a JSON value is not a directory entry, or undefined when it is one. */
export function entryProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const e = value as Record<string, unknown>;
  const keys = Object.keys(e).sort().join(',');
  const compact = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_COMPACT;
  switch (e.kind) {
    case 'card':
      if (keys !== 'card,kind') return 'a card entry has exactly kind and card';
      return compact(e.card) ? undefined : 'card must be a compact JWS';
    case 'rotation':
      if (keys !== 'announcement,kind,nodeId')
        return 'a rotation entry has exactly kind, nodeId and announcement';
      if (typeof e.nodeId !== 'string' || e.nodeId === '') return 'nodeId required';
      return compact(e.announcement) ? undefined : 'announcement must be a compact JWS';
    case 'revocation':
      if (keys !== 'kind,nodeId,reason,revokedAt')
        return 'a revocation entry has exactly kind, nodeId, reason and revokedAt';
      if (typeof e.nodeId !== 'string' || e.nodeId === '') return 'nodeId required';
      if (typeof e.reason !== 'string' || e.reason.length > MAX_REASON) return 'reason must be text';
      return isInstant(e.revokedAt) ? undefined : 'revokedAt must be an ISO instant';
    default:
      return `kind ${JSON.stringify(e.kind)} is not card, rotation or revocation`;
  }
}

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The bytes an entry is hashed as: its canonical JSON in UTF-8. */
export function entryBytes(entry: DirectoryEntry): Uint8Array {
  return new TextEncoder().encode(canonicalJson(entry));
}

/** The entry's Merkle leaf hash, SHA-256(0x00 ‖ canonical JSON). */
export function entryLeaf(entry: DirectoryEntry): Hash {
  return leafHash(entryBytes(entry));
}
