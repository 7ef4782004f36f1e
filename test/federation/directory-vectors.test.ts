/**
 * The directory vector (test/vectors/federation/directory.json) checked as another
 * implementation would: leaves recomputed from the canonical JSON, roots and proofs with the
 * RFC 9162 algorithms, the heads and the cosignature with jose (an independent JOSE library),
 * the copy accepted and each rejection refused with its stated reason.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compactVerify, importJWK } from 'jose';
import { treeHash, verifyConsistency, verifyInclusion } from '../../src/core/transparency/merkle.js';
import { fromB64u } from '../../src/federation/crypto/base64url.js';
import { jwkThumbprint } from '../../src/federation/crypto/jwk.js';
import { type DirectoryDocument, verifyDirectory } from '../../src/federation/directory/document.js';
import { fingerprintOfKid } from '../../src/federation/peers/peer-card.js';

const vector = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'vectors', 'federation', 'directory.json'), 'utf8'),
);
const copy = vector.copy as DirectoryDocument;
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const proof = (p: string[]) => p.map((x) => new Uint8Array(fromB64u(x)!));

test('leaves and roots follow from the canonical JSON alone', () => {
  const leaves = vector.entries.map((e: { canonicalJson: string; leafHex: string }) => {
    const leaf = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), Buffer.from(e.canonicalJson, 'utf8')]))
      .digest('hex');
    assert.equal(leaf, e.leafHex);
    return bytes(leaf);
  });
  for (const { size, rootHex } of vector.roots)
    assert.equal(Buffer.from(treeHash(leaves.slice(0, size))).toString('hex'), rootHex);
  const root4 = bytes(vector.roots[3].rootHex);
  assert.ok(verifyInclusion(leaves[1], 1, 4, proof(vector.inclusion.proof), root4));
  assert.ok(verifyConsistency(2, 4, proof(vector.consistency.proof), bytes(vector.roots[1].rootHex), root4));
  assert.equal(Buffer.from(fromB64u(vector.head4.statement.root)!).toString('hex'), vector.roots[3].rootHex);
});

test('the heads and the cosignature verify with jose', async () => {
  const key = await importJWK(copy.directory.key, 'EdDSA');
  for (const head of [vector.head2, vector.head4]) {
    const { payload, protectedHeader } = await compactVerify(head.compact, key);
    assert.equal(protectedHeader.typ, 'comity-directory-head+jws');
    assert.deepEqual(JSON.parse(Buffer.from(payload).toString()), head.statement);
  }
  const cosignature = copy.cosignatures[0]!;
  const header = JSON.parse(Buffer.from(cosignature.split('.')[0]!, 'base64url').toString());
  assert.equal(header.kid, vector.witnessKid);
  assert.equal(jwkThumbprint(header.jwk), vector.witnessKid);
  const { payload } = await compactVerify(cosignature, await importJWK(header.jwk, 'EdDSA'));
  assert.deepEqual(JSON.parse(Buffer.from(payload).toString()), vector.head4.statement);
  assert.equal(fingerprintOfKid(jwkThumbprint(copy.directory.key)), vector.directoryKeyFingerprint);
});

test('the copy verifies with the stated listing; each rejection is refused with its reason', async () => {
  const ok = await verifyDirectory(copy, {
    key: copy.directory.key,
    witnesses: [vector.witnessKid],
    quorum: 1,
  });
  assert.ok(ok.ok, JSON.stringify(ok));
  assert.equal(ok.nodes.get('https://comity.fr.example')?.revoked?.reason, 'node decommissioned');
  assert.equal(ok.nodes.get('https://comity.ke.example')?.revoked, undefined);
  for (const r of vector.rejections) {
    const result = await verifyDirectory(r.copy, {
      key: copy.directory.key,
      witnesses: [vector.witnessKid],
      quorum: r.quorum ?? 0,
      ...(r.previous ? { previous: r.previous } : {}),
    });
    assert.equal(result.ok ? 'ok' : result.reason, r.reason);
  }
});
