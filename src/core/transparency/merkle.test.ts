/**
 * The Merkle tree against the reference data of RFC 6962/9162 implementations (the eight test
 * leaves and the tree head of each prefix), and exhaustively for every tree of up to 40 leaves:
 * every inclusion and consistency proof verifies, and any change to a proof, a leaf, an index
 * or a head makes it fail. (A size is bound by the signed tree head that carries it: a proof
 * may also fit a tree of another size whose shape is the same there, but not its head.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  consistencyProof,
  type Hash,
  inclusionProof,
  leafHash,
  treeHash,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

const hex = (h: Uint8Array) => Buffer.from(h).toString('hex');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));

/** The reference leaves: "", 00, 10, 2021, 30 31, 40…43, 50…57, 60…6f. */
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
/** The head of the tree of the first 1…8 of them. */
const HEADS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

test('the tree heads of the reference leaves, and of no leaves', () => {
  const leaves = LEAVES.map((l) => leafHash(bytes(l)));
  for (let n = 1; n <= 8; n++) assert.equal(hex(treeHash(leaves.slice(0, n))), HEADS[n - 1], `tree of ${n}`);
  assert.equal(hex(treeHash([])), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

const leavesOf = (n: number) =>
  Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`entry ${i}`)));
const flip = (h: Hash) => {
  const c = new Uint8Array(h);
  c[0] = c[0]! ^ 1;
  return c;
};

test('every inclusion proof of every tree up to 40 leaves verifies, and a changed one does not', () => {
  for (let n = 1; n <= 40; n++) {
    const leaves = leavesOf(n);
    const root = treeHash(leaves);
    for (let i = 0; i < n; i++) {
      const proof = inclusionProof(leaves, i);
      assert.ok(verifyInclusion(leaves[i]!, i, n, proof, root), `leaf ${i} of ${n}`);
      assert.ok(!verifyInclusion(flip(leaves[i]!), i, n, proof, root), 'another leaf');
      assert.ok(!verifyInclusion(leaves[i]!, i, n, proof, flip(root)), 'another head');
      if (n > 1) {
        assert.ok(!verifyInclusion(leaves[i]!, (i + 1) % n, n, proof, root), 'another index');
        for (let p = 0; p < proof.length; p++) {
          const changed = proof.map((h, j) => (j === p ? flip(h) : h));
          assert.ok(!verifyInclusion(leaves[i]!, i, n, changed, root), `hash ${p} of the proof changed`);
        }
        assert.ok(!verifyInclusion(leaves[i]!, i, n, proof.slice(1), root), 'a hash missing');
      }
      assert.ok(!verifyInclusion(leaves[i]!, i, n, [...proof, root], root), 'a hash too many');
    }
    assert.ok(!verifyInclusion(leaves[0]!, n, n, [], root), 'an index past the end');
    assert.throws(() => inclusionProof(leaves, n), RangeError);
  }
});

test('every consistency proof between trees up to 40 leaves verifies, and a changed one does not', () => {
  for (let n = 1; n <= 40; n++) {
    const leaves = leavesOf(n);
    const root = treeHash(leaves);
    for (let m = 1; m <= n; m++) {
      const first = treeHash(leaves.slice(0, m));
      const proof = consistencyProof(leaves, m);
      assert.ok(verifyConsistency(m, n, proof, first, root), `${m} → ${n}`);
      assert.ok(!verifyConsistency(m, n, proof, flip(first), root), 'another first head');
      assert.ok(!verifyConsistency(m, n, proof, first, flip(root)), 'another second head');
      for (let p = 0; p < proof.length; p++) {
        const changed = proof.map((h, j) => (j === p ? flip(h) : h));
        assert.ok(!verifyConsistency(m, n, changed, first, root), `hash ${p} of the proof changed`);
      }
      if (m < n) {
        assert.ok(!verifyConsistency(m, n, [], first, root), 'no proof between different sizes');
      }
    }
    // A history rewritten: the same size, one entry changed, cannot be proved consistent.
    if (n >= 2) {
      const forked = [...leaves];
      forked[0] = flip(forked[0]!);
      const proof = consistencyProof(leaves, n - 1);
      assert.ok(!verifyConsistency(n - 1, n, proof, treeHash(forked.slice(0, n - 1)), root));
    }
  }
});

test('the reference inclusion proof of the first leaf in the tree of eight', () => {
  const leaves = LEAVES.map((l) => leafHash(bytes(l)));
  assert.deepEqual(inclusionProof(leaves, 0).map(hex), [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ]);
});
