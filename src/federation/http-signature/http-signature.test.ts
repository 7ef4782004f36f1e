import assert from 'node:assert/strict';
import { createPrivateKey, sign } from 'node:crypto';
import { test } from 'node:test';
import { ManualClock } from '../../core/clock.js';
import { fromPrivateKey, generateKeyPair } from '../crypto/key-pair.js';
import { localSigner } from '../crypto/signer.js';
import { contentDigest } from './content-digest.js';
import { readMessage } from './message.js';
import { signRequest, signatureHeaders } from './sign.js';
import { signatureBase } from './signature-base.js';
import { parseDictionary } from './structured-fields.js';
import { type VerifyRequestOptions, verifyRequest } from './verify.js';

// RFC 9421 appendix B.1.4 test key and B.2.6 example (the published signature is deterministic).
const RFC_ED25519_PEM =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n';
const RFC_B26_INPUT =
  'sig-b26=("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"';
const RFC_B26_SIGNATURE =
  'wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==';

test('RFC 9421 B.2.6: our signature base and the RFC test key reproduce the published signature', async () => {
  const message = await readMessage({
    method: 'POST',
    url: 'https://example.com/foo?param=Value&Pet=dog',
    headers: {
      Host: 'example.com',
      Date: 'Tue, 20 Apr 2021 02:07:55 GMT',
      'Content-Type': 'application/json',
      'Content-Digest':
        'sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:',
      'Content-Length': '18',
    },
    body: '{"hello": "world"}',
  });
  const [[, member]] = parseDictionary(RFC_B26_INPUT) as [[string, ReturnType<typeof parseDictionary>[0][1]]];
  assert.equal(member.kind, 'inner-list');
  const base = signatureBase(message, member as never);
  assert.equal(
    base,
    [
      '"date": Tue, 20 Apr 2021 02:07:55 GMT',
      '"@method": POST',
      '"@path": /foo',
      '"@authority": example.com',
      '"content-type": application/json',
      '"content-length": 18',
      '"@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"',
    ].join('\n'),
  );
  assert.equal(
    sign(null, Buffer.from(base!), createPrivateKey(RFC_ED25519_PEM)).toString('base64'),
    RFC_B26_SIGNATURE,
  );
});

test('RFC 9530: content digest of {"hello": "world"}', () => {
  assert.equal(contentDigest('{"hello": "world"}'), 'sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:');
});

const key = fromPrivateKey(createPrivateKey(RFC_ED25519_PEM));
const clock = new ManualClock('2026-03-02T10:00:00.000Z');
const INBOX = 'https://comity.ke.example/federation/v1/inbox';
const body = JSON.stringify({ batchId: 'b-1', envelopes: ['x.y.z'] });

function options(overrides: Partial<VerifyRequestOptions> = {}): VerifyRequestOptions {
  return {
    resolveKey: (kid) => (kid === key.kid ? { kid, jwk: key.publicJwk } : undefined),
    clock,
    expectedTarget: INBOX,
    ...overrides,
  };
}

async function signed(url = INBOX): Promise<Request> {
  return signRequest(
    new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    { signer: localSigner(key), clock },
  );
}

test('a signed Web Request verifies and reports key, nonce and window', async () => {
  const request = await signed();
  const input = request.headers.get('signature-input')!;
  assert.match(
    input,
    /^comity=\("@method" "@target-uri" "content-type" "content-digest"\);created=\d+;expires=\d+;keyid="[^"]+";nonce="[^"]+";alg="ed25519";tag="comity"$/,
  );
  const result = await verifyRequest(request, options());
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.keyId, key.kid);
  assert.equal(result.expires.getTime() - result.created.getTime(), 300_000);
  assert.equal(Buffer.from(result.body).toString(), body);
  // The request body is still readable by the handler.
  assert.equal(await request.text(), body);
});

test('a plain message signs and verifies the same way', async () => {
  const msg = { method: 'POST', url: INBOX, headers: { 'Content-Type': 'application/json' }, body };
  const headers = await signatureHeaders(msg, { signer: localSigner(key), clock, nonce: 'n-1' });
  const result = await verifyRequest({ ...msg, headers: { ...msg.headers, ...headers } }, options());
  assert.ok(result.ok);
  assert.equal(result.nonce, 'n-1');
});

test('every failure reason is reported', async () => {
  const request = await signed();
  const plain = new Request(INBOX, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(((await verifyRequest(plain, options())) as { reason: string }).reason, 'no_signature');

  const unknown = await verifyRequest(request, options({ resolveKey: () => undefined }));
  assert.equal(!unknown.ok && unknown.reason, 'unknown_key');

  const other = generateKeyPair('Ed25519');
  const bad = await verifyRequest(request, options({ resolveKey: (kid) => ({ kid, jwk: other.publicJwk }) }));
  assert.equal(!bad.ok && bad.reason, 'bad_signature');

  const wrongTarget = await verifyRequest(
    await signed('https://comity.fr.example/federation/v1/inbox'),
    options(),
  );
  assert.equal(!wrongTarget.ok && wrongTarget.reason, 'wrong_target');

  const tampered = new Request(request.url, { method: 'POST', headers: request.headers, body: `${body} ` });
  const digest = await verifyRequest(tampered, options());
  assert.equal(!digest.ok && digest.reason, 'digest_mismatch');

  // Digest recomputed by an attacker: the signature (which covers content-digest) breaks instead.
  const headers = new Headers(request.headers);
  headers.set('content-digest', contentDigest(`${body} `));
  const resigned = new Request(request.url, { method: 'POST', headers, body: `${body} ` });
  const sig = await verifyRequest(resigned, options());
  assert.equal(!sig.ok && sig.reason, 'bad_signature');

  const changedType = new Headers(request.headers);
  changedType.set('content-type', 'text/plain');
  const ct = await verifyRequest(
    new Request(request.url, { method: 'POST', headers: changedType, body }),
    options(),
  );
  assert.equal(!ct.ok && ct.reason, 'bad_signature');

  const later = new ManualClock(new Date(clock.now().getTime() + 301_000));
  const expired = await verifyRequest(request, options({ clock: later }));
  assert.equal(!expired.ok && expired.reason, 'expired');
});

test('a signature with other covered components or another alg is refused', async () => {
  const request = await signed();
  const headers = new Headers(request.headers);
  headers.set('signature-input', headers.get('signature-input')!.replace(' "content-digest"', ''));
  const r = await verifyRequest(new Request(request.url, { method: 'POST', headers, body }), options());
  assert.equal(!r.ok && r.reason, 'bad_signature');
  const h2 = new Headers(request.headers);
  h2.set('signature-input', h2.get('signature-input')!.replace('alg="ed25519"', 'alg="hmac-sha256"'));
  const r2 = await verifyRequest(new Request(request.url, { method: 'POST', headers: h2, body }), options());
  assert.equal(!r2.ok && r2.reason, 'bad_signature');
  const h3 = new Headers(request.headers);
  h3.set('signature-input', 'comity=("@method";tag="comity"');
  const r3 = await verifyRequest(new Request(request.url, { method: 'POST', headers: h3, body }), options());
  assert.equal(r3.ok, false);
});
