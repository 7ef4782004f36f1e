/**
 * Checks the committed interop vectors (test/vectors/federation/*.json): our implementation
 * opens and verifies every one, jose (an independent JOSE implementation) does too, and a fresh
 * build from the same seeds reproduces the files byte for byte.
 */
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compactDecrypt, compactVerify, importJWK } from 'jose';
import { buildFederationVectors } from '../../scripts/make-federation-vectors.js';
import { ManualClock } from '../../src/core/clock.js';
import {
  type KeyRecord,
  type OkpPublicJwk,
  type PartyRef,
  type PeerCard,
  type SealedKey,
  keyPairFromSeed,
  localDecrypter,
  openEnvelope,
  openSealedKey,
  verifyKeyRotation,
  verifyPeerCard,
  verifyReceipt,
  verifyRequest,
} from '../../src/federation/index.js';

const DIR = join(import.meta.dirname, '..', 'vectors', 'federation');
function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
}

interface KeyVector {
  crv: 'Ed25519' | 'X25519';
  seedHex: string;
  privateJwk: OkpPublicJwk & { d: string };
  publicJwk: OkpPublicJwk;
  kid: string;
  fingerprint?: string;
}
const { keys } = load<{ keys: Record<string, KeyVector> }>('keys.json');
const pair = (name: string) => keyPairFromSeed(keys[name]!.crv, Buffer.from(keys[name]!.seedHex, 'hex'));

interface EnvelopeVector {
  input: { payload: unknown; from: PartyRef; to: PartyRef; type: string; id: string };
  intermediate: { innerJws: string; payloadCanonicalJson: string; contentEncryptionKeyHex: string };
  output: { compact: string; digest: string };
  openAt: string;
  expectedRecipients: PartyRef[];
}
const envelope = load<EnvelopeVector>('envelope.json');

function openOptions(at: string) {
  return {
    decrypters: [localDecrypter(pair('keCaEnc'))],
    expectedRecipient: envelope.expectedRecipients,
    resolveSenderKey: (sender: PartyRef, kid: string) =>
      sender.node === 'https://comity.fr.example' && kid === keys.frCpcSig!.kid
        ? { kid, jwk: keys.frCpcSig!.publicJwk }
        : undefined,
    clock: new ManualClock(at),
  };
}

test('vector keys derive from their seeds (public key, RFC 7638 kid)', () => {
  for (const [name, k] of Object.entries(keys)) {
    const p = pair(name);
    assert.deepEqual(p.publicJwk, k.publicJwk, name);
    assert.equal(p.kid, k.kid, name);
    assert.equal(Buffer.from(k.privateJwk.d, 'base64url').toString('hex'), k.seedHex, name);
  }
});

test('the envelope vector opens with our implementation', async () => {
  const r = await openEnvelope(envelope.output.compact, openOptions(envelope.openAt));
  assert.ok(r.ok, JSON.stringify(r));
  assert.deepEqual(r.payload, envelope.input.payload);
  assert.deepEqual(r.header.from, envelope.input.from);
  assert.deepEqual(r.header.to, envelope.input.to);
  assert.equal(r.header.type, envelope.input.type);
  assert.equal(r.header.id, envelope.input.id);
  assert.equal(r.digest, envelope.output.digest);
  assert.equal(
    envelope.output.digest,
    `sha-256:${createHash('sha256').update(envelope.output.compact).digest('base64url')}`,
  );
});

test('the envelope vector opens with jose (decrypt, then verify the nested JWS)', async () => {
  const xPriv = await importJWK(keys.keCaEnc!.privateJwk, 'ECDH-ES');
  const dec = await compactDecrypt(envelope.output.compact, xPriv, { keyManagementAlgorithms: ['ECDH-ES'] });
  const inner = new TextDecoder().decode(dec.plaintext);
  assert.equal(inner, envelope.intermediate.innerJws);
  const ver = await compactVerify(inner, await importJWK(keys.frCpcSig!.publicJwk, 'EdDSA'), {
    algorithms: ['EdDSA'],
  });
  assert.equal(new TextDecoder().decode(ver.payload), envelope.intermediate.payloadCanonicalJson);
  assert.equal(ver.protectedHeader.kid, keys.frCpcSig!.kid);
  assert.equal(dec.protectedHeader.kid, keys.keCaEnc!.kid);
});

test('every rejection vector is refused with its reason', async () => {
  const { cases, openAt } = load<{
    openAt: string;
    cases: { name: string; reason: string; compact: string }[];
  }>('envelope-rejections.json');
  assert.ok(cases.length >= 6);
  for (const c of cases) {
    const r = await openEnvelope(c.compact, openOptions(openAt));
    assert.equal(r.ok ? 'ok' : r.reason, c.reason, c.name);
  }
});

test('the peer card vector verifies, with our code and with jose', async () => {
  const doc = load<{ card: PeerCard; compact: string; fingerprint: string; verifyAt: string }>(
    'peer-card.json',
  );
  const r = await verifyPeerCard(doc.compact, {
    clock: new ManualClock(doc.verifyAt),
    expectedFingerprint: doc.fingerprint,
  });
  assert.ok(r.ok, JSON.stringify(r));
  assert.deepEqual(r.card, doc.card);
  assert.equal(doc.fingerprint, keys.keNodeSig!.fingerprint);
  await compactVerify(doc.compact, await importJWK(keys.keNodeSig!.publicJwk, 'EdDSA'));
});

test('the key rotation vector verifies against the card keys', async () => {
  const card = load<{ card: PeerCard }>('peer-card.json').card;
  const { compact } = load<{ compact: string }>('key-rotation.json');
  const r = verifyKeyRotation(compact, card.keys as KeyRecord[]);
  assert.ok(r.ok);
  assert.equal(r.rotation.next.kid, keys.keNodeSigNext!.kid);
  await compactVerify(compact, await importJWK(keys.keNodeSig!.publicJwk, 'EdDSA'));
});

test('the HTTP signature vector verifies and its signature base is the one published', async () => {
  const doc = load<{
    request: { method: string; url: string; headers: Record<string, string>; body: string };
    signatureBase: string;
    verifyAt: string;
  }>('http-signature.json');
  const r = await verifyRequest(new Request(doc.request.url, doc.request), {
    resolveKey: (kid) => (kid === keys.frNodeSig!.kid ? { kid, jwk: keys.frNodeSig!.publicJwk } : undefined),
    clock: new ManualClock(doc.verifyAt),
    expectedTarget: 'https://comity.ke.example/federation/v1/inbox',
  });
  assert.ok(r.ok, JSON.stringify(r));
  // Independent check: the published base and signature, verified with raw node:crypto.
  const sig = /^comity=:([^:]+):$/.exec(doc.request.headers.signature!)![1]!;
  const pub = createPublicKey({ key: { ...keys.frNodeSig!.publicJwk }, format: 'jwk' });
  assert.ok(verify(null, Buffer.from(doc.signatureBase), pub, Buffer.from(sig, 'base64')));
});

test('the receipt vector verifies and names the envelope digest', async () => {
  const doc = load<{ compact: string; receipt: { envelopeDigest: string } }>('receipt.json');
  const r = await verifyReceipt(doc.compact, {
    resolveKey: (node, kid) =>
      node === 'https://comity.ke.example' && kid === keys.keNodeSig!.kid
        ? { kid, jwk: keys.keNodeSig!.publicJwk }
        : undefined,
    expect: { envelopeDigest: envelope.output.digest, messageId: envelope.input.id, receiptType: 'accepted' },
  });
  assert.ok(r.ok, JSON.stringify(r));
  await compactVerify(doc.compact, await importJWK(keys.keNodeSig!.publicJwk, 'EdDSA'));
});

test('the sealed key vector opens with its secret', async () => {
  const doc = load<{ secret: string; sealed: SealedKey; expectedKid: string }>('sealed-key.json');
  const opened = await openSealedKey(doc.sealed, doc.secret);
  assert.equal(opened.kid, doc.expectedKid);
});

test('regenerating from the seeds reproduces the committed files exactly', async () => {
  const fresh = await buildFederationVectors();
  for (const [name, content] of Object.entries(fresh)) {
    assert.equal(
      `${JSON.stringify(content, null, 2)}\n`,
      readFileSync(join(DIR, name), 'utf8'),
      `${name} differs: run node --import tsx scripts/make-federation-vectors.ts`,
    );
  }
});
