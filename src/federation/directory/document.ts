/**
 * The published form of a directory (docs/FEDERATION.md §17.4): its id, name and key, every
 * entry in order, the signed head over them and the witnesses' cosignatures. Whoever holds a
 * copy can serve it (operator or mirror); whoever fetches it checks it whole against the key
 * its administrator trusts and against the head it saw last, so a copy from anywhere is as good
 * as one from the operator.
 */
import { type Hash, treeHash } from '../../core/transparency/merkle.js';
import { fromB64u } from '../crypto/base64url.js';
import { type OkpPublicJwk, isOkpPublicJwk, jwkThumbprint } from '../crypto/jwk.js';
import { type DirectoryEntry, entryLeaf, entryProblem } from './entry.js';
import { DIRECTORY_ID, type TreeHead, cosignatureWitness, rootText, verifyHead } from './head.js';
import { type Listing, replayEntries } from './listing.js';

export const DIRECTORY_VERSION = 1;
export const MAX_COSIGNATURES = 64;

export interface DirectoryDocument {
  readonly version: 1;
  readonly directory: { readonly id: string; readonly name: string; readonly key: OkpPublicJwk };
  readonly entries: readonly DirectoryEntry[];
  readonly head: string;
  readonly cosignatures: readonly string[];
}

/** Why a directory is refused; each is a stable code in the protocol. */
export type DirectoryFailure =
  | 'malformed'
  | 'untrusted_key'
  | 'bad_signature'
  | 'root_mismatch'
  | 'inconsistent'
  | 'bad_entry'
  | 'quorum';

/** The last head a node accepted for a directory: a later copy must extend it. */
export interface SeenHead {
  readonly size: number;
  readonly root: string;
}

export interface VerifyDirectoryOptions {
  /** The directory key the administrator chose to trust (compared by thumbprint). */
  readonly key: OkpPublicJwk;
  readonly previous?: SeenHead;
  /** Witness key ids whose cosignatures count, and how many are needed. */
  readonly witnesses?: readonly string[];
  readonly quorum?: number;
}

export type VerifiedDirectory = {
  readonly ok: true;
  readonly head: TreeHead;
  readonly leaves: readonly Hash[];
  readonly nodes: Listing;
  /** Witness key ids among those chosen that cosigned this head. */
  readonly witnessed: readonly string[];
};

export type VerifyDirectoryResult =
  | VerifiedDirectory
  | { readonly ok: false; readonly reason: DirectoryFailure; readonly detail: string };

function shapeProblem(doc: DirectoryDocument): string | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return 'not a JSON object';
  if (doc.version !== DIRECTORY_VERSION) return `version ${String(doc.version)} unsupported`;
  const d = doc.directory;
  if (d === null || typeof d !== 'object') return 'directory {id, name, key} required';
  if (typeof d.id !== 'string' || !DIRECTORY_ID.test(d.id)) return 'directory.id must be a lower-case id';
  if (typeof d.name !== 'string' || d.name.length > 200) return 'directory.name must be text';
  if (!isOkpPublicJwk(d.key, 'Ed25519')) return 'directory.key must be an Ed25519 public JWK';
  if (!Array.isArray(doc.entries)) return 'entries must be an array';
  if (typeof doc.head !== 'string') return 'head must be a compact JWS';
  if (!Array.isArray(doc.cosignatures) || doc.cosignatures.length > MAX_COSIGNATURES)
    return `cosignatures must be an array of at most ${MAX_COSIGNATURES}`;
  if (!doc.cosignatures.every((c) => typeof c === 'string')) return 'cosignatures must be compact JWS';
  return undefined;
}

/** Checks a whole copy of a directory; nothing about it is believed before this says ok. */
export async function verifyDirectory(
  doc: DirectoryDocument,
  options: VerifyDirectoryOptions,
): Promise<VerifyDirectoryResult> {
  const shape = shapeProblem(doc);
  if (shape) return { ok: false, reason: 'malformed', detail: shape };
  if (jwkThumbprint(doc.directory.key) !== jwkThumbprint(options.key))
    return { ok: false, reason: 'untrusted_key', detail: 'the directory key is not the one trusted here' };
  const verified = verifyHead(doc.head, options.key);
  if (!verified.ok) return verified;
  const head = verified.head;
  if (head.directory !== doc.directory.id)
    return {
      ok: false,
      reason: 'malformed',
      detail: `the head is for ${head.directory}, not ${doc.directory.id}`,
    };
  for (const [index, entry] of doc.entries.entries()) {
    const problem = entryProblem(entry);
    if (problem) return { ok: false, reason: 'bad_entry', detail: `entry ${index}: ${problem}` };
  }
  if (head.size !== doc.entries.length)
    return {
      ok: false,
      reason: 'root_mismatch',
      detail: `the head covers ${head.size} entries, the copy holds ${doc.entries.length}`,
    };
  const leaves = doc.entries.map(entryLeaf);
  if (rootText(treeHash(leaves)) !== head.root)
    return { ok: false, reason: 'root_mismatch', detail: 'the entries do not hash to the signed root' };
  const previous = options.previous;
  if (previous) {
    if (head.size < previous.size)
      return {
        ok: false,
        reason: 'inconsistent',
        detail: `the directory shrank from ${previous.size} to ${head.size} entries`,
      };
    if (previous.size > 0 && rootText(treeHash(leaves.slice(0, previous.size))) !== previous.root)
      return {
        ok: false,
        reason: 'inconsistent',
        detail: `the first ${previous.size} entries differ from those seen before`,
      };
  }
  const replay = await replayEntries(doc.entries);
  if (!replay.ok)
    return { ok: false, reason: 'bad_entry', detail: `entry ${replay.index}: ${replay.detail}` };
  const chosen = new Set(options.witnesses ?? []);
  const witnessed = [
    ...new Set(
      doc.cosignatures
        .map((c) => cosignatureWitness(c, head))
        .filter((k): k is string => k !== undefined && chosen.has(k)),
    ),
  ];
  const quorum = options.quorum ?? 0;
  if (witnessed.length < quorum)
    return {
      ok: false,
      reason: 'quorum',
      detail: `${witnessed.length} of the ${quorum} witness cosignatures required`,
    };
  return { ok: true, head, leaves, nodes: replay.nodes, witnessed };
}

/** The 32 root bytes of a head. */
export const rootBytes = (head: { readonly root: string }): Hash => new Uint8Array(fromB64u(head.root) ?? []);

/** The statement a head signs for `leaves`, as of `issuedAt`. */
export function headFor(directory: string, leaves: readonly Hash[], issuedAt: Date): TreeHead {
  return {
    directory,
    size: leaves.length,
    root: rootText(treeHash(leaves)),
    issuedAt: issuedAt.toISOString(),
  };
}
