/**
 * Merkle trees as RFC 9162 (Certificate Transparency 2.0, §2.1) defines them, over SHA-256: the
 * hash of a list of entries, the proof that one entry is in a tree of a given size (inclusion),
 * and the proof that a tree of one size is a prefix of a larger one (consistency), each with
 * the RFC's verification algorithm. Pure functions over byte arrays: whoever keeps an
 * append-only list (a directory of nodes, the audit log) can publish its tree heads, and anyone
 * holding a head can check an entry or a later head without trusting the keeper.
 *
 * Leaves and interior nodes are hashed with different prefixes (0x00, 0x01), so a leaf can never
 * be passed off as an interior node.
 */
import { createHash } from 'node:crypto';

export type Hash = Uint8Array;

const sha256 = (bytes: Uint8Array): Hash => new Uint8Array(createHash('sha256').update(bytes).digest());

const LEAF = new Uint8Array([0x00]);
const NODE = new Uint8Array([0x01]);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The hash of one entry as a leaf: SHA-256(0x00 ‖ entry). */
export const leafHash = (entry: Uint8Array): Hash => sha256(concat(LEAF, entry));

/** The hash of an interior node: SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: Hash, right: Hash): Hash => sha256(concat(NODE, left, right));

/** The largest power of two smaller than `n` (n ≥ 2): where RFC 9162 splits a tree. */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) of the leaf hashes `leaves` (the hash of the empty string for no entries). */
export function treeHash(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

/** PATH(m, D[n]): the inclusion proof of leaf `index` in the tree of `leaves`. */
export function inclusionProof(leaves: readonly Hash[], index: number): Hash[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...inclusionProof(leaves.slice(0, k), index), treeHash(leaves.slice(k))]
    : [...inclusionProof(leaves.slice(k), index - k), treeHash(leaves.slice(0, k))];
}

/** PROOF(m, D[n]): the consistency proof of the tree of the first `size` leaves with the whole. */
export function consistencyProof(leaves: readonly Hash[], size: number): Hash[] {
  if (!Number.isInteger(size) || size < 1 || size > leaves.length)
    throw new RangeError(`no consistency proof from a tree of ${size} to one of ${leaves.length}`);
  return subproof(leaves, size, true);
}

function subproof(leaves: readonly Hash[], m: number, whole: boolean): Hash[] {
  const n = leaves.length;
  if (m === n) return whole ? [] : [treeHash(leaves)];
  const k = split(n);
  return m <= k
    ? [...subproof(leaves.slice(0, k), m, whole), treeHash(leaves.slice(k))]
    : [...subproof(leaves.slice(k), m - k, false), treeHash(leaves.slice(0, k))];
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** RFC 9162 §2.1.3.2: is `leaf` at `index` of the tree of `size` whose head is `root`? */
export function verifyInclusion(
  leaf: Hash,
  index: number,
  size: number,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
    } else r = nodeHash(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `first` leaves with head `firstRoot` a prefix of the tree of
 * `second` leaves with head `secondRoot`? A tree is consistent with itself by an empty proof.
 */
export function verifyConsistency(
  first: number,
  second: number,
  proof: readonly Hash[],
  firstRoot: Hash,
  secondRoot: Hash,
): boolean {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 1 || first > second) return false;
  if (first === second) return proof.length === 0 && equal(firstRoot, secondRoot);
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0)
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
    } else sr = nodeHash(sr, c);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, firstRoot) && equal(sr, secondRoot);
}
