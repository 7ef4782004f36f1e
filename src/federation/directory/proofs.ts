/**
 * Proofs about a directory that need no copy of it (docs/FEDERATION.md §17.5): that an entry is
 * in the tree of a signed head (inclusion), and that a signed head extends one seen before
 * (consistency). A mirror serves both; a node uses the second to check, against the head it
 * holds, a head a peer reports — which is how an operator showing different lists to different
 * States is caught.
 */
import {
  type Hash,
  consistencyProof,
  inclusionProof,
  treeHash,
  verifyConsistency,
  verifyInclusion,
} from '../../core/transparency/merkle.js';
import { b64u, fromB64u } from '../crypto/base64url.js';
import type { OkpPublicJwk } from '../crypto/jwk.js';
import { type DirectoryEntry, entryLeaf, entryProblem } from './entry.js';
import { type TreeHead, verifyHead } from './head.js';
import { rootBytes } from './document.js';

export interface InclusionBundle {
  readonly entry: DirectoryEntry;
  readonly index: number;
  readonly proof: readonly string[];
  readonly head: string;
}

export interface HeadReport {
  readonly head: string;
  readonly cosignatures: readonly string[];
  /** The size the consistency proof starts from (the asker's), absent when none was asked. */
  readonly from?: number;
  readonly proof?: readonly string[];
}

const encode = (proof: readonly Hash[]) => proof.map((h) => b64u(h));

function decode(proof: unknown): Hash[] | undefined {
  if (!Array.isArray(proof) || proof.length > 64) return undefined;
  const out: Hash[] = [];
  for (const p of proof) {
    const bytes = typeof p === 'string' ? fromB64u(p) : undefined;
    if (bytes?.length !== 32) return undefined;
    out.push(new Uint8Array(bytes));
  }
  return out;
}

export function makeInclusion(
  entries: readonly DirectoryEntry[],
  leaves: readonly Hash[],
  index: number,
  head: string,
): InclusionBundle {
  return {
    entry: entries[index] as DirectoryEntry,
    index,
    proof: encode(inclusionProof(leaves, index)),
    head,
  };
}

export type ProofResult =
  | { readonly ok: true; readonly head: TreeHead }
  | {
      readonly ok: false;
      readonly reason: 'malformed' | 'untrusted_key' | 'bad_signature' | 'bad_inclusion' | 'inconsistent';
      readonly detail: string;
    };

/** Checks that `bundle.entry` is entry `index` of the tree its head signs. */
export function verifyInclusionBundle(bundle: InclusionBundle, key: OkpPublicJwk): ProofResult {
  const head = verifyHead(typeof bundle?.head === 'string' ? bundle.head : '', key);
  if (!head.ok) return head;
  const problem = entryProblem(bundle.entry);
  const proof = decode(bundle.proof);
  if (problem || !proof || !Number.isSafeInteger(bundle.index))
    return {
      ok: false,
      reason: 'malformed',
      detail: problem ?? 'index and proof (base64url hashes) required',
    };
  return verifyInclusion(entryLeaf(bundle.entry), bundle.index, head.head.size, proof, rootBytes(head.head))
    ? { ok: true, head: head.head }
    : {
        ok: false,
        reason: 'bad_inclusion',
        detail: `entry ${bundle.index} is not in the tree of ${head.head.size} the head signs`,
      };
}

/** A mirror's report of its head, with the consistency proof from the asker's size. */
export function makeHeadReport(
  leaves: readonly Hash[],
  head: string,
  cosignatures: readonly string[],
  from?: number,
): HeadReport {
  if (from === undefined || from < 1 || from >= leaves.length) return { head, cosignatures };
  return { head, cosignatures, from, proof: encode(consistencyProof(leaves, from)) };
}

/**
 * Checks a reported head against the one held (`mine`): the same tree, a prefix of it, or a
 * later tree that the proof shows extends it. Anything else is two histories signed by one
 * key — a split view.
 */
export function checkReportedHead(
  report: HeadReport,
  key: OkpPublicJwk,
  mine: TreeHead,
  myLeaves: readonly Hash[],
): ProofResult & { readonly relation?: 'same' | 'behind' | 'ahead' } {
  const verified = verifyHead(typeof report?.head === 'string' ? report.head : '', key);
  if (!verified.ok) return verified;
  const theirs = verified.head;
  if (theirs.directory !== mine.directory)
    return { ok: false, reason: 'malformed', detail: `the head is for ${theirs.directory}` };
  const split = (detail: string) => ({ ok: false as const, reason: 'inconsistent' as const, detail });
  if (theirs.size <= mine.size) {
    const root = b64u(treeHash(myLeaves.slice(0, theirs.size)));
    if (root !== theirs.root)
      return split(`the head of ${theirs.size} entries differs from this node's first ${theirs.size}`);
    return { ok: true, head: theirs, relation: theirs.size === mine.size ? 'same' : 'behind' };
  }
  const proof = decode(report.proof);
  if (mine.size === 0) return { ok: true, head: theirs, relation: 'ahead' };
  if (!proof || report.from !== mine.size)
    return { ok: false, reason: 'malformed', detail: `no consistency proof from ${mine.size}` };
  return verifyConsistency(mine.size, theirs.size, proof, rootBytes(mine), rootBytes(theirs))
    ? { ok: true, head: theirs, relation: 'ahead' }
    : split(`the head of ${theirs.size} entries does not extend this node's head of ${mine.size}`);
}
