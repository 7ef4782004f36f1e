import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactVerify, importJWK } from 'jose';
import { ManualClock } from '../../core/clock.js';
import { ValidationError } from '../../core/errors.js';
import { b64u } from '../crypto/base64url.js';
import { generateKeyPair } from '../crypto/key-pair.js';
import { localSigner } from '../crypto/signer.js';
import { envelopeDigest } from '../envelope/digest.js';
import { buildReceipt, receiptRank, verifyReceipt } from './receipt.js';

const ke = generateKeyPair('Ed25519');
const clock = new ManualClock('2026-03-02T10:00:00.000Z');
const digest = envelopeDigest('a.b.c.d.e');
const messageId = '0b7f6b55-33a4-4a57-8e0a-8a3c2e2f8d10';
const resolveKey = (node: string, kid: string) =>
  node === 'https://comity.ke.example' && kid === ke.kid ? { kid, jwk: ke.publicJwk } : undefined;

async function build(receiptType: 'accepted' | 'opened' = 'accepted') {
  return buildReceipt({
    signer: localSigner(ke),
    receiptType,
    messageId,
    envelopeDigest: digest,
    from: 'https://comity.ke.example',
    to: 'https://comity.fr.example',
    clock,
  });
}

test('a receipt verifies, binds the envelope digest and jose agrees', async () => {
  const { compact, receipt } = await build();
  assert.equal(receipt.at, '2026-03-02T10:00:00.000Z');
  const r = await verifyReceipt(compact, { resolveKey, expect: { messageId, envelopeDigest: digest } });
  assert.ok(r.ok);
  assert.deepEqual(r.receipt, receipt);
  const v = await compactVerify(compact, await importJWK(ke.publicJwk, 'EdDSA'));
  assert.equal(v.protectedHeader.typ, 'comity-receipt+jws');
  assert.deepEqual(JSON.parse(new TextDecoder().decode(v.payload)), receipt);
});

test('a receipt for other content, from an unknown key or altered is refused', async () => {
  const { compact } = await build();
  const other = await verifyReceipt(compact, { resolveKey, expect: { envelopeDigest: envelopeDigest('x') } });
  assert.equal(!other.ok && other.reason, 'mismatch');
  const unknown = await verifyReceipt(compact, { resolveKey: () => undefined });
  assert.equal(!unknown.ok && unknown.reason, 'unknown_key');
  const [h, p, s] = compact.split('.') as [string, string, string];
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
  const forged = [h, b64u(JSON.stringify({ ...payload, receiptType: 'answered' })), s].join('.');
  const bad = await verifyReceipt(forged, { resolveKey });
  assert.equal(!bad.ok && bad.reason, 'bad_signature');
  const malformed = await verifyReceipt('nope', { resolveKey });
  assert.equal(!malformed.ok && malformed.reason, 'malformed');
});

test('receipts rank on the evidence ladder and bad input is not signed', async () => {
  assert.ok(receiptRank('answered') > receiptRank('opened'));
  assert.ok(receiptRank('opened') > receiptRank('delivered'));
  assert.ok(receiptRank('delivered') > receiptRank('accepted'));
  await assert.rejects(
    buildReceipt({
      signer: localSigner(ke),
      receiptType: 'accepted',
      messageId: 'not-a-uuid',
      envelopeDigest: digest,
      from: 'a',
      to: 'b',
      clock,
    }),
    ValidationError,
  );
});
