import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify, importJWK } from 'jose';
import { ManualClock } from '../../core/clock.js';
import { b64u } from '../crypto/base64url.js';
import { generateKeyPair } from '../crypto/key-pair.js';
import { localDecrypter, localSigner } from '../crypto/signer.js';
import { type OpenEnvelopeOptions, openEnvelope, peekEnvelope } from './open.js';
import { sealEnvelope } from './seal.js';
import type { PartyRef } from './types.js';

const FR: PartyRef = { node: 'https://comity.fr.example', authority: 'fr-cpc' };
const KE: PartyRef = { node: 'https://comity.ke.example', authority: 'ke-ca' };
const senderSig = generateKeyPair('Ed25519');
const recipientEnc = generateKeyPair('X25519');
const clock = new ManualClock('2026-03-02T10:00:00.000Z');
const payload = { request: { kind: 'preservation', article: 42 }, note: 'données' };

function options(overrides: Partial<OpenEnvelopeOptions> = {}): OpenEnvelopeOptions {
  return {
    decrypters: [localDecrypter(recipientEnc)],
    expectedRecipient: [KE, { node: KE.node }],
    resolveSenderKey: (sender, kid) =>
      sender.node === FR.node && kid === senderSig.kid ? { kid, jwk: senderSig.publicJwk } : undefined,
    clock,
    ...overrides,
  };
}

async function seal(extra: { ttlMs?: number; to?: PartyRef } = {}) {
  return sealEnvelope({
    signer: localSigner(senderSig),
    from: FR,
    to: extra.to ?? KE,
    recipientKey: { kid: recipientEnc.kid, jwk: recipientEnc.publicJwk },
    type: 'request.preservation',
    payload,
    clock,
    ...(extra.ttlMs === undefined ? {} : { ttlMs: extra.ttlMs }),
  });
}

test('a sealed envelope opens with its header, payload and digest', async () => {
  const sealed = await seal();
  assert.equal(sealed.digest, `sha-256:${createHash('sha256').update(sealed.compact).digest('base64url')}`);
  const opened = await openEnvelope(sealed.compact, options());
  assert.ok(opened.ok, JSON.stringify(opened));
  assert.deepEqual(opened.payload, payload);
  assert.equal(opened.header.type, 'request.preservation');
  assert.equal(opened.header.id, sealed.id);
  assert.deepEqual(opened.header.from, FR);
  assert.deepEqual(opened.header.to, KE);
  assert.equal(opened.header.senderKid, senderSig.kid);
  assert.equal(opened.header.recipientKid, recipientEnc.kid);
  assert.equal(opened.header.expiresAt.getTime(), sealed.expiresAt.getTime());
  assert.equal(opened.digest, sealed.digest);
  assert.equal(peekEnvelope(sealed.compact)?.id, sealed.id);
});

test('jose decrypts and verifies what we seal (nested JWS in JWE)', async () => {
  const sealed = await seal();
  const xPriv = await importJWK(recipientEnc.privateKey.export({ format: 'jwk' }) as never, 'ECDH-ES');
  const dec = await compactDecrypt(sealed.compact, xPriv, { keyManagementAlgorithms: ['ECDH-ES'] });
  assert.equal(dec.protectedHeader.alg, 'ECDH-ES');
  assert.equal(dec.protectedHeader.enc, 'A256GCM');
  assert.equal(dec.protectedHeader.kid, recipientEnc.kid);
  assert.equal(dec.protectedHeader.cty, 'comity-message+jws');
  const edPub = await importJWK(senderSig.publicJwk, 'EdDSA');
  const ver = await compactVerify(new TextDecoder().decode(dec.plaintext), edPub, { algorithms: ['EdDSA'] });
  assert.equal(ver.protectedHeader.kid, senderSig.kid);
  assert.equal(ver.protectedHeader['comity.type'], 'request.preservation');
  assert.equal(ver.protectedHeader['comity.rkid'], recipientEnc.kid);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(ver.payload)), payload);
});

test('we open what jose seals (nested JWS in JWE)', async () => {
  const iat = Math.floor(clock.now().getTime() / 1000);
  const bound = {
    'comity.v': 1,
    'comity.id': '0b7f6b55-33a4-4a57-8e0a-8a3c2e2f8d10',
    'comity.from': FR,
    'comity.to': KE,
    'comity.iat': iat,
    'comity.exp': iat + 3600,
  };
  const edPriv = await importJWK(senderSig.privateKey.export({ format: 'jwk' }) as never, 'EdDSA');
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({
      alg: 'EdDSA',
      kid: senderSig.kid,
      typ: 'comity-message+jws',
      'comity.type': 'request.preservation',
      ...bound,
      'comity.rkid': recipientEnc.kid,
    })
    .sign(edPriv);
  const xPub = await importJWK(recipientEnc.publicJwk, 'ECDH-ES');
  const jwe = await new CompactEncrypt(new TextEncoder().encode(jws))
    .setProtectedHeader({
      alg: 'ECDH-ES',
      enc: 'A256GCM',
      kid: recipientEnc.kid,
      typ: 'comity-envelope+jwe',
      cty: 'comity-message+jws',
      ...bound,
    })
    .encrypt(xPub);
  const opened = await openEnvelope(jwe, options());
  assert.ok(opened.ok, JSON.stringify(opened));
  assert.deepEqual(opened.payload, payload);
  assert.equal(opened.header.id, bound['comity.id']);
});

test('each rejection reason is reported', async () => {
  const sealed = await seal();
  const tooLarge = await openEnvelope(sealed.compact, options({ maxSize: 100 }));
  assert.equal(!tooLarge.ok && tooLarge.reason, 'too_large');
  const malformed = await openEnvelope('a.b.c', options());
  assert.equal(!malformed.ok && malformed.reason, 'malformed');
  const wrongNode = await openEnvelope(sealed.compact, options({ expectedRecipient: FR }));
  assert.equal(!wrongNode.ok && wrongNode.reason, 'not_for_us');
  const wrongKey = await openEnvelope(
    sealed.compact,
    options({ decrypters: [localDecrypter(generateKeyPair('X25519'))] }),
  );
  assert.equal(!wrongKey.ok && wrongKey.reason, 'not_for_us');
  const unknown = await openEnvelope(sealed.compact, options({ resolveSenderKey: () => undefined }));
  assert.equal(!unknown.ok && unknown.reason, 'unknown_peer');
  assert.equal(!unknown.ok && unknown.messageId, sealed.id);
  const impostor = generateKeyPair('Ed25519');
  const badSig = await openEnvelope(
    sealed.compact,
    options({ resolveSenderKey: (_s, kid) => ({ kid, jwk: impostor.publicJwk }) }),
  );
  assert.equal(!badSig.ok && badSig.reason, 'bad_signature');
  clock.advance(31 * 24 * 3600_000);
  const expired = await openEnvelope(sealed.compact, options());
  assert.equal(!expired.ok && expired.reason, 'expired');
});

test('an envelope created in the future beyond the skew is refused', async () => {
  const future = new ManualClock(new Date(clock.now().getTime() + 10 * 60_000));
  const sealed = await sealEnvelope({
    signer: localSigner(senderSig),
    from: FR,
    to: KE,
    recipientKey: { kid: recipientEnc.kid, jwk: recipientEnc.publicJwk },
    type: 'request.preservation',
    payload,
    clock: future,
  });
  const r = await openEnvelope(sealed.compact, options());
  assert.equal(!r.ok && r.reason, 'expired');
  assert.ok((await openEnvelope(sealed.compact, options({ maxSkewMs: 15 * 60_000 }))).ok);
});

test('altering any byte of the envelope is refused', async () => {
  const sealed = await seal();
  const parts = sealed.compact.split('.');
  for (const index of [0, 2, 3, 4]) {
    const mutated = [...parts];
    const part = mutated[index]!;
    const c = part[5] === 'A' ? 'B' : 'A';
    mutated[index] = part.slice(0, 5) + c + part.slice(6);
    const r = await openEnvelope(mutated.join('.'), options());
    assert.equal(r.ok, false, `part ${index}`);
    assert.ok(!r.ok && ['bad_signature', 'malformed', 'not_for_us'].includes(r.reason), `part ${index}`);
  }
});

test('outer header rewritten to another recipient by a re-encrypting party is refused', async () => {
  // KE (a legitimate recipient) decrypts and re-encrypts FR's signed JWS to a third node, changing
  // the outer header: the inner header still names KE, so the third node must refuse it.
  const sealed = await seal();
  const xPriv = await importJWK(recipientEnc.privateKey.export({ format: 'jwk' }) as never, 'ECDH-ES');
  const { plaintext, protectedHeader } = await compactDecrypt(sealed.compact, xPriv);
  const third = generateKeyPair('X25519');
  const US: PartyRef = { node: 'https://comity.us.example' };
  const forwarded = await new CompactEncrypt(plaintext)
    .setProtectedHeader({ ...protectedHeader, epk: undefined, kid: third.kid, 'comity.to': US } as never)
    .encrypt(await importJWK(third.publicJwk, 'ECDH-ES'));
  const r = await openEnvelope(
    forwarded,
    options({ decrypters: [localDecrypter(third)], expectedRecipient: US }),
  );
  assert.equal(!r.ok && r.reason, 'bad_signature');
});

test('a JWS-looking payload with alg none or a foreign header member is malformed', async () => {
  const sealed = await seal();
  const [h, ...rest] = sealed.compact.split('.');
  const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>;
  const noneAlg = [b64u(JSON.stringify({ ...header, alg: 'none' })), ...rest].join('.');
  const r = await openEnvelope(noneAlg, options());
  assert.equal(!r.ok && r.reason, 'malformed');
});

test('a low-order ephemeral key is refused without throwing', async () => {
  const sealed = await seal();
  const [h, ...rest] = sealed.compact.split('.');
  const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>;
  const zero = { kty: 'OKP', crv: 'X25519', x: b64u(Buffer.alloc(32)) };
  const r = await openEnvelope(
    [b64u(JSON.stringify({ ...header, epk: zero })), ...rest].join('.'),
    options(),
  );
  assert.equal(!r.ok && r.reason, 'bad_signature');
});

test('random mutations of an envelope never open and never throw', async () => {
  const sealed = await seal();
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: sealed.compact.length - 1 }),
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'),
      async (at, c) => {
        if (sealed.compact[at] === c) return;
        const mutated = sealed.compact.slice(0, at) + c + sealed.compact.slice(at + 1);
        const r = await openEnvelope(mutated, options());
        assert.equal(r.ok, false);
      },
    ),
    { numRuns: 150 },
  );
});
